package org.zhicheng.api.file;

import java.util.Arrays;

/** What a field of the file takes; the descriptor names it by {@link #descriptorTerm()}. */
public enum FieldType {
    /** One line, at most 200 characters. */
    TEXT("text", 200),
    /** Paragraphs (work history, achievements), at most 4000 characters. */
    LONG_TEXT("long-text", 4000),
    /** A number not below zero, e.g. a yearly count of outpatients. */
    NUMBER("number", 20),
    /** An ISO date, {@code 2010-07-01}. */
    DATE("date", 10),
    /** One of the field's choices. */
    CHOICE("choice", 200);

    private final String descriptorTerm;
    private final int maxLength;

    FieldType(String descriptorTerm, int maxLength) {
        this.descriptorTerm = descriptorTerm;
        this.maxLength = maxLength;
    }

    /** As written in {@code ZH-INF/series.xml}: text, long-text, number, date, choice. */
    public String descriptorTerm() {
        return descriptorTerm;
    }

    /** The longest value accepted, in characters. */
    public int maxLength() {
        return maxLength;
    }

    /** @throws IllegalArgumentException for a term that names no type */
    public static FieldType fromDescriptorTerm(String term) {
        return Arrays.stream(values()).filter(t -> t.descriptorTerm.equals(term)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field type '" + term + "'"));
    }
}
