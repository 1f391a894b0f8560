package org.zhicheng.api.domain;

import java.util.Arrays;
import java.util.Optional;

import org.zhicheng.api.service.Refusal;

/**
 * The longest text each field keeps, in one place: core's columns ({@code @Column(length = TextLimits.FULL_NAME)}),
 * core's checks ({@link Field#check}) and the UI's {@code maxLength} read these, so that a text too long for its column
 * is refused naming the field (issue 15 item 1) instead of failing in the database. Lengths count UTF-16 units, as
 * Derby's VARCHAR does.
 *
 * @since 1.6
 */
public final class TextLimits {

    public static final int FULL_NAME = 100;
    public static final int ID_NUMBER = 18;
    public static final int EMPLOYER = 200;
    public static final int COUNTY = 50;
    public static final int PHONE = 30;
    public static final int USERNAME = 64;
    public static final int DISPLAY_NAME = 100;
    public static final int PASSWORD = 128;
    public static final int EXPERT_ID = 50;
    public static final int SERIES_CODES = 1000;
    public static final int REASON = 1000;
    public static final int OPINION = 2000;
    public static final int REFERENCE = 100;
    public static final int FILE_NAME = 200;
    public static final int FIELD_VALUE = 4000;
    public static final int PLACE = 200;

    private TextLimits() {
    }

    /** A limited field: its name in requests and forms, its Chinese and English label, and its longest text. */
    public enum Field {
        FULL_NAME("fullName", "姓名", "full name", TextLimits.FULL_NAME),
        ID_NUMBER("idNumber", "身份证号", "ID number", TextLimits.ID_NUMBER),
        EMPLOYER("employer", "工作单位", "employer", TextLimits.EMPLOYER),
        COUNTY("county", "县（市）", "county", TextLimits.COUNTY),
        PHONE("phone", "联系电话", "phone", TextLimits.PHONE),
        USERNAME("username", "用户名", "user name", TextLimits.USERNAME),
        DISPLAY_NAME("displayName", "显示名称", "display name", TextLimits.DISPLAY_NAME),
        PASSWORD("password", "密码", "password", TextLimits.PASSWORD),
        EXPERT_ID("expertId", "专家编号", "expert id", TextLimits.EXPERT_ID),
        SERIES_CODES("seriesCodes", "职称系列", "series codes", TextLimits.SERIES_CODES),
        REASON("reason", "理由", "reason", TextLimits.REASON),
        OPINION("opinion", "意见", "opinion", TextLimits.OPINION),
        REFERENCE("reference", "凭证号或文号", "reference", TextLimits.REFERENCE),
        FILE_NAME("fileName", "文件名", "file name", TextLimits.FILE_NAME),
        FIELD_VALUE("value", "填报内容", "value", TextLimits.FIELD_VALUE),
        PLACE("place", "地点", "place", TextLimits.PLACE);

        private final String key;
        private final String chinese;
        private final String english;
        private final int max;

        Field(String key, String chinese, String english, int max) {
            this.key = key;
            this.chinese = chinese;
            this.english = english;
            this.max = max;
        }

        public String key() {
            return key;
        }

        public String chinese() {
            return chinese;
        }

        public int max() {
            return max;
        }

        /** Refuses a text longer than {@link #max()} ({@code INVALID_INPUT.tooLong} naming the field); null passes. */
        public String check(String value) {
            return TextLimits.check(key, chinese, english, max, value);
        }

        /** The field of that request or form name, if it has a label here. */
        public static Optional<Field> of(String key) {
            return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
        }
    }

    /** Refuses {@code value} longer than {@code max}, naming {@code field} by its labels; null passes. */
    public static String check(String field, String chinese, String english, int max, String value) {
        if (value != null && value.length() > max) {
            throw Refusal.INVALID_INPUT.variant("tooLong").refuseOn(field, chinese, english, max, value.length());
        }
        return value;
    }
}
