package org.zhicheng.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.series.EligibilityRule;
import org.zhicheng.api.service.ZhichengException;

/** The refusals core gives, in one place so that codes and wording stay consistent. */
public final class Refusals {
    private Refusals() {
    }

    /** An enum constant in lower-case words (county bureau, senior worker) for English texts: never its code. */
    public static String words(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public static ZhichengException invalidInput(String message) {
        return new ZhichengException("INVALID_INPUT", message, message);
    }

    /** Invalid input with an English message of its own, for integrations' logs. */
    public static ZhichengException invalidInput(String chineseMessage, String englishMessage) {
        return new ZhichengException("INVALID_INPUT", chineseMessage, englishMessage);
    }

    public static ZhichengException duplicateIdNumber() {
        return new ZhichengException("DUPLICATE_ID_NUMBER", "该身份证号已注册", "an applicant with this ID number is already registered");
    }

    public static ZhichengException unknownApplicant(long id) {
        return new ZhichengException("UNKNOWN_APPLICANT", "申报人不存在：" + id, "no applicant with id " + id);
    }

    public static ZhichengException unknownApplication(long id) {
        return new ZhichengException("UNKNOWN_APPLICATION", "申报不存在：" + id, "no application with id " + id);
    }

    public static ZhichengException unknownSeries(String code) {
        return new ZhichengException("UNKNOWN_SERIES", "未知的职称系列：" + code, "unknown series " + code);
    }

    static ZhichengException seriesSuspended(String name) {
        return new ZhichengException("SERIES_SUSPENDED", name + "暂停受理", "series " + name + " is not accepting applications");
    }

    static ZhichengException unknownSpecialty(String series, String specialty) {
        return new ZhichengException("UNKNOWN_SPECIALTY", series + "没有" + specialty,
                "series " + series + " has no specialty " + specialty);
    }

    static ZhichengException levelNotEvaluated(String specialty, String level) {
        return new ZhichengException("LEVEL_NOT_EVALUATED", specialty + "不评审" + level + "职称",
                specialty + " has no committee for level " + level);
    }

    static ZhichengException examOnly(String specialty, String level) {
        return new ZhichengException("EXAM_ONLY_LEVEL", specialty + level + "职称实行以考代评，不接受评审申报",
                "level " + level + " of " + specialty + " is filled by exam only (R-01)");
    }

    static ZhichengException secondApplicationInYear(int year) {
        return new ZhichengException("ONE_CHANNEL_PER_YEAR", year + "年度已有申报，同一年度只能选择一种方式申报",
                "an application for " + year + " exists already; one channel per applicant per year (R-07)");
    }

    public static ZhichengException staleVersion() {
        return new ZhichengException("STALE_VERSION", "该申报已被他人修改，请刷新后重试",
                "the application was changed by someone else since it was read");
    }

    static ZhichengException notSubmittable(ApplicationStatus status) {
        return new ZhichengException("NOT_SUBMITTABLE", "该申报当前为“" + status.officialTerm() + "”，只有草稿或退回修改的申报可以提交",
                "only a draft or a returned file can be submitted; this one is " + status.englishTerm());
    }

    static ZhichengException submissionLimit(int limit) {
        return new ZhichengException("SUBMISSION_LIMIT", "已提交" + limit + "次，不予受理",
                "a file may be submitted at most " + limit + " times (R-14)");
    }

    static ZhichengException notReturnable(ApplicationStatus status) {
        return new ZhichengException("NOT_RETURNABLE", "该申报当前为“" + status.officialTerm() + "”，只有已提交的申报可以退回修改",
                "only a submitted file can be returned for revision; this one is " + status.englishTerm() + " (R-14)");
    }

    static ZhichengException noScoringStandard(String series, int year) {
        return new ZhichengException("NO_SCORING_STANDARD", series + "系列没有" + year + "年度的量化赋分标准",
                "series " + series + " has no scoring standard for " + year + " (R-26)");
    }

    static ZhichengException notScorable(ApplicationStatus status) {
        return new ZhichengException("NOT_SCORABLE", "该申报当前为“" + status.officialTerm() + "”，只有评审中的申报可以评分",
                "only a file under evaluation can be scored; this one is " + status.englishTerm());
    }

    public static ZhichengException notAssigned(String scorer) {
        return new ZhichengException("NOT_ASSIGNED", "该申报未分配给" + scorer + "评审", "the file is not assigned to " + scorer);
    }

    static ZhichengException alreadyScored(String scorer) {
        return new ZhichengException("ALREADY_SCORED", scorer + "已对该申报评分", scorer + " has scored this application already");
    }

    static ZhichengException itemNotScored(String item) {
        return new ZhichengException("ITEM_NOT_SCORED", "评分项“" + item + "”未评分", "item " + item + " has no points");
    }

    static ZhichengException itemOutOfRange(String item, BigDecimal max) {
        return new ZhichengException("ITEM_OUT_OF_RANGE", "评分项“" + item + "”的分值须在0至" + Points.format(max) + "之间",
                "points of item " + item + " must be between 0 and " + Points.format(max));
    }

    static ZhichengException unknownItem(String item, int version) {
        return new ZhichengException("UNKNOWN_ITEM", "评分标准第" + version + "版没有评分项“" + item + "”",
                "version " + version + " of the standard has no item " + item);
    }

    static ZhichengException channelClosed(String series) {
        return new ZhichengException("CHANNEL_C_CLOSED", "民营企业专项评审仅限工程系列和农业系列，" + series + "不适用",
                "channel C (private-enterprise special evaluation) is open to engineering and agriculture only, not "
                        + series + " (R-06)");
    }

    static ZhichengException vetoed(EligibilityRule.Veto veto) {
        return new ZhichengException(veto.code(), veto.chineseReason(), veto.englishReason() + " (R-03)");
    }

    public static ZhichengException noCampaign(int year) {
        return new ZhichengException("NO_CAMPAIGN", year + "年度职称评审尚未开展", "no evaluation campaign is configured for " + year);
    }

    static ZhichengException outsideApplicationWindow(Campaign.Period window, LocalDate today) {
        return new ZhichengException("OUTSIDE_APPLICATION_WINDOW", "申报时间为" + window.first() + "至" + window.last()
                + "，逾期或提前均不予受理", "applications are accepted from " + window.first() + " to " + window.last()
                + ", not on " + today + " (R-08)");
    }

    static ZhichengException resubmissionLate(LocalDate deadline) {
        return new ZhichengException("RESUBMISSION_LATE", "退回材料须在" + deadline + "前重新提交，逾期不予受理",
                "a returned file had to be resubmitted by " + deadline + " (R-14)");
    }

    static ZhichengException outsideReviewWindow(Campaign.Period window, LocalDate today) {
        return new ZhichengException("OUTSIDE_REVIEW_WINDOW", "审核时间为" + window.first() + "至" + window.last(),
                "reviews take place from " + window.first() + " to " + window.last() + ", not on " + today + " (R-09)");
    }

    // One refusal per act that needs the file in a given status, so that a caller can tell them apart by code.

    static ZhichengException notAwaitingEmployerReview(ApplicationStatus actual) {
        return statusRefusal("NOT_AWAITING_EMPLOYER_REVIEW", actual, "只有已提交的申报可以由单位审核",
                "only a submitted file is reviewed by its employer (R-20)");
    }

    static ZhichengException objectionOutsidePublicity(ApplicationStatus actual) {
        return statusRefusal("OBJECTION_OUTSIDE_PUBLICITY", actual, "只能在单位公示期间提出异议",
                "objections are raised only while the file is in publicity (R-20)");
    }

    static ZhichengException noPublicityToResolve(ApplicationStatus actual) {
        return statusRefusal("NO_PUBLICITY_TO_RESOLVE", actual, "只有单位公示中的申报才有异议可处理",
                "objections are resolved only while the file is in publicity (R-20)");
    }

    static ZhichengException recommendOutsidePublicity(ApplicationStatus actual) {
        return statusRefusal("NOT_IN_PUBLICITY", actual, "单位只能推荐经过公示的申报",
                "the employer recommends only a file that went through publicity (R-20)");
    }

    static ZhichengException materialNotRecommended(ApplicationStatus actual) {
        return statusRefusal("NOT_RECOMMENDED", actual, "只有单位已推荐的申报可以接收材料",
                "material is received only for a file its employer recommended (R-19, R-20)");
    }

    /** the fee is paid only once the file shows 已接收材料. */
    static ZhichengException feeBeforeMaterialReceived(ApplicationStatus actual) {
        return statusRefusal("FEE_BEFORE_MATERIAL_RECEIVED", actual, "须待申报显示“已接收材料”后方可缴费",
                "the fee is paid only once the file shows material received (R-29)");
    }

    /** A refused, withdrawn, revoked or certified file is final. */
    static ZhichengException fileFinal(ApplicationStatus actual) {
        return statusRefusal("FILE_FINAL", actual, "该申报已办结，不能再认定为不予受理；已发证的请撤销其证书",
                "the file is final; a certified file's qualification is revoked through its certificate (R-37)");
    }

    public static ZhichengException feeNotPaid(ApplicationStatus actual) {
        return statusRefusal("FEE_NOT_PAID", actual, "缴费后方可提交评审委员会评审",
                "a file goes to the committee once its fee is paid (R-09, R-29)");
    }

    public static ZhichengException notUnderEvaluation(ApplicationStatus actual) {
        return statusRefusal("NOT_UNDER_EVALUATION", actual, "只有评审中的申报可以办理此项评审事务",
                "only a file under evaluation takes this committee act");
    }

    /** A refusal because of the file's status, which it names in words (已提交), never by its code. */
    private static ZhichengException statusRefusal(String code, ApplicationStatus actual, String chinese, String english) {
        return new ZhichengException(code, chinese + "（该申报当前为“" + actual.officialTerm() + "”）",
                english + "; this one is " + actual.englishTerm());
    }

    static ZhichengException noOpenObjection() {
        return new ZhichengException("NO_OPEN_OBJECTION", "没有待处理的异议", "there is no open objection");
    }

    static ZhichengException publicityNotOver(LocalDate lastDay) {
        return new ZhichengException("PUBLICITY_NOT_OVER", "公示期至" + lastDay + "，期满后方可推荐",
                "the publicity runs until " + lastDay + "; recommend after it (R-20)");
    }

    static ZhichengException objectionOpen(int count) {
        return new ZhichengException("OBJECTION_OPEN", "公示期间有" + count + "条异议未处理，不得推荐",
                count + " objection(s) to the publicity are open; resolve them first (R-20)");
    }

    static ZhichengException feeLate(LocalDate deadline) {
        return new ZhichengException("FEE_LATE", "缴费截止日期为" + deadline + "，逾期不予受理",
                "the fee had to be paid by " + deadline + " (R-09)");
    }

    static ZhichengException wrongFee(int owed, int paid) {
        return new ZhichengException("WRONG_FEE", "应缴评审费" + owed + "元，记录为" + paid + "元",
                "the fee is " + owed + " yuan, not " + paid + " (R-29)");
    }

    static ZhichengException banned(int throughYear) {
        return new ZhichengException("BANNED_FOR_FALSIFICATION", "因材料造假，" + throughYear + "年度（含）前不得申报",
                "falsified material: no application through the " + throughYear + " evaluation year (R-37)");
    }

    static ZhichengException selfEvaluation(SelfEvaluatingUniversities.University university) {
        return new ZhichengException("SELF_EVALUATING_UNIVERSITY", university.name() + "具有自主评审权，请向本校评审委员会申报（电话"
                + university.phone() + "）", "staff of " + university.name()
                + " are evaluated by the university's own committee (R-02)");
    }

    static ZhichengException entrustmentLetterMissing() {
        return new ZhichengException("ENTRUSTMENT_LETTER_MISSING", "推荐至自治区或其他地州评审的申报须有同级人社部门出具的委托评审函",
                "a file recommended to the region or another prefecture needs the entrustment letter of its HR bureau (R-05)");
    }

    /** The file is submitted (or further on): only a draft or a returned file changes. */
    public static ZhichengException notEditable(String what) {
        return new ZhichengException("NOT_EDITABLE", "申报已提交，不能修改" + what,
                "the file changes only while it is a draft or returned");
    }

    /** every required field filled and the commitment (Annex 3) signed before the file is submitted. */
    public static ZhichengException incompleteFile(List<String> missing) {
        return new ZhichengException("INCOMPLETE_FILE", "申报材料不完整，请补充后再提交：" + String.join("；", missing),
                "the file is incomplete (R-13), " + missing.size() + " item(s) missing");
    }

    public static ZhichengException unknownSection(String sectionId) {
        return new ZhichengException("UNKNOWN_SECTION", "申报材料没有此栏目：" + sectionId, "no section " + sectionId);
    }

    static ZhichengException noEntrustmentNeeded() {
        return new ZhichengException("NO_ENTRUSTMENT_NEEDED", "地区内评审无需委托评审函",
                "only channel B files carry an entrustment letter (R-04, R-05)");
    }

    /** a computed scoring item gets its points from the file's seniority, not from the expert. */
    static ZhichengException computedItem(String itemName) {
        return new ZhichengException("ITEM_COMPUTED", "“" + itemName + "”由平台按任职年限计算，不能填写",
                "item '" + itemName + "' is computed from the seniority and cannot be scored by hand (R-12)");
    }

    /** A draft or returned file of a series whose plugin is removed: no (re)submission until it accepts again. */
    static ZhichengException submissionSuspended(String seriesName) {
        return new ZhichengException("SUBMISSION_SUSPENDED", seriesName + "暂停受理，申报暂不能提交；恢复受理后可再提交，已提交的申报继续审核",
                "series " + seriesName + " is suspended: no file is submitted or resubmitted until it accepts again");
    }
}
