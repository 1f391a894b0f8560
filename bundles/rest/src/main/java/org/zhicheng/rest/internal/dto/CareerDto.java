package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.VocationalCertificate;

/**
 * The applicant's professional record (职业信息), read and written by {@code /api/v1/applicants/{id}/career}. Dates are
 * ISO ({@code 2012-07-01}); {@code technicalSchoolClass} and {@code vocational.level} are the API's names or the
 * official terms (中级工班, 高级工班, 预备技师班; 高级工, 技师, 高级技师); {@code countedEducation} (read only) is the
 * education the rules count.
 */
public record CareerDto(Long applicantId, String startedWork, String currentTitle, String appointed, String education,
                        String countedEducation, String technicalSchoolClass, VocationalDto vocational,
                        Integer yearsOfTechnicalWork, Boolean appraisalsPassed) {

    /** A vocational qualification. */
    public record VocationalDto(String level, String levelTerm, String certificateNumber, String issuedOn) {
        static VocationalDto of(VocationalCertificate certificate) {
            return certificate == null ? null : new VocationalDto(certificate.level().name(),
                    certificate.level().officialTerm(), certificate.number(), certificate.issuedOn().toString());
        }
    }

    public static CareerDto of(CareerRecord record) {
        return new CareerDto(record.applicantId(), record.startedWork().toString(), record.currentTitle(),
                text(record.appointed()), record.education(), record.countedEducation(),
                record.technicalSchoolClass() == null ? null : record.technicalSchoolClass().name(),
                VocationalDto.of(record.vocational()), record.yearsOfTechnicalWork(), record.appraisalsPassed());
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
