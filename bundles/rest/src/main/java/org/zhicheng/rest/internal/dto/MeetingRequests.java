package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.MemberRole;

/** Bodies of the committee meeting's routes ({@code /api/v1/meetings}); enum values by name or official term. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * One member: {@code title} 正高/副高/中级/助理/员级 or {@code SENIOR_FULL}...; {@code role} {@code CHAIR},
     * {@code VICE_CHAIR} or {@code MEMBER} (主任委员, 副主任委员, 委员); the term as ISO-8601 dates.
     */
    public record AppointmentRequest(String expertId, String title, String role, LocalDate termStart, LocalDate termEnd) {
        public Appointment toAppointment() {
            String id = Inputs.required(expertId, "请填写专家编号 / expertId is required");
            TitleLevel level = Inputs.level(Inputs.required(title, "请填写委员职称 / title is required"));
            MemberRole place = role == null || role.isBlank() ? MemberRole.MEMBER : choose(MemberRole.values(), role,
                    MemberRole::officialTerm, "委员职务无效：", "role");
            return new Appointment(id, level, place, Inputs.required(termStart, "请填写任期开始日期 / termStart is required"),
                    Inputs.required(termEnd, "请填写任期结束日期 / termEnd is required"));
        }
    }

    /** {@code grade}: {@code SENIOR}, {@code INTERMEDIATE}, {@code JUNIOR} or 高, 中, 初; {@code place}: room or video room. */
    public record ScheduleRequest(Integer year, String grade, LocalDate date, String place) {
    }

    /** The expert ids of the members present. */
    public record AttendanceRequest(Set<String> present) {
    }

    public record RecusalRequest(String expertId, Long applicationId, String reason) {
    }

    /** {@code choice}: {@code YES}, {@code NO}, {@code ABSTAIN} or 同意, 不同意, 弃权. */
    public record VoteRequest(String choice) {
        public BallotChoice toChoice() {
            return choose(BallotChoice.values(), Inputs.required(choice, "请选择同意、不同意或弃权 / choice is required"),
                    BallotChoice::officialTerm, "表决意见无效：", "choice");
        }
    }

    /** For senior meetings the pass rate in (0, 1]; none for intermediate and junior ones. */
    public record CloseRequest(BigDecimal seniorPassRate) {
    }

    /** Which of the candidates tied at the pass rate's edge pass; empty without a tie. */
    public record SignRequest(List<Long> tieWinners) {
    }

    static <E extends Enum<E>> E choose(E[] values, String text, java.util.function.Function<E, String> term, String chinese,
                                        String field) {
        String trimmed = text.trim();
        for (E value : values) {
            if (value.name().equalsIgnoreCase(trimmed) || term.apply(value).equals(trimmed)) {
                return value;
            }
        }
        throw new IllegalArgumentException(chinese + trimmed + " / unknown " + field + " '" + trimmed + "'");
    }
}
