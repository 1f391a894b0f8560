package org.zhicheng.api.security;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone acting on the platform, passed explicitly to every service call that reads or changes a file: the
 * account's user name (recorded in the audit log, R-36), its role and the part of the files that role covers.
 *
 * @param applicantId the applicant's own record, for {@link Role#APPLICANT}
 * @param employer    the unit, for {@link Role#EMPLOYER} (and an applicant's own unit, for objections)
 * @param county      the county or city, for {@link Role#COUNTY_BUREAU}
 * @param seriesCodes the series covered, for {@link Role#SERIES_DEPARTMENT} (at least one) and
 *                    {@link Role#COMMITTEE_OFFICE} (none means every series)
 * @param expertId    the expert of the committee pool, for {@link Role#EXPERT}
 * @param unitId      the unit on record, for {@link Role#EMPLOYER} (and an applicant's own unit); scopes match by it,
 *                    {@code employer} is then its name for display. Null only for a unit not on record, matched by name.
 *
 * <p>Issue 15: an actor of {@link Role#SYSTEM} (the platform itself) is issued by core alone; core refuses any other
 * one, whoever built it. Series plugins act as nobody: what their rules need comes in the rule's request.
 */
public record Actor(String username, String displayName, Role role, Long applicantId, String employer, String county,
                    Set<String> seriesCodes, String expertId, Long unitId) {

    /** An actor of no recorded unit. */
    public Actor(String username, String displayName, Role role, Long applicantId, String employer, String county,
                 Set<String> seriesCodes, String expertId) {
        this(username, displayName, role, applicantId, employer, county, seriesCodes, expertId, null);
    }

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    public Actor {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名须为2至64位字母、数字或 . _ @ - / user name must be 2 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
        employer = blankToNull(employer);
        county = blankToNull(county);
        expertId = blankToNull(expertId);
        seriesCodes = seriesCodes == null ? Set.of() : Set.copyOf(seriesCodes);
        switch (role) {
            case APPLICANT -> require(applicantId != null, "申报人账号须关联申报人 / an applicant account needs its applicant");
            case EMPLOYER -> require(employer != null || unitId != null, "用人单位账号须填写单位 / an employer account needs its unit");
            case COUNTY_BUREAU -> require(county != null, "县市账号须填写县（市） / a county bureau account needs its county");
            case SERIES_DEPARTMENT -> require(!seriesCodes.isEmpty(), "行业主管部门账号须至少负责一个系列 / a series department account needs a series");
            case EXPERT -> require(expertId != null, "专家账号须关联专家编号 / an expert account needs its expert id");
            default -> { }
        }
    }

    public static Actor applicant(String username, String displayName, long applicantId, String employer, String county) {
        return new Actor(username, displayName, Role.APPLICANT, applicantId, employer, county, Set.of(), null);
    }

    public static Actor employer(String username, String employer) {
        return new Actor(username, employer, Role.EMPLOYER, null, employer, null, Set.of(), null);
    }

    /** The account of a unit on record. */
    public static Actor employer(String username, long unitId, String unitName) {
        return new Actor(username, unitName, Role.EMPLOYER, null, unitName, null, Set.of(), null, unitId);
    }

    /** The same actor with its unit on record (its id and name). */
    public Actor withUnit(Long newUnitId, String unitName) {
        return new Actor(username, role == Role.EMPLOYER && displayName.equals(employer) && unitName != null ? unitName
                : displayName, role, applicantId, unitName == null ? employer : unitName, county, seriesCodes, expertId,
                newUnitId);
    }

    public static Actor countyBureau(String username, String county) {
        return new Actor(username, county, Role.COUNTY_BUREAU, null, null, county, Set.of(), null);
    }

    public static Actor seriesDepartment(String username, Set<String> seriesCodes) {
        return new Actor(username, null, Role.SERIES_DEPARTMENT, null, null, null, seriesCodes, null);
    }

    public static Actor expert(String username, String expertId) {
        return new Actor(username, null, Role.EXPERT, null, null, null, Set.of(), expertId);
    }

    /** A committee office for the given series, or for every series when none is given. */
    public static Actor committeeOffice(String username, Set<String> seriesCodes) {
        return new Actor(username, null, Role.COMMITTEE_OFFICE, null, null, null, seriesCodes, null);
    }

    public static Actor admin(String username) {
        return new Actor(username, null, Role.ADMIN, null, null, null, Set.of(), null);
    }

    public static Actor integration(String username) {
        return new Actor(username, null, Role.INTEGRATION, null, null, null, Set.of(), null);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
