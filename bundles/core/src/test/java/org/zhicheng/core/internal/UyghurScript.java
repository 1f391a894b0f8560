package org.zhicheng.core.internal;

/** TEST ONLY: whether a text reads as Uyghur (issue 19): Arabic letters, and no Chinese character. */
public final class UyghurScript {

    private UyghurScript() {
    }

    /** Some letter of the Arabic block, and no CJK ideograph. */
    public static boolean isUyghur(String text) {
        return text != null && !hasChinese(text) && text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    public static boolean hasChinese(String text) {
        return text.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
    }
}
