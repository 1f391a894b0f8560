package org.zhicheng.core.internal.career;

import java.time.LocalDate;

import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.api.career.VocationalCertificate;
import org.zhicheng.api.service.Refusal;

/** What a professional record must hold, field by field; a refusal names the field and changes nothing. */
final class CareerChecks {

    /** "无": no professional title yet, so no appointment either. */
    static final String NO_TITLE = "无";

    private CareerChecks() {
    }

    /** The record with its texts trimmed, or a refusal naming its first wrong field. */
    static CareerRecord checked(CareerRecord record, LocalDate today) {
        if (record.startedWork() == null) {
            throw invalid("startedWork").refuseOn("startedWork");
        }
        notAfterToday(record.startedWork(), today, "startedWork", "参加工作时间");
        String title = text(record.currentTitle(), "currentTitle", "现任专业技术职务", 60);
        if (title.isEmpty()) {
            throw invalid("currentTitle").refuseOn("currentTitle");
        }
        boolean titled = !title.equals(NO_TITLE);
        if (titled && record.appointed() == null) {
            throw invalid("appointedRequired").refuseOn("appointed");
        }
        if (!titled && record.appointed() != null) {
            throw invalid("appointedWithoutTitle").refuseOn("appointed");
        }
        if (record.appointed() != null) {
            notAfterToday(record.appointed(), today, "appointed", "现职务聘任时间");
            if (record.appointed().isBefore(record.startedWork())) {
                throw invalid("appointedBeforeStart").refuseOn("appointed");
            }
        }
        if (!CareerRecord.EDUCATION_LEVELS.contains(record.education())) {
            throw invalid("education").refuseOn("education", String.join("、", CareerRecord.EDUCATION_LEVELS),
                    CareerRecord.EDUCATION_LEVELS);
        }
        VocationalCertificate vocational = record.vocational();
        int years = record.yearsOfTechnicalWork();
        if (years < 0 || years > 60) {
            throw invalid("years").refuseOn("yearsOfTechnicalWork");
        }
        if (vocational != null) {
            String number = text(vocational.number(), "certificateNumber", "职业资格证书编号", 40);
            if (number.isEmpty()) {
                throw invalid("certificateNumber").refuseOn("certificateNumber");
            }
            notAfterToday(vocational.issuedOn(), today, "qualifiedOn", "职业资格取得时间");
            // R-31 counts the years of technical work after the qualification: no more than have passed since
            int possible = Seniority.fullYears(vocational.issuedOn(), LocalDate.of(today.getYear(), 12, 31));
            if (years > possible) {
                throw invalid("yearsSinceQualification").refuseOn("yearsOfTechnicalWork", possible);
            }
            vocational = new VocationalCertificate(vocational.level(), number, vocational.issuedOn());
        } else if (years > 0) {
            throw invalid("yearsWithoutQualification").refuseOn("yearsOfTechnicalWork");
        }
        return new CareerRecord(record.applicantId(), record.startedWork(), title, record.appointed(), record.education(),
                record.technicalSchoolClass(), vocational, years, record.appraisalsPassed());
    }

    private static void notAfterToday(LocalDate day, LocalDate today, String field, String label) {
        if (day.isAfter(today)) {
            throw invalid("afterToday").refuseOn(field, label, today, field);
        }
        if (day.getYear() < 1940) {
            throw invalid("before1940").refuseOn(field, label, field);
        }
    }

    private static String text(String value, String field, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw invalid("tooLong").refuseOn(field, label, max, field);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw invalid("controlCharacters").refuseOn(field, label, field);
        }
        return trimmed;
    }

    /** {@code INVALID_INPUT} in the catalogue's words for this check ({@code INVALID_INPUT.career.<check>}). */
    private static Refusal.Text invalid(String check) {
        return Refusal.INVALID_INPUT.variant("career." + check);
    }
}
