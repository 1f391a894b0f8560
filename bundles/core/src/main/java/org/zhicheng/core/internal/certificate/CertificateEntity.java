package org.zhicheng.core.internal.certificate;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * An issued certificate. What it says is copied from the file when it is issued and never changes
 * afterwards; only the revocation columns are written later. The database keeps numbers, verification codes,
 * running numbers within a year and the file unique (one certificate per file).
 */
@Entity
@Table(name = "ZC_CERTIFICATE", uniqueConstraints = {
        @UniqueConstraint(name = "UQ_CERTIFICATE_NUMBER", columnNames = "CERTIFICATE_NUMBER"),
        @UniqueConstraint(name = "UQ_CERTIFICATE_CODE", columnNames = "VERIFICATION_CODE"),
        @UniqueConstraint(name = "UQ_CERTIFICATE_RUNNING", columnNames = {"EVALUATION_YEAR", "RUNNING_NUMBER"}),
        @UniqueConstraint(name = "UQ_CERTIFICATE_APPLICATION", columnNames = "APPLICATION_ID")},
        indexes = @Index(name = "IX_CERTIFICATE_YEAR_SERIES", columnList = "EVALUATION_YEAR,SERIES_CODE"))
@NamedQuery(name = CertificateEntity.BY_NUMBER, query = "SELECT c FROM CertificateEntity c WHERE c.number = :number")
@NamedQuery(name = CertificateEntity.BY_APPLICATION,
        query = "SELECT c FROM CertificateEntity c WHERE c.application.id = :applicationId")
@NamedQuery(name = CertificateEntity.FIRST_DOCUMENT_DATE, query = "SELECT MIN(c.qualificationDocumentDate) FROM"
        + " CertificateEntity c WHERE c.evaluationYear = :year AND c.seriesCode = :seriesCode")
public class CertificateEntity {
    public static final String BY_NUMBER = "Certificate.byNumber";
    public static final String BY_APPLICATION = "Certificate.byApplication";
    public static final String FIRST_DOCUMENT_DATE = "Certificate.firstDocumentDate";

    /** Long enough for the year, the longest series code (50) and the running number. */
    static final int NUMBER_LENGTH = 80;

    @Id
    @TableGenerator(name = "CertificateIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "CertificateIds")
    private long id;

    @Column(name = "CERTIFICATE_NUMBER", nullable = false, length = NUMBER_LENGTH, updatable = false)
    private String number;

    @Column(name = "VERIFICATION_CODE", nullable = false, length = 20, updatable = false)
    private String verificationCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICATION_ID", nullable = false, updatable = false)
    private ApplicationEntity application;

    @Column(name = "EVALUATION_YEAR", nullable = false, updatable = false)
    private int evaluationYear;

    @Column(name = "RUNNING_NUMBER", nullable = false, updatable = false)
    private int runningNumber;

    @Column(name = "HOLDER_NAME", nullable = false, length = 100, updatable = false)
    private String holderName;

    @Column(name = "MASKED_ID_NUMBER", nullable = false, length = 18, updatable = false)
    private String maskedIdNumber;

    @Column(name = "SERIES_CODE", nullable = false, length = 50, updatable = false)
    private String seriesCode;

    @Column(name = "SERIES_NAME", nullable = false, length = 100, updatable = false)
    private String seriesName;

    @Column(nullable = false, length = 100, updatable = false)
    private String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "TITLE_LEVEL", nullable = false, length = 20, updatable = false)
    private TitleLevel level;

    @Column(name = "QUALIFICATION_DOCUMENT_DATE", nullable = false, updatable = false)
    private LocalDate qualificationDocumentDate;

    @Column(name = "ISSUED_ON", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "ISSUED_BY", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    /** set once, when the qualification is revoked for falsified material. */
    @Column(name = "REVOKED_ON")
    private LocalDate revokedOn;

    @Column(name = "REVOKED_BY", length = 100)
    private String revokedBy;

    @Column(name = "REVOCATION_REASON", length = 1000)
    private String revocationReason;

    @Version
    private long version;

    protected CertificateEntity() {
        // for JPA
    }

    CertificateEntity(String number, String verificationCode, ApplicationEntity application, int runningNumber,
                      String holderName, String maskedIdNumber, String seriesName, LocalDate qualificationDocumentDate,
                      LocalDate issuedOn, String issuedBy, Instant issuedAt) {
        this.number = number;
        this.verificationCode = verificationCode;
        this.application = application;
        this.evaluationYear = application.getEvaluationYear();
        this.runningNumber = runningNumber;
        this.holderName = holderName;
        this.maskedIdNumber = maskedIdNumber;
        this.seriesCode = application.getSeriesCode();
        this.seriesName = seriesName;
        this.specialty = application.getSpecialty();
        this.level = application.getLevel();
        this.qualificationDocumentDate = qualificationDocumentDate;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    String getNumber() {
        return number;
    }

    boolean isRevoked() {
        return revokedOn != null;
    }

    void revoke(LocalDate on, String by, String reason) {
        this.revokedOn = on;
        this.revokedBy = by;
        this.revocationReason = reason;
    }

    Certificate toRecord() {
        return new Certificate(number, verificationCode, application.getId(), holderName, maskedIdNumber, seriesName,
                specialty, level, evaluationYear, qualificationDocumentDate, issuedOn, isRevoked());
    }
}
