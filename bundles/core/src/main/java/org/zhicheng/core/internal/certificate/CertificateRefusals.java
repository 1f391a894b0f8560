package org.zhicheng.core.internal.certificate;

import java.time.LocalDate;
import java.time.YearMonth;

import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;

/** The refusals of certificates and filings, from the catalogue ({@link Refusal}); the general ones are core's {@code Refusals}. */
final class CertificateRefusals {
    private CertificateRefusals() {
    }

    static ZhichengException notPassed(ApplicationStatus status) {
        return Refusal.NOT_PASSED.refuse(status.officialTerm(), status.englishTerm());
    }

    static ZhichengException certificatesNotYet(YearMonth month) {
        return Refusal.CERTIFICATES_NOT_YET.refuse(month.getYear(), month.getMonthValue(), month);
    }

    static ZhichengException alreadyCertified(String number) {
        return Refusal.ALREADY_CERTIFIED.refuse(number);
    }

    static ZhichengException unknownCertificate(String number) {
        return Refusal.UNKNOWN_CERTIFICATE.refuse(number);
    }

    static ZhichengException alreadyRevoked(String number) {
        return Refusal.ALREADY_REVOKED.refuse(number);
    }


    static ZhichengException filingLate(FilingRecord.Kind kind, LocalDate deadline) {
        return Refusal.FILING_LATE.refuse(kindName(kind), englishName(kind), deadline);
    }

    static ZhichengException filingTooEarly(FilingRecord.Kind kind, LocalDate first) {
        return Refusal.FILING_TOO_EARLY.refuse(kindName(kind), englishName(kind), first);
    }

    static ZhichengException meetingOutsideWindow(LocalDate meeting, LocalDate first, LocalDate last) {
        return Refusal.MEETING_OUTSIDE_WINDOW.refuse(first, last, meeting);
    }

    static ZhichengException noQualificationDocument(int year, String seriesCode) {
        return Refusal.NO_QUALIFICATION_DOCUMENT.refuse(seriesCode, year);
    }

    private static String kindName(FilingRecord.Kind kind) {
        return switch (kind) {
            case PRE_FILING -> "年度评审工作预备案";
            case PRE_MEETING -> "评审会前备案";
            case POST_FILING -> "评审结果事后备案";
        };
    }

    private static String englishName(FilingRecord.Kind kind) {
        return switch (kind) {
            case PRE_FILING -> "the year's pre-filing";
            case PRE_MEETING -> "the pre-meeting filing";
            case POST_FILING -> "the post-filing";
        };
    }
}
