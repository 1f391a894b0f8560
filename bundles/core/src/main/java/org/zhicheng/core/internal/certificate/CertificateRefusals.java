package org.zhicheng.core.internal.certificate;

import java.time.LocalDate;
import java.time.YearMonth;

import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.service.ZhichengException;

/** The refusals of certificates and filings; the general ones are core's {@code Refusals}. */
final class CertificateRefusals {
    private CertificateRefusals() {
    }

    static ZhichengException notPassed(ApplicationStatus status) {
        return new ZhichengException("NOT_PASSED", "只有评审通过的申报可以颁发证书（该申报当前为“" + status.officialTerm() + "”）",
                "only a file that passed the committee's vote gets a certificate; this one is " + status.englishTerm());
    }

    static ZhichengException certificatesNotYet(YearMonth month) {
        return new ZhichengException("CERTIFICATES_NOT_YET", "电子证书自" + month.getYear() + "年" + month.getMonthValue()
                + "月起颁发", "electronic certificates are issued from " + month + " on (R-11)");
    }

    static ZhichengException alreadyCertified(String number) {
        return new ZhichengException("ALREADY_CERTIFIED", "该申报已颁发证书：" + number,
                "the file has its certificate already: " + number);
    }

    static ZhichengException unknownCertificate(String number) {
        return new ZhichengException("UNKNOWN_CERTIFICATE", "证书不存在：" + number, "no certificate numbered " + number);
    }

    static ZhichengException alreadyRevoked(String number) {
        return new ZhichengException("ALREADY_REVOKED", "证书" + number + "已撤销", "certificate " + number + " is revoked already");
    }


    static ZhichengException filingLate(FilingRecord.Kind kind, LocalDate deadline) {
        return new ZhichengException("FILING_LATE", kindName(kind) + "的截止日期为" + deadline + "，已逾期",
                englishName(kind) + " had to be filed by " + deadline + " (R-28)");
    }

    static ZhichengException filingTooEarly(FilingRecord.Kind kind, LocalDate first) {
        return new ZhichengException("FILING_TOO_EARLY", kindName(kind) + "自" + first + "起办理",
                englishName(kind) + " can be filed from " + first + " on (R-28)");
    }

    static ZhichengException meetingOutsideWindow(LocalDate meeting, LocalDate first, LocalDate last) {
        return new ZhichengException("MEETING_OUTSIDE_WINDOW", "评审会议须在" + first + "至" + last + "之间召开，" + meeting + "不在其中",
                "evaluation meetings take place from " + first + " to " + last + ", not on " + meeting + " (R-10)");
    }

    static ZhichengException noQualificationDocument(int year, String seriesCode) {
        return new ZhichengException("NO_QUALIFICATION_DOCUMENT", seriesCode + "系列" + year + "年度尚未印发资格文件，不能事后备案",
                "no qualification document of " + seriesCode + " for " + year + " has been issued; post-filing follows it (R-28)");
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
