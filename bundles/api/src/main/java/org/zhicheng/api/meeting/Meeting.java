package org.zhicheng.api.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhicheng.api.scoring.Grade;

/**
 * A committee's meeting for a year and grade.
 *
 * @param place      the room, or the video room's address
 * @param members    the members whose term covers the meeting's date (the quorum's base)
 * @param present    the members recorded present when it opened; empty before
 * @param candidates the files it decides, fixed when it opens; empty before
 */
public record Meeting(long id, String committeeId, int year, Grade grade, LocalDate date, String place,
                      MeetingStatus status, int members, Set<String> present, List<Recusal> recusals,
                      List<Long> candidates) {
    public Meeting {
        present = Set.copyOf(present);
        recusals = List.copyOf(recusals);
        candidates = List.copyOf(candidates);
    }
}
