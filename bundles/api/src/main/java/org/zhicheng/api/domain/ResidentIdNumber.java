package org.zhicheng.api.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident identity number (居民身份证号码, GB 11643-1999) whose check character
 * has been verified. Construction fails on anything else, so a held value is always valid.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentIdNumber {
        if (value == null) {
            throw new IllegalArgumentException("身份证号不能为空 / ID number is required");
        }
        value = value.trim().toUpperCase();
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new IllegalArgumentException("身份证号须为18位 / ID number must have 18 characters");
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new IllegalArgumentException("身份证号校验位错误 / ID number check character is wrong");
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("身份证号中的出生日期无效 / ID number has an invalid birth date");
        }
    }

    /** The birth date the number carries (characters 7 to 14). @since 1.5 */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The youngest and oldest age at which someone registers as a professional applicant. */
    public static final int MIN_AGE = 16;
    public static final int MAX_AGE = 70;

    /**
     * Refuses a birth date that cannot be an applicant's on {@code today}: after today, or an age below {@link #MIN_AGE}
     * or above {@link #MAX_AGE} (a mistyped year). @since 1.5
     */
    public void requirePlausibleBirthDate(LocalDate today) {
        LocalDate born = birthDate();
        int age = java.time.Period.between(born, today).getYears();
        if (born.isAfter(today) || age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalArgumentException("身份证号中的出生日期" + born + "不合理，请核对出生年份 / the birth date " + born
                    + " in the ID number is not plausible");
        }
    }

    /** Completes the first 17 characters with their check character (for demo and test data). */
    public static ResidentIdNumber completing(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("身份证号前17位须为数字 / the first 17 characters must be digits");
        }
        return new ResidentIdNumber(first17 + checkCharacter(first17));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** For lists and logs: keeps the region and the last two characters only. */
    public String masked() {
        return value.substring(0, 6) + "**********" + value.substring(16);
    }
}
