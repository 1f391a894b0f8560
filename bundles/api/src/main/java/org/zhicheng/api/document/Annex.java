package org.zhicheng.api.document;

import java.util.Arrays;
import java.util.Optional;

/** The annexes of the notice that a file produces, by their number in the notice. */
public enum Annex {
    /** Annex 1: the unit's publicity notice with its dates. */
    PUBLICITY(1),
    /** Annex 2: the unit's recommendation opinion. */
    RECOMMENDATION(2),
    /** Annex 3: the personal commitment as signed. */
    COMMITMENT(3),
    /** Annex 4: the continuing-education exemption form. */
    EDUCATION_EXEMPTION(4);

    private final int number;

    Annex(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** {@code annex1} .. {@code annex4}: the name in routes and file names. */
    public String slug() {
        return "annex" + number;
    }

    public static Optional<Annex> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
