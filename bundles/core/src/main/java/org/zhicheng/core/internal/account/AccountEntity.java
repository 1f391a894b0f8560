package org.zhicheng.core.internal.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Version;

import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

@Entity
@Table(name = "ZC_ACCOUNT")
@NamedQuery(name = AccountEntity.PAGE, query = "SELECT a FROM AccountEntity a ORDER BY a.username")
@NamedQuery(name = AccountEntity.COUNT, query = "SELECT COUNT(a) FROM AccountEntity a")
@NamedQuery(name = AccountEntity.FOR_APPLICANT, query = "SELECT a FROM AccountEntity a WHERE a.applicantId = :applicantId")
public class AccountEntity {
    static final String PAGE = "Account.page";
    static final String COUNT = "Account.count";
    static final String FOR_APPLICANT = "Account.forApplicant";

    @Id
    @Column(length = TextLimits.USERNAME)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = TextLimits.DISPLAY_NAME)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "APPLICANT_ID")
    private Long applicantId;

    @Column(length = TextLimits.EMPLOYER)
    private String employer;

    @Column(length = TextLimits.COUNTY)
    private String county;

    /** An employer account's unit on record (ZC_UNIT); null for one named by a unit name not on record. */
    @Column(name = "UNIT_ID")
    private Long unitId;

    /** Comma-separated series codes (codes are lower-case letters, digits and '-'). */
    @Column(name = "SERIES_CODES", length = TextLimits.SERIES_CODES)
    private String seriesCodes;

    @Column(name = "EXPERT_ID", length = TextLimits.EXPERT_ID)
    private String expertId;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AccountEntity() {
        // for JPA
    }

    AccountEntity(Actor account, String passwordHash, Instant createdAt) {
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.applicantId = account.applicantId();
        this.employer = account.role() == Role.APPLICANT ? null : account.employer(); // an applicant's is their record's
        this.county = account.role() == Role.APPLICANT ? null : account.county();
        this.unitId = account.role() == Role.APPLICANT ? null : account.unitId();
        this.seriesCodes = account.seriesCodes().isEmpty() ? null : String.join(",", new TreeSet<>(account.seriesCodes()));
        this.expertId = account.expertId();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Role getRole() {
        return role;
    }

    Long getApplicantId() {
        return applicantId;
    }

    /** The actor; an applicant's unit and county come from their applicant record, which may have changed. */
    Actor toActor(String applicantEmployer, String applicantCounty, Long applicantUnitId) {
        Set<String> codes = seriesCodes == null ? Set.of()
                : Arrays.stream(seriesCodes.split(",")).filter(code -> !code.isBlank()).collect(Collectors.toSet());
        return new Actor(username, displayName, role, applicantId,
                role == Role.APPLICANT ? applicantEmployer : employer, role == Role.APPLICANT ? applicantCounty : county,
                codes, expertId, role == Role.APPLICANT ? applicantUnitId : unitId);
    }
}
