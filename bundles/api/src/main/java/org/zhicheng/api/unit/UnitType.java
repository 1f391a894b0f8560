package org.zhicheng.api.unit;

import java.util.Optional;

/** The kind of unit; some rules depend on it (R-06 channel C and R-25 for 民营企业). */
public enum UnitType {
    PARTY_GOVERNMENT("党政机关"),
    PUBLIC_INSTITUTION("事业单位"),
    STATE_OWNED_ENTERPRISE("国有企业"),
    PRIVATE_ENTERPRISE("民营企业"),
    SOCIAL_ORGANISATION("社会组织"),
    OTHER("其他");

    private final String officialTerm;

    UnitType(String officialTerm) {
        this.officialTerm = officialTerm;
    }

    public String officialTerm() {
        return officialTerm;
    }

    /** The type named by its official term (民营企业) or its constant (PRIVATE_ENTERPRISE). */
    public static Optional<UnitType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (UnitType type : values()) {
            if (type.officialTerm.equals(trimmed) || type.name().equalsIgnoreCase(trimmed)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
