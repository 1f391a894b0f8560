package org.zhicheng.core.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.PhoneNumber;
import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Counties;

/**
 * What registering an applicant checks beyond the ID number's form, the same cases the registration form checks as
 * the person types: a phone that is a mainland mobile or a landline with its area code, a plausible birth date in the
 * ID number, and, for an employer given by name, a tier that agrees with the county (地直 has none, 县市 and 乡镇 one of
 * the prefecture's), an area code of GB/T 2260 in the ID number, and texts that fit their columns. Each refusal is {@code INVALID_INPUT} naming its field; nothing is stored.
 */
public final class RegistrationChecks {

    private RegistrationChecks() {
    }

    /** Phone and birth date, for every registration. Today is the real date: an age is not a campaign's. */
    static void requirePerson(NewApplicant applicant) {
        TextLimits.Field.FULL_NAME.check(applicant.fullName());
        TextLimits.Field.EMPLOYER.check(applicant.employer());
        TextLimits.Field.COUNTY.check(applicant.county());
        TextLimits.Field.PHONE.check(applicant.phone());
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
        AdministrativeAreas.requireKnown(applicant.idNumber()); // GB/T 2260, current or historical
    }

    /** Self-registration with an employer by name: the tier agrees with the county, a county of the prefecture. */
    public static void requireTierMatchesCounty(NewApplicant applicant) {
        if (applicant.unitId() != null) {
            return; // the unit on record brings its own county and tier
        }
        String county = applicant.county();
        if (applicant.tier() == Tier.PREFECTURE_DIRECT && county != null) {
            throw Refusal.INVALID_INPUT.variant("registration.prefectureCounty").refuseOn("county");
        }
        if (applicant.tier() != Tier.PREFECTURE_DIRECT && county == null) {
            throw Refusal.INVALID_INPUT.variant("registration.countyRequired").refuseOn("county", applicant.tier().officialTerm(), applicant.tier().name().toLowerCase());
        }
        if (county != null && !Counties.ALL.contains(county)) {
            throw Refusal.INVALID_INPUT.variant("registration.unknownCounty").refuseOn("county", county);
        }
    }

    /** A record's "中文 / English" message as a refusal naming the field. */
    private static ZhichengException refusal(String message, String field) {
        int slash = message.indexOf(" / ");
        return Refusals.invalidInput(field, slash < 0 ? message : message.substring(0, slash),
                slash < 0 ? message : message.substring(slash + 3));
    }
}
