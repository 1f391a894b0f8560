package org.zhicheng.core.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
import javax.persistence.Version;

import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.DefenseExemption;

@Entity
@Table(name = "ZC_APPLICATION", indexes = {
        @Index(name = "IX_APPLICATION_APPLICANT_YEAR", columnList = "APPLICANT_ID,EVALUATION_YEAR"),
        @Index(name = "IX_APPLICATION_SERIES", columnList = "SERIES_CODE")})
@NamedQuery(name = ApplicationEntity.BY_APPLICANT,
        query = "SELECT a FROM ApplicationEntity a WHERE a.applicant.id = :applicantId ORDER BY a.id")
// every file of the year counts, a withdrawn one too
@NamedQuery(name = ApplicationEntity.BY_APPLICANT_AND_YEAR,
        query = "SELECT a FROM ApplicationEntity a WHERE a.applicant.id = :applicantId AND a.evaluationYear = :year")
@NamedQuery(name = ApplicationEntity.COUNT_FOR_SERIES,
        query = "SELECT COUNT(a) FROM ApplicationEntity a WHERE a.seriesCode = :seriesCode")
public class ApplicationEntity {
    public static final String BY_APPLICANT = "Application.byApplicant";
    public static final String BY_APPLICANT_AND_YEAR = "Application.byApplicantAndYear";
    public static final String COUNT_FOR_SERIES = "Application.countForSeries";

    @Id
    @TableGenerator(name = "ApplicationIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ApplicationIds")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICANT_ID", nullable = false)
    private ApplicantEntity applicant;

    @Column(name = "EVALUATION_YEAR", nullable = false)
    private int evaluationYear;

    @Column(name = "SERIES_CODE", nullable = false, length = 50)
    private String seriesCode;

    /**
     * The applicant's county, kept on the file so that a county bureau's queue reads one index of files rather
     * than joining every applicant of the county (issue 16 item 7). An applicant's county does not change.
     */
    @Column(name = "COUNTY", length = 50)
    private String county;

