package org.zhicheng.api.unit;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) whose check character has been
 * verified. Construction fails on anything else, so a held value is always valid.
 */
public record CreditCode(String value) {

    /** The code's 31 characters (no I, O, S, V, Z); a character's index is its value. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("统一社会信用代码不能为空 / the unified social credit code is required");
        }
        value = value.trim().toUpperCase();
        if (value.length() != 18) {
            throw new IllegalArgumentException("统一社会信用代码须为18位 / the unified social credit code must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("统一社会信用代码含无效字符“" + value.charAt(i)
                        + "” / the unified social credit code contains an invalid character");
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("统一社会信用代码校验位错误 / the unified social credit code's check character is wrong");
        }
    }

    /** Completes the first 17 characters with their check character (for demo and test data). */
    public static CreditCode completing(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> CHARSET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("统一社会信用代码前17位无效 / the first 17 characters are invalid");
        }
        return new CreditCode(first17 + checkCharacter(first17));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
