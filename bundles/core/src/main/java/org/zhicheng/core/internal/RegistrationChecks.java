package org.zhicheng.core.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.PhoneNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Counties;

/**
 * What registering an applicant checks beyond the ID number's form, the same cases the registration form checks as
 * the person types: a phone that is a mainland mobile or a landline with its area code, a plausible birth date in the
 * ID number, and, for an employer given by name, a tier that agrees with the county (地直 has none, 县市 and 乡镇 one of
 * the prefecture's). Each refusal is {@code INVALID_INPUT} naming its field; nothing is stored.
 */
public final class RegistrationChecks {

    private RegistrationChecks() {
    }

    /** Phone and birth date, for every registration. Today is the real date: an age is not a campaign's. */
    static void requirePerson(NewApplicant applicant) {
        try {
            PhoneNumber.checkedOrEmpty(applicant.phone());
        } catch (IllegalArgumentException wrong) {
            throw refusal(wrong.getMessage(), "phone");
        }
        try {
            applicant.idNumber().requirePlausibleBirthDate(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        } catch (IllegalArgumentException wrong) {
            throw refusal(wrong.getMessage(), "idNumber");
        }
    }

    /** Self-registration with an employer by name: the tier agrees with the county, a county of the prefecture. */
    public static void requireTierMatchesCounty(NewApplicant applicant) {
        if (applicant.unitId() != null) {
            return; // the unit on record brings its own county and tier
        }
        String county = applicant.county();
        if (applicant.tier() == Tier.PREFECTURE_DIRECT && county != null) {
            throw new ZhichengException("INVALID_INPUT", "地直单位不属于县（市），请选择“县市”或“乡镇”层级，或清空县（市）",
                    "a prefecture-direct unit has no county", "county");
        }
        if (applicant.tier() != Tier.PREFECTURE_DIRECT && county == null) {
            throw new ZhichengException("INVALID_INPUT", applicant.tier().officialTerm() + "单位须选择所在县（市）",
                    "a " + applicant.tier().name().toLowerCase() + " unit needs its county", "county");
        }
        if (county != null && !Counties.ALL.contains(county)) {
            throw new ZhichengException("INVALID_INPUT", "县（市）无效：“" + county + "”，须为阿克苏地区的县（市）",
                    "unknown county " + county, "county");
        }
    }

    /** A record's "中文 / English" message as a refusal naming the field. */
    private static ZhichengException refusal(String message, String field) {
        int slash = message.indexOf(" / ");
        return new ZhichengException("INVALID_INPUT", slash < 0 ? message : message.substring(0, slash),
                slash < 0 ? message : message.substring(slash + 3), field);
    }
}
