package org.zhicheng.api.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The language(s) a document is printed in (issue 19). Chinese is always the authoritative text; the bilingual
 * version adds the Uyghur (Arabic script, right to left) beside or below each heading, label and text.
 */
public enum DocumentLanguage {
    /** Chinese only, as before. */
    CHINESE("zh"),
    /** Chinese with Uyghur (汉维双语): offered for the certificate and Annex 3. */
    CHINESE_UYGHUR("zh-ug");

    private final String tag;

    DocumentLanguage(String tag) {
        this.tag = tag;
    }

    /** {@code zh} or {@code zh-ug}: the value of the {@code lang} query parameter. */
    public String tag() {
        return tag;
    }

    /** The language of a tag, case-insensitive; empty for an unknown tag. */
    public static Optional<DocumentLanguage> ofTag(String tag) {
        return tag == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
    }
}
