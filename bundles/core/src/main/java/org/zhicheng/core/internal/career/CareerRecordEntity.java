package org.zhicheng.core.internal.career;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.zhicheng.api.bridge.TechnicalSchoolClass;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.VocationalCertificate;

/** The applicant's professional record (职业信息), one row per applicant. */
@Entity
@Table(name = "ZC_CAREER_RECORD")
public class CareerRecordEntity {

    @Id
    @Column(name = "APPLICANT_ID")
    private long applicantId;

    @Column(name = "STARTED_WORK", nullable = false)
    private LocalDate startedWork;

    @Column(name = "CURRENT_TITLE", nullable = false, length = 60)
    private String currentTitle;

    @Column(name = "APPOINTED")
    private LocalDate appointed;

    @Column(name = "EDUCATION", nullable = false, length = 20)
    private String education;

    @Enumerated(EnumType.STRING)
    @Column(name = "SCHOOL_CLASS", length = 40)
    private TechnicalSchoolClass technicalSchoolClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "VOCATIONAL_LEVEL", length = 30)
    private VocationalQualification vocationalLevel;

    @Column(name = "CERTIFICATE_NUMBER", length = 40)
    private String certificateNumber;

    @Column(name = "QUALIFIED_ON")
    private LocalDate qualifiedOn;

    @Column(name = "TECHNICAL_YEARS", nullable = false)
    private int yearsOfTechnicalWork;

    @Column(name = "APPRAISALS_PASSED", nullable = false)
    private boolean appraisalsPassed;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;

    protected CareerRecordEntity() {
        // for JPA
    }

    CareerRecordEntity(long applicantId) {
        this.applicantId = applicantId;
    }

    void update(CareerRecord record, Instant at, String by) {
        startedWork = record.startedWork();
        currentTitle = record.currentTitle();
        appointed = record.appointed();
        education = record.education();
        technicalSchoolClass = record.technicalSchoolClass();
        VocationalCertificate vocational = record.vocational();
        vocationalLevel = vocational == null ? null : vocational.level();
        certificateNumber = vocational == null ? null : vocational.number();
        qualifiedOn = vocational == null ? null : vocational.issuedOn();
        yearsOfTechnicalWork = record.yearsOfTechnicalWork();
        appraisalsPassed = record.appraisalsPassed();
        recordedAt = at;
        recordedBy = by;
    }

    public CareerRecord toRecord() {
        VocationalCertificate vocational = vocationalLevel == null ? null
                : new VocationalCertificate(vocationalLevel, certificateNumber, qualifiedOn);
        return new CareerRecord(applicantId, startedWork, currentTitle, appointed, education, technicalSchoolClass,
                vocational, yearsOfTechnicalWork, appraisalsPassed);
    }
}
