package org.zhicheng.core.internal.persistence;

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
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.domain.Tier;

@Entity
@Table(name = "ZC_APPLICANT", uniqueConstraints = @UniqueConstraint(name = "UQ_APPLICANT_ID_NUMBER", columnNames = "ID_NUMBER"))
@NamedQuery(name = ApplicantEntity.BY_ID_NUMBER, query = "SELECT a FROM ApplicantEntity a WHERE a.idNumber = :idNumber")
@NamedQuery(name = ApplicantEntity.PAGE, query = "SELECT a FROM ApplicantEntity a ORDER BY a.id")
@NamedQuery(name = ApplicantEntity.COUNT, query = "SELECT COUNT(a) FROM ApplicantEntity a")
public class ApplicantEntity {
    public static final String BY_ID_NUMBER = "Applicant.byIdNumber";
    public static final String PAGE = "Applicant.page";
    public static final String COUNT = "Applicant.count";

    @Id
    @TableGenerator(name = "ApplicantIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ApplicantIds")
    private long id;

    @Column(name = "FULL_NAME", nullable = false, length = TextLimits.FULL_NAME)
    private String fullName;

    @Column(name = "ID_NUMBER", nullable = false, length = TextLimits.ID_NUMBER)
    private String idNumber;

    @Column(nullable = false, length = TextLimits.EMPLOYER)
    private String employer;

    /** The unit on record (its id in ZC_UNIT); null for an applicant registered by a unit name not on record. */
    @Column(name = "UNIT_ID")
    private Long unitId;

    /** The county or city whose bureau reviews the file; null for units directly under the prefecture. */
    @Column(length = TextLimits.COUNTY)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tier tier;

    @Column(length = TextLimits.PHONE)
    private String phone;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ApplicantEntity() {
        // for JPA
    }

    /** the last evaluation year of a ban for falsified material; null when never banned. */
    @Column(name = "BANNED_THROUGH_YEAR")
    private Integer bannedThroughYear;

    @Column(name = "BANNED_FROM_YEAR")
    private Integer bannedFromYear;

    public ApplicantEntity(String fullName, String idNumber, Long unitId, String employer, String county, Tier tier,
                           String phone, Instant createdAt) {
        this.unitId = unitId;
        this.fullName = fullName;
        this.idNumber = idNumber;
        this.employer = employer;
        this.county = county;
        this.tier = tier;
        this.phone = phone;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public String getEmployer() {
        return employer;
    }

    public Long getUnitId() {
        return unitId;
    }

    /** from the next evaluation year, for three years. */
    public void banAfterFalsification(int yearOfFinding) {
        bannedFromYear = yearOfFinding + 1;
        bannedThroughYear = yearOfFinding + 3;
    }

    public boolean bannedIn(int evaluationYear) {
        return bannedFromYear != null && evaluationYear >= bannedFromYear && evaluationYear <= bannedThroughYear;
    }

    public Integer getBannedThroughYear() {
        return bannedThroughYear;
    }

    public String getCounty() {
        return county;
    }

    public String getFullName() {
        return fullName;
    }

    public Tier getTier() {
        return tier;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public Applicant toRecord() {
        String masked = idNumber.substring(0, 6) + "**********" + idNumber.substring(16);
        return new Applicant(id, fullName, masked, employer, county, tier, phone, unitId);
    }
}
