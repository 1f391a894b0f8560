package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.meeting.BallotPaper;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.meeting.Recusal;
import org.zhicheng.api.scoring.Grade;

/** What the committee meeting's routes answer; enums with their official terms. Counts only, never who voted how. */
public final class MeetingDtos {

    private MeetingDtos() {
    }

    public record MemberDto(String committeeId, String expertId, String name, String employer, TitleLevel title,
                            String titleLabel, MemberRole role, String roleLabel, LocalDate termStart, LocalDate termEnd) {
        public static MemberDto of(CommitteeMember m) {
            return new MemberDto(m.committeeId(), m.expertId(), m.name(), m.employer(), m.title(), m.title().officialTerm(),
                    m.role(), m.role().officialTerm(), m.termStart(), m.termEnd());
        }
    }

    public record MeetingDto(long id, String committeeId, int year, Grade grade, String gradeLabel, LocalDate date,
                             String place, MeetingStatus status, String statusLabel, int members, Set<String> present,
                             List<Recusal> recusals, List<Long> candidates) {
        public static MeetingDto of(Meeting m) {
            return new MeetingDto(m.id(), m.committeeId(), m.year(), m.grade(), m.grade().officialTerm(), m.date(), m.place(),
                    m.status(), m.status().officialTerm(), m.members(), m.present(), m.recusals(), m.candidates());
        }
    }

    public record BallotPaperDto(long meetingId, String committeeId, String expertId, List<BallotPaper.Line> lines) {
        public static BallotPaperDto of(BallotPaper p) {
            return new BallotPaperDto(p.meetingId(), p.committeeId(), p.expertId(), p.lines());
        }
    }

    public record MinutesDto(MeetingDto meeting, BigDecimal passRate, int passLimit, List<TallyDto> tallies,
                             List<Long> tiedAtCap, int seatsForTied, String signedBy, Instant signedAt) {
        public static MinutesDto of(Minutes m) {
            return new MinutesDto(MeetingDto.of(m.meeting()), m.passRate(), m.passLimit(), m.tallies().stream().map(TallyDto::of)
                    .toList(), m.tiedAtCap(), m.seatsForTied(), m.signedBy(), m.signedAt());
        }
    }

    /** One candidate's anonymous counts; {@code passed} null while tied at the cap and undecided. */
    public record TallyDto(long applicationId, String blindCode, int eligible, int yes, int no, int abstain, int notVoted,
                           BigDecimal expertScore, BigDecimal defenseScore, boolean passedBallot, Boolean passed) {
        static TallyDto of(Minutes.Tally t) {
            return new TallyDto(t.applicationId(), t.blindCode(), t.eligible(), t.yes(), t.no(), t.abstain(), t.notVoted(),
                    t.expertScore(), t.defenseScore(), t.passedBallot(), t.passed());
        }
    }
}