    @Column(nullable = false, length = 100)
    private String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "TITLE_LEVEL", nullable = false, length = 20)
    private TitleLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "SUBMISSION_COUNT", nullable = false)
    private int submissionCount;

    @Column(name = "LAST_CHANGE", nullable = false)
    private Instant lastChange;

    /** the employer's publicity of the file and its explicit opinion. */
    @Column(name = "PUBLICITY_FIRST")
    private LocalDate publicityFirst;

    @Column(name = "PUBLICITY_LAST")
    private LocalDate publicityLast;

    @Column(name = "EMPLOYER_OPINION", length = 2000)
    private String employerOpinion;

    /** Nullable so that databases of earlier versions gain the column without a default. */
    @Column(name = "OPEN_OBJECTIONS")
    private Integer openObjections;

    /** the fee paid, by QR code or bank, with its reference. */
    @Column(name = "FEE_AMOUNT")
    private Integer feeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "FEE_METHOD", length = 20)
    private FeePayment.Method feeMethod;

    @Column(name = "FEE_REFERENCE", length = 100)
    private String feeReference;

    @Column(name = "FEE_PAID_ON")
    private LocalDate feePaidOn;

    @Column(name = "FEE_RECORDED_BY", length = 100)
    private String feeRecordedBy;

    /** the defense panel's score; R-23: or the exemption that replaces it by the specialty's mean. */
    @Column(name = "DEFENSE_SCORE", precision = 5, scale = 2)
    private BigDecimal defenseScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "DEFENSE_EXEMPTION", length = 40)
    private DefenseExemption defenseExemption;

    /**
     * the entrustment letter of a channel B file, its issuing HR bureau and number (null without a letter). The
     * joined text column ENTRUSTMENT_LETTER of older rows was split into these and dropped by change set 3.
     */
    @Column(name = "ENTRUSTMENT_ISSUED_BY", length = 100)
    private String entrustmentIssuedBy;

    @Column(name = "ENTRUSTMENT_NUMBER", length = 100)
    private String entrustmentNumber;

    /** when the file was last returned for correction; the resubmission deadline counts from it. */
    @Column(name = "RETURNED_ON")
    private LocalDate returnedOn;

    /** The scoring standard version this application is scored with, pinned by its first score sheet. */
    @Column(name = "SCORING_VERSION")
    private Integer scoringVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "SCORING_TIER", length = 20)
    private Tier scoringTier;

    /** Optimistic lock: a change based on a stale read is refused instead of overwriting. */
    @Version
    private long version;

    protected ApplicationEntity() {
        // for JPA
    }

    public ApplicationEntity(ApplicantEntity applicant, int evaluationYear, String seriesCode, String specialty,
                             TitleLevel level, Channel channel, Instant createdAt) {
        this.applicant = applicant;
        this.county = applicant == null ? null : applicant.getCounty();
        this.evaluationYear = evaluationYear;
        this.seriesCode = seriesCode;
        this.specialty = specialty;
        this.level = level;
        this.channel = channel;
        this.status = ApplicationStatus.DRAFT;
        this.lastChange = createdAt;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public int getSubmissionCount() {
        return submissionCount;
    }

    public ApplicantEntity getApplicant() {
        return applicant;
    }

    public int getEvaluationYear() {
        return evaluationYear;
    }

    public String getSeriesCode() {
        return seriesCode;
    }

    public String getCounty() {
        return county;
    }

    public Instant getLastChange() {
        return lastChange;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public boolean hasEntrustmentLetter() {
        return entrustmentIssuedBy != null;
    }

    public void entrustedBy(String issuedBy, String letterNumber) {
        this.entrustmentIssuedBy = issuedBy;
        this.entrustmentNumber = letterNumber;
    }

    public Optional<EntrustmentLetter> entrustment() {
        return entrustmentIssuedBy == null ? Optional.empty()
                : Optional.of(new EntrustmentLetter(id, entrustmentIssuedBy, entrustmentNumber == null ? "" : entrustmentNumber));
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void startPublicity(LocalDate first, LocalDate last, String opinion) {
        this.publicityFirst = first;
        this.publicityLast = last;
        this.employerOpinion = opinion;
        this.openObjections = 0;
    }

    public void objectionRaised() {
        openObjections = getOpenObjections() + 1;
    }

    public void objectionsResolved() {
        openObjections = 0;
    }

    public int getOpenObjections() {
        return openObjections == null ? 0 : openObjections;
    }

    public Optional<Publicity> publicity() {
        return publicityFirst == null ? Optional.empty()
                : Optional.of(new Publicity(publicityFirst, publicityLast, employerOpinion, getOpenObjections()));
    }

    public void feePaid(FeePayment payment, String recordedBy) {
        this.feeAmount = payment.amountYuan();
        this.feeMethod = payment.method();
        this.feeReference = payment.reference();
        this.feePaidOn = payment.paidOn();
        this.feeRecordedBy = recordedBy;
    }

    public Optional<FeePayment> feePayment() {
        return feeAmount == null ? Optional.empty()
                : Optional.of(new FeePayment(id, feeAmount, feeMethod, feeReference, feePaidOn, feeRecordedBy));
    }

    public BigDecimal getDefenseScore() {
        return defenseScore;
    }

    public DefenseExemption getDefenseExemption() {
        return defenseExemption;
    }

    public void defended(BigDecimal score) {
        this.defenseScore = score;
        this.defenseExemption = null;
    }

    public void exemptFromDefense(DefenseExemption reason) {
        this.defenseExemption = reason;
        this.defenseScore = null;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void returnedOn(LocalDate day) {
        this.returnedOn = day;
    }

    public Integer getScoringVersion() {
        return scoringVersion;
    }

    public Tier getScoringTier() {
        return scoringTier;
    }

    public void pinScoringStandard(Tier tier, int standardVersion) {
        this.scoringTier = tier;
        this.scoringVersion = standardVersion;
    }

    public void moveTo(ApplicationStatus newStatus, Instant at) {
        this.status = newStatus;
        this.lastChange = at;
    }

    public void countSubmission() {
        submissionCount++;
    }

    public Application toRecord() {
        return new Application(id, applicant.getId(), evaluationYear, seriesCode, specialty, level, channel, status,
                submissionCount, version, lastChange);
    }
}
