package org.zhicheng.core.internal.education;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.education.EducationExemption;

/** An approved continuing-education exemption form (Annex 4) for one applicant and year. */
@Entity
@Table(name = "ZC_EDUCATION_EXEMPTION")
@NamedQuery(name = EducationExemptionEntity.FOR_APPLICANT,
        query = "SELECT e FROM EducationExemptionEntity e WHERE e.applicantId = :applicantId ORDER BY e.year")
public class EducationExemptionEntity {
    public static final String FOR_APPLICANT = "EducationExemption.forApplicant";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "APPLICANT_ID", nullable = false)
    private long applicantId;

    @Column(name = "EXEMPTION_YEAR", nullable = false)
    private int year;

    @Column(name = "APPROVED_BY", nullable = false, length = 100)
    private String approvedBy;

    @Column(name = "REFERENCE", nullable = false, length = 100)
    private String reference;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected EducationExemptionEntity() {
        // for JPA
    }

    public EducationExemptionEntity(long applicantId, int year, String approvedBy, String reference, Instant recordedAt) {
        this.applicantId = applicantId;
        this.year = year;
        this.approvedBy = approvedBy;
        this.reference = reference;
        this.recordedAt = recordedAt;
    }

    public int getYear() {
        return year;
    }

    public EducationExemption toExemption() {
        return new EducationExemption(applicantId, year, approvedBy, reference);
    }
}
