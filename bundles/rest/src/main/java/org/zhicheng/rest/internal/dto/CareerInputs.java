package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.bridge.TechnicalSchoolClass;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.VocationalCertificate;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.rest.internal.json.StrictDates;

/** The body of {@code PUT /api/v1/applicants/{id}/career} to a record; a wrong value is refused naming its field. */
public final class CareerInputs {

    private CareerInputs() {
    }

    public static CareerRecord record(long applicantId, CareerDto request) {
        CareerDto body = Inputs.body(request);
        CareerDto.VocationalDto vocational = body.vocational();
        VocationalCertificate certificate = null;
        if (vocational != null) {
            VocationalQualification level = qualification(vocational.level());
            LocalDate issuedOn = date(vocational.issuedOn(), "qualifiedOn", "职业资格取得时间");
            if (issuedOn == null) {
                throw invalid("qualifiedOn", "请填写职业资格取得时间", "vocational.issuedOn is required");
            }
            certificate = new VocationalCertificate(level, vocational.certificateNumber() == null ? ""
                    : vocational.certificateNumber(), issuedOn);
        }
        return new CareerRecord(applicantId, date(body.startedWork(), "startedWork", "参加工作时间"), body.currentTitle(),
                date(body.appointed(), "appointed", "现职务聘任时间"), body.education(), schoolClass(body.technicalSchoolClass()),
                certificate, body.yearsOfTechnicalWork() == null ? 0 : body.yearsOfTechnicalWork(),
                Boolean.TRUE.equals(body.appraisalsPassed()));
    }

    private static LocalDate date(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = StrictDates.parse(value.strip()); // YYYY-MM-DD, 1900 to 2199: no -2008-07-01 or +12008-08-01
        if (date == null) {
            throw invalid(field, label + "须为日期，格式如2012-07-01，不是“" + value + "”", field + " must be an ISO date");
        }
        return date;
    }

    private static TechnicalSchoolClass schoolClass(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (TechnicalSchoolClass c : TechnicalSchoolClass.values()) {
            if (c.name().equalsIgnoreCase(value.strip()) || c.officialTerm().equals(value.strip())) {
                return c;
            }
        }
        throw invalid("technicalSchoolClass", "技工院校班级须为中级工班、高级工班或预备技师班", "unknown technicalSchoolClass");
    }

    private static VocationalQualification qualification(String value) {
        for (VocationalQualification q : VocationalQualification.values()) {
            if (value != null && (q.name().equalsIgnoreCase(value.strip()) || q.officialTerm().equals(value.strip()))) {
                return q;
            }
        }
        throw invalid("vocationalLevel", "职业资格等级须为高级工、技师或高级技师", "vocational.level must be one of "
                + java.util.Arrays.toString(VocationalQualification.values()));
    }

    private static ZhichengException invalid(String field, String chinese, String english) {
        return Refusal.INVALID_INPUT.refuseOn(field, chinese, english);
    }
}
