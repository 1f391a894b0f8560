package org.zhicheng.ui.internal.meeting;

import java.util.Map;
import java.util.stream.Collectors;

import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.meeting.Recusal;
import org.zhicheng.api.scoring.Points;

/**
 * The minutes as a file to keep (issue 14): CSV for a spreadsheet (the PDF is core's, DocumentService). Attendance,
 * recusals, each candidate's counts and the result, and who signed.
 */
final class MinutesExport {

    private MinutesExport() {
    }

    /** One row per candidate; attendance and recusals as leading comment-like rows, so one file holds the minutes. */
    static String csv(Minutes minutes, String committee, Map<String, String> names) {
        Meeting meeting = minutes.meeting();
        StringBuilder out = new StringBuilder("\uFEFF"); // a BOM, so that spreadsheet programs read the Chinese
        out.append(row("评审委员会", committee)).append(row("日期", meeting.date().toString()))
                .append(row("地点", meeting.place())).append(row("应到", String.valueOf(meeting.members())))
                .append(row("实到", String.valueOf(meeting.present().size())))
                .append(row("出席委员", present(meeting, names)));
        for (Recusal recusal : meeting.recusals()) {
            out.append(row("回避", name(names, recusal.expertId()), blindCode(minutes, recusal.applicationId()),
                    recusal.reason(), recusal.derived() ? "系统识别" : "声明"));
        }
        if (minutes.passRate() != null) {
            out.append(row("通过率", Points.format(minutes.passRate().movePointRight(2)) + "%",
                    "通过上限" + minutes.passLimit()));
        }
        out.append(row("匿名编号", "可投票人数", "同意", "不同意", "弃权", "未投票", "专家评分", "答辩成绩", "结果"));
        for (Minutes.Tally tally : minutes.tallies()) {
            out.append(row(tally.blindCode(), String.valueOf(tally.eligible()), String.valueOf(tally.yes()),
                    String.valueOf(tally.no()), String.valueOf(tally.abstain()), String.valueOf(tally.notVoted()),
                    Points.format(tally.expertScore()), tally.defenseScore() == null ? "" : Points.format(tally.defenseScore()),
                    result(tally)));
        }
        out.append(row("签发", minutes.signedBy() == null ? "未签发" : name(names, minutes.signedBy()),
                minutes.signedAt() == null ? "" : minutes.signedAt().toString()));
        return out.toString();
    }

    static String result(Minutes.Tally tally) {
        return tally.passed() == null ? "并列待定" : tally.passed() ? "通过" : tally.passedBallot() ? "超出通过率未通过" : "未通过";
    }

    static String name(Map<String, String> names, String expertId) {
        String name = names.get(expertId);
        return name == null ? expertId : name + "（" + expertId + "）";
    }

    static String blindCode(Minutes minutes, long applicationId) {
        return minutes.tallies().stream().filter(t -> t.applicationId() == applicationId).map(Minutes.Tally::blindCode)
                .findFirst().orElse("#" + applicationId);
    }

    static String present(Meeting meeting, Map<String, String> names) {
        return meeting.present().stream().sorted().map(id -> name(names, id)).collect(Collectors.joining("、"));
    }

    private static String row(String... cells) {
        return java.util.Arrays.stream(cells).map(MinutesExport::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet never runs it as a formula. */
    private static String quoted(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

}
