package org.zhicheng.core.internal.persistence;

import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.EntityManager;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import org.zhicheng.api.domain.ExamResult;

/** An applicant's exam result. */
@Entity
@Table(name = "ZC_EXAM_RESULT")
@NamedQuery(name = ExamResultEntity.FOR_APPLICANT,
        query = "SELECT e FROM ExamResultEntity e WHERE e.applicant.id = :applicantId ORDER BY e.year DESC, e.id DESC")
public class ExamResultEntity {
    public static final String FOR_APPLICANT = "ExamResult.forApplicant";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICANT_ID", nullable = false)
    private ApplicantEntity applicant;

    @Column(name = "EXAM", nullable = false, length = 50)
    private String exam;

    @Column(name = "EXAM_YEAR", nullable = false)
    private int year;

    @Column(name = "AT_NATIONAL_STANDARD", nullable = false)
    private boolean atNationalStandard;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected ExamResultEntity() {
        // for JPA
    }

    public ExamResultEntity(ApplicantEntity applicant, ExamResult result, Instant recordedAt) {
        this.applicant = applicant;
        this.exam = result.exam();
        this.year = result.year();
        this.atNationalStandard = result.atNationalStandard();
        this.recordedAt = recordedAt;
    }

    /** The applicant's exam results, newest first. */
    public static List<ExamResult> of(EntityManager em, long applicantId) {
        return em.createNamedQuery(FOR_APPLICANT, ExamResultEntity.class).setParameter("applicantId", applicantId)
                .getResultList().stream().map(ExamResultEntity::toRecord).toList();
    }

    public ExamResult toRecord() {
        return new ExamResult(applicant.getId(), exam, year, atNationalStandard);
    }
}
