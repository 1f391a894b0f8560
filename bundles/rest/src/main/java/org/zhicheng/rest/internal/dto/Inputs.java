package org.zhicheng.rest.internal.dto;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.api.education.EducationRecord;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.service.Refusal;

/**
 * Request fields to domain values. Every refusal is an {@link IllegalArgumentException} with a bilingual
 * message ("中文 / English"), like the API's own record constructors, so that all invalid input is reported
 * the same way (400 INVALID_INPUT).
 */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T body(T body) {
        return required(body, "请求体不能为空 / the request body is required");
    }

    public static <T> T required(T value, String message) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    /**
     * Constructs an API record from input: its {@code Objects.requireNonNull(x, "中文 / English")} checks become
     * invalid input like its other checks.
     */
    public static <T> T construct(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (NullPointerException missing) {
            throw new IllegalArgumentException(missing.getMessage(), missing);
        }
    }

    public static Tier tier(String value) {
        String text = required(value, "单位层级不能为空 / tier is required").trim();
        for (Tier tier : Tier.values()) {
            if (tier.name().equalsIgnoreCase(text) || tier.officialTerm().equals(text)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("单位层级无效：" + text + " / unknown tier '" + text + "', expected one of "
                + names(Tier.values()) + " or 地直, 县市, 乡镇");
    }

    public static TitleLevel level(String value) {
        String text = required(value, "请选择级别 / level is required").trim();
        for (TitleLevel level : TitleLevel.values()) {
            if (level.name().equalsIgnoreCase(text) || level.officialTerm().equals(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException("级别无效：" + text + " / unknown level '" + text + "', expected one of "
                + names(TitleLevel.values()) + " or 正高, 副高, 中级, 助理, 员级");
    }

    public static Channel channel(String value) {
        String text = required(value, "请选择申报方式 / channel is required").trim();
        for (Channel channel : Channel.values()) {
            if (channel.name().equalsIgnoreCase(text) || channel.name().substring(0, 1).equalsIgnoreCase(text)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("申报方式无效：" + text + " / unknown channel '" + text + "', expected one of "
                + names(Channel.values()) + " or A, B, C");
    }

    public static FeePayment.Method feeMethod(String value) {
        String text = required(value, "请选择缴费方式 / method is required").trim();
        for (FeePayment.Method method : FeePayment.Method.values()) {
            if (method.name().equalsIgnoreCase(text)) {
                return method;
            }
        }
        throw new IllegalArgumentException("缴费方式无效：" + text + " / unknown payment method '" + text
                + "', expected one of " + names(FeePayment.Method.values()));
    }

    public static DefenseExemption defenseExemption(String value) {
        String text = required(value, "请选择免答辩情形 / reason is required").trim();
        for (DefenseExemption exemption : DefenseExemption.values()) {
            if (exemption.name().equalsIgnoreCase(text) || exemption.officialTerm().equals(text)) {
                return exemption;
            }
        }
        throw new IllegalArgumentException("免答辩情形无效：" + text + " / unknown exemption '" + text
                + "', expected one of " + names(DefenseExemption.values()) + " or their official terms");
    }

    public static Grade grade(String value) {
        String text = required(value, "请选择评审等级 / grade is required").trim();
        for (Grade grade : Grade.values()) {
            if (grade.name().equalsIgnoreCase(text) || grade.officialTerm().equals(text)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("评审等级无效：" + text + " / unknown grade '" + text + "', expected one of "
                + names(Grade.values()) + " or 高, 中, 初");
    }

    /** The password as characters; its length is the account service's to check. */
    public static char[] password(String value) {
        return required(value, "密码不能为空 / password is required").toCharArray();
    }

    public static ApplicationStatus status(String value) {
        String text = value.trim();
        try {
            return ApplicationStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.INVALID_INPUT.refuse("申报状态无效：" + text, "unknown status '" + text
                    + "', expected one of " + names(ApplicationStatus.values()));
        }
    }

    public static Role role(String value) {
        String text = required(value, "请选择角色 / role is required").trim();
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM && (role.name().equalsIgnoreCase(text) || role.officialTerm().equals(text))) {
                return role;
            }
        }
        throw new IllegalArgumentException("角色无效：" + text + " / unknown role '" + text + "'");
    }

    /** The applicant described by a request body, checked before anything is stored (GB 11643 for the ID number). */
    public static NewApplicant applicant(NewApplicantRequest request) {
        NewApplicantRequest body = body(request);
        if (body.unitId() != null) {
            return construct(() -> NewApplicant.ofUnit(body.fullName(), new ResidentIdNumber(body.idNumber()), body.unitId(),
                    body.phone()));
        }
        return construct(() -> new NewApplicant(body.fullName(), new ResidentIdNumber(body.idNumber()), body.employer(),
                body.county(), tier(body.tier()), body.phone()));
    }

    /** 专业科目 or 公需科目: {@code PROFESSIONAL} or {@code PUBLIC}, or the Chinese term. */
    public static EducationRecord.Kind educationKind(String value) {
        String text = required(value, "请选择科目类别 / kind is required").trim();
        if (text.equals("专业科目")) {
            return EducationRecord.Kind.PROFESSIONAL;
        }
        if (text.equals("公需科目")) {
            return EducationRecord.Kind.PUBLIC;
        }
        return named(EducationRecord.Kind.class, text, "科目类别无效：", "kind");
    }

    public static EducationRecord.Source educationSource(String value) {
        return named(EducationRecord.Source.class, required(value, "请选择学时来源 / source is required").trim(),
                "学时来源无效：", "source");
    }

    public static FilingRecord.Kind filingKind(String value) {
        return named(FilingRecord.Kind.class, required(value, "请选择备案类别 / kind is required").trim(), "备案类别无效：",
                "kind");
    }

    /** An optional ISO-8601 instant ({@code 2023-08-01T02:00:00Z}); null when absent. */
    public static java.time.Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("时间格式无效：" + value.trim() + "，应如2023-08-01T02:00:00Z / " + field
                    + " must be an ISO-8601 instant", e);
        }
    }

    /** The constant of the enum named by the text (any case), else invalid input naming the field. */
    private static <E extends Enum<E>> E named(Class<E> type, String text, String chinese, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(chinese + text + " / unknown " + field + " '" + text + "', expected one of "
                + names(type.getEnumConstants()));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
