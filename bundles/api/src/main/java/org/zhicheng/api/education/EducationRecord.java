package org.zhicheng.api.education;

import java.util.Objects;

/**
 * Hours of continuing education an applicant completed in one year.
 *
 * @param source    the platform's own record, or a certificate uploaded by the applicant
 * @param reference the certificate number or the platform's course record
 */
public record EducationRecord(long applicantId, int year, Kind kind, int hours, Source source, String reference) {

    public enum Kind {
        /** 专业科目 */
        PROFESSIONAL,
        /** 公需科目 */
        PUBLIC
    }

    public enum Source {
        PLATFORM,
        UPLOADED
    }

    public EducationRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("年度无效 / year out of range: " + year);
        }
        if (hours <= 0 || hours > 1000) {
            throw new IllegalArgumentException("学时须为1至1000 / hours must be 1 to 1000: " + hours);
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("须填写证书编号或学时记录号 / a certificate or record reference is required");
        }
        reference = reference.trim();
    }
}
