package org.zhicheng.api.domain;

/**
 * A contact phone as the registration takes it: an 11-digit mainland mobile number (1[3-9] and 9 digits) or a
 * landline with its area code (0997-2123456, 09972123456). Spaces are dropped; construction fails on anything else,
 * so one check serves the form (as the user types) and the platform (which refuses the same).
 *
 * @since 1.5
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("联系电话不能为空 / phone number is required");
        }
        value = value.replace(" ", "").replace("\u3000", "");
        if (!value.matches("1[3-9]\\d{9}") && !value.matches("0\\d{2,3}-?\\d{7,8}")) {
            throw new IllegalArgumentException("联系电话须为11位手机号，或带区号的固定电话（如0997-2123456） / phone must be an 11-digit"
                    + " mobile number or a landline with its area code");
        }
    }

    /** The number, or empty for a blank one (the phone is optional where it is asked). */
    public static String checkedOrEmpty(String text) {
        return text == null || text.isBlank() ? "" : new PhoneNumber(text).value();
    }
}
