package org.zhicheng.core.internal.education;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.education.EducationRecord;

/** Hours of continuing education of one applicant in one year. */
@Entity
@Table(name = "ZC_EDUCATION_RECORD")
@NamedQuery(name = EducationRecordEntity.FOR_APPLICANT,
        query = "SELECT r FROM EducationRecordEntity r WHERE r.applicantId = :applicantId ORDER BY r.year, r.id")
public class EducationRecordEntity {
    public static final String FOR_APPLICANT = "EducationRecord.forApplicant";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "APPLICANT_ID", nullable = false)
    private long applicantId;

    @Column(name = "EDUCATION_YEAR", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private EducationRecord.Kind kind;

    @Column(name = "HOURS", nullable = false)
    private int hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 20)
    private EducationRecord.Source source;

    @Column(name = "REFERENCE", nullable = false, length = 100)
    private String reference;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected EducationRecordEntity() {
        // for JPA
    }

    public EducationRecordEntity(EducationRecord record, Instant recordedAt) {
        this.applicantId = record.applicantId();
        this.year = record.year();
        this.kind = record.kind();
        this.hours = record.hours();
        this.source = record.source();
        this.reference = record.reference();
        this.recordedAt = recordedAt;
    }

    public EducationRecord toRecord() {
        return new EducationRecord(applicantId, year, kind, hours, source, reference);
    }
}
