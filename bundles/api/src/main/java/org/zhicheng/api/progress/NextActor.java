package org.zhicheng.api.progress;

/**
 * Who acts next on a file: the applicant, their unit, the county bureau or series department, the committee office,
 * or the committee; {@code name} is the unit's or bureau's own name where there is one (阿克苏市人社局), else empty.
 */
public record NextActor(Kind kind, String name) {

    public enum Kind { APPLICANT, EMPLOYER, COUNTY_BUREAU, SERIES_DEPARTMENT, COMMITTEE_OFFICE, COMMITTEE, NONE }

    public NextActor {
        java.util.Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }
}
