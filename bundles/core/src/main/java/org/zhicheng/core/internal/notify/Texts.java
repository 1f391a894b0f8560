package org.zhicheng.core.internal.notify;

import java.time.LocalDate;

import org.zhicheng.api.notify.NotificationKind;

/**
 * The words of each message, Chinese and English, and Uyghur for those an applicant receives (issue 19; terms as in
 * docs/glossary-ug.md); no rule ids, no user names, no identity for experts. Staff's messages (to review, expert
 * assigned, the review window) have no Uyghur: staff screens stay Chinese in the Uyghur UI, so they read in Chinese.
 */
final class Texts {

    /** ئىلتىماسىڭىز: "your file", as an applicant is addressed. */
    private static final String YOUR_FILE = "ئىلتىماسىڭىز";

    private Texts() {
    }

    /** A file's number as people read it: the year and the file's id, e.g. 2023-000012. */
    static String fileNumber(int year, long applicationId) {
        return String.format("%d-%06d", year, applicationId);
    }

    static String zh(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /**
     * 2023-يىلى 8-ئاينىڭ 3-كۈنىگىچە: "until (and on) that day", a deadline in Uyghur, the date written as the project
     * writes it (2023-يىلى 8-ئاينىڭ 3-كۈنى, core's documents).
     */
    static String ugUntil(LocalDate day) {
        return day.getYear() + "-يىلى " + day.getMonthValue() + "-ئاينىڭ " + day.getDayOfMonth() + "-كۈنىگىچە";
    }

    /** Quoted words a person typed (a reviewer's reason, in whatever language): isolated, so they keep their direction. */
    static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    /** The file as named in a message: its number and series (the series' Uyghur name, or its Chinese where none). */
    record FileRef(long applicationId, String number, String seriesZh, String seriesEn, String seriesUg) {
        String zh() {
            return "申报（编号" + number + "，" + seriesZh + "）";
        }

        String en() {
            return "file " + number + " (" + seriesEn + ")";
        }

        /** "your file" in the case the sentence needs, then (نومۇرى 2023-000012، قۇرۇلۇش سېرىيىسى). */
        String ug(String yourFile) {
            return yourFile + " (نومۇرى " + number + "، " + seriesUg + ")";
        }

        /** A message to staff: Chinese and English only. */
        Message message(NotificationKind kind, String titleZh, String bodyZh, String titleEn, String bodyEn) {
            return message(kind, titleZh, bodyZh, titleEn, bodyEn, null, null);
        }

        /** A message to the applicant: in Uyghur too. */
        Message message(NotificationKind kind, String titleZh, String bodyZh, String titleEn, String bodyEn,
                        String titleUg, String bodyUg) {
            return new Message(kind, titleZh, bodyZh, titleEn, bodyEn, titleUg, bodyUg, applicationId, number);
        }
    }

    static Message returned(FileRef file, String reason, LocalDate deadline) {
        return file.message(NotificationKind.RETURNED, "申报被退回修改，请于" + zh(deadline) + "前重新提交",
                "您的" + file.zh() + "被退回修改。理由：" + reason + "。请于" + zh(deadline)
                        + "（含）前修改并重新提交，逾期不予受理。",
                "File returned: resubmit by " + deadline,
                "Your " + file.en() + " was returned for revision. Reason: " + reason + ". Correct and resubmit it by "
                        + deadline + " (inclusive); a later resubmission is not accepted.",
                "ئىلتىماسىڭىز تۈزىتىشكە قايتۇرۇلدى، " + ugUntil(deadline) + " قايتا تاپشۇرۇڭ",
                file.ug(YOUR_FILE) + " تۈزىتىشكە قايتۇرۇلدى. سەۋەبى: «" + isolated(reason) + "». " + ugUntil(deadline)
                        + " (شۇ كۈنمۇ ئىچىدە) تۈزىتىپ قايتا تاپشۇرۇڭ، ۋاقتى ئۆتسە قوبۇل قىلىنمايدۇ.");
    }

    static Message materialReceived(FileRef file, LocalDate feeDeadline) {
        return file.message(NotificationKind.MATERIAL_RECEIVED, "材料已接收，请缴纳评审费",
                "您的" + file.zh() + "材料已接收。请于" + zh(feeDeadline) + "前缴纳评审费（扫码或银行转账）。",
                "Material received: please pay the fee",
                "The material of your " + file.en() + " was received. Please pay the evaluation fee by " + feeDeadline + ".",
                "ماتېرىيالىڭىز قوبۇل قىلىندى، باھالاش ھەققىنى تاپشۇرۇڭ",
                file.ug(YOUR_FILE) + " بويىچە تاپشۇرغان ماتېرىياللىرىڭىز قوبۇل قىلىندى. " + ugUntil(feeDeadline)
                        + " باھالاش ھەققىنى تاپشۇرۇڭ (كودنى سىكانىرلاپ ياكى بانكا ئارقىلىق يۆتكەپ).");
    }

    static Message result(FileRef file, boolean passed) {
        return passed
                ? file.message(NotificationKind.PASSED, "评审通过", "您的" + file.zh() + "经评审委员会评审通过，结果将在系统内公示。",
                        "Passed", "Your " + file.en() + " was passed by the committee; the result is published on the platform.",
                        "باھالاشتىن ئۆتتى", file.ug(YOUR_FILE) + " باھالاش كومىتېتىنىڭ باھالىشىدىن ئۆتتى، نەتىجىسى سۇپىدا ئاشكارىلىنىدۇ.")
                : file.message(NotificationKind.FAILED, "评审未通过", "您的" + file.zh() + "经评审委员会评审未通过。",
                        "Not passed", "Your " + file.en() + " was not passed by the committee.",
                        "باھالاشتىن ئۆتمىدى", file.ug(YOUR_FILE) + " باھالاش كومىتېتىنىڭ باھالىشىدىن ئۆتمىدى.");
    }

    static Message certified(FileRef file) {
        return file.message(NotificationKind.CERTIFIED, "职称证书已颁发", "您的" + file.zh() + "已颁发职称证书，可在“文书与证书”中查看和打印。",
                "Certificate issued", "The certificate of your " + file.en() + " was issued; see Documents and certificates.",
                "كەسپىي ئۇنۋان گۇۋاھنامىسى بېرىلدى", file.ug(YOUR_FILE)
                        + " بويىچە كەسپىي ئۇنۋان گۇۋاھنامىسى بېرىلدى، ئۇنى «ھۆججەت ۋە گۇۋاھنامە» دىن كۆرۈپ بېسىپ چىقارسىڭىز بولىدۇ.");
    }

    static Message toReview(FileRef file, String stepZh, String stepEn) {
        return file.message(NotificationKind.TO_REVIEW, "有申报待您" + stepZh, file.zh() + "已到达您处，待" + stepZh + "。",
                "A file awaits your " + stepEn, "The " + file.en() + " has reached you for " + stepEn + ".");
    }

    static Message expertAssigned(FileRef file) {
        return file.message(NotificationKind.EXPERT_ASSIGNED, "新的评审任务", "您被指派评审" + file.zh() + "，请在“评审任务”中评分。",
                "New evaluation task", "You were assigned the " + file.en() + " to score; see Evaluation tasks.");
    }

    static Message resubmitTomorrow(FileRef file, LocalDate deadline) {
        return file.message(NotificationKind.DEADLINE_TOMORROW, "明日截止：重新提交申报",
                "您被退回的" + file.zh() + "须于明日（" + zh(deadline) + "）前重新提交，逾期不予受理。",
                "Due tomorrow: resubmit your file", "Your returned " + file.en() + " must be resubmitted by tomorrow, "
                        + deadline + "; a later resubmission is not accepted.",
                "ئەتە ئاخىرقى مۆھلەت: ئىلتىماسنى قايتا تاپشۇرۇڭ",
                "تۈزىتىشكە قايتۇرۇلغان " + file.ug("ئىلتىماسىڭىزنى") + " ئەتە، يەنى " + ugUntil(deadline)
                        + " قايتا تاپشۇرۇڭ، ۋاقتى ئۆتسە قوبۇل قىلىنمايدۇ.");
    }

    static Message feeTomorrow(FileRef file, LocalDate deadline) {
        return file.message(NotificationKind.DEADLINE_TOMORROW, "明日截止：缴纳评审费",
                "您的" + file.zh() + "的评审费须于明日（" + zh(deadline) + "）前缴纳。",
                "Due tomorrow: the evaluation fee", "The fee of your " + file.en() + " is due tomorrow, " + deadline + ".",
                "ئەتە ئاخىرقى مۆھلەت: باھالاش ھەققىنى تاپشۇرۇڭ",
                file.ug(YOUR_FILE) + " ئۈچۈن باھالاش ھەققىنى ئەتە، يەنى " + ugUntil(deadline) + " تاپشۇرۇڭ.");
    }

    static Message reviewTomorrow(long files, LocalDate deadline) {
        return new Message(NotificationKind.DEADLINE_TOMORROW, "明日审核期结束",
                "审核期于明日（" + zh(deadline) + "）结束，您处尚有" + files + "件申报待办理。",
                "The review window closes tomorrow", "The review window closes tomorrow, " + deadline + "; " + files
                        + " file(s) still await you.", null, null, null, null);
    }
}
