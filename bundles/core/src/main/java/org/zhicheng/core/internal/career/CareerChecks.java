package org.zhicheng.core.internal.career;

import java.time.LocalDate;

import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.api.career.VocationalCertificate;

/** What a professional record must hold, field by field; a refusal names the field and changes nothing. */
final class CareerChecks {

    /** "无": no professional title yet, so no appointment either. */
    static final String NO_TITLE = "无";

    private CareerChecks() {
    }

    /** The record with its texts trimmed, or a refusal naming its first wrong field. */
    static CareerRecord checked(CareerRecord record, LocalDate today) {
        if (record.startedWork() == null) {
            throw CareerRefusals.invalid("startedWork", "请填写参加工作时间", "startedWork is required");
        }
        notAfterToday(record.startedWork(), today, "startedWork", "参加工作时间");
        String title = text(record.currentTitle(), "currentTitle", "现任专业技术职务", 60);
        if (title.isEmpty()) {
            throw CareerRefusals.invalid("currentTitle", "请填写现任专业技术职务，未取得职称的填“无”", "currentTitle is required");
        }
        boolean titled = !title.equals(NO_TITLE);
        if (titled && record.appointed() == null) {
            throw CareerRefusals.invalid("appointed", "请填写现职务聘任时间", "appointed is required with a current title");
        }
        if (!titled && record.appointed() != null) {
            throw CareerRefusals.invalid("appointed", "未取得职称的不填聘任时间", "no appointment without a current title");
        }
        if (record.appointed() != null) {
            notAfterToday(record.appointed(), today, "appointed", "现职务聘任时间");
            if (record.appointed().isBefore(record.startedWork())) {
                throw CareerRefusals.invalid("appointed", "现职务聘任时间不能早于参加工作时间", "appointed before startedWork");
            }
        }
        if (!CareerRecord.EDUCATION_LEVELS.contains(record.education())) {
            throw CareerRefusals.invalid("education", "最高学历须为以下之一：" + String.join("、", CareerRecord.EDUCATION_LEVELS),
                    "education must be one of " + CareerRecord.EDUCATION_LEVELS);
        }
        VocationalCertificate vocational = record.vocational();
        int years = record.yearsOfTechnicalWork();
        if (years < 0 || years > 60) {
            throw CareerRefusals.invalid("yearsOfTechnicalWork", "从事技术工作年限须为0至60的整数", "yearsOfTechnicalWork 0..60");
        }
        if (vocational != null) {
            String number = text(vocational.number(), "certificateNumber", "职业资格证书编号", 40);
            if (number.isEmpty()) {
                throw CareerRefusals.invalid("certificateNumber", "请填写职业资格证书编号", "certificateNumber is required");
            }
            notAfterToday(vocational.issuedOn(), today, "qualifiedOn", "职业资格取得时间");
            // R-31 counts the years of technical work after the qualification: no more than have passed since
            int possible = Seniority.fullYears(vocational.issuedOn(), LocalDate.of(today.getYear(), 12, 31));
            if (years > possible) {
                throw CareerRefusals.invalid("yearsOfTechnicalWork", "取得职业资格后从事技术工作年限不能超过" + possible + "年",
                        "yearsOfTechnicalWork exceeds the " + possible + " years since the qualification");
            }
            vocational = new VocationalCertificate(vocational.level(), number, vocational.issuedOn());
        } else if (years > 0) {
            throw CareerRefusals.invalid("yearsOfTechnicalWork", "未填写职业资格的，从事技术工作年限填0",
                    "yearsOfTechnicalWork counts after a vocational qualification only");
        }
        return new CareerRecord(record.applicantId(), record.startedWork(), title, record.appointed(), record.education(),
                record.technicalSchoolClass(), vocational, years, record.appraisalsPassed());
    }

    private static void notAfterToday(LocalDate day, LocalDate today, String field, String label) {
        if (day.isAfter(today)) {
            throw CareerRefusals.invalid(field, label + "不能晚于今天（" + today + "）", field + " is after today");
        }
        if (day.getYear() < 1940) {
            throw CareerRefusals.invalid(field, label + "不能早于1940年", field + " is before 1940");
        }
    }

    private static String text(String value, String field, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw CareerRefusals.invalid(field, label + "不得超过" + max + "字", field + " longer than " + max);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw CareerRefusals.invalid(field, label + "含有不可见的控制字符", field + " has control characters");
        }
        return trimmed;
    }
}
