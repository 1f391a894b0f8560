package org.zhicheng.api.meeting;

import java.math.BigDecimal;
import java.util.List;

import org.zhicheng.api.domain.TitleLevel;

/**
 * A member's own ballot paper: each candidate anonymised with the experts' scores, whether the member is recused
 * from it and whether they have voted on it. It never says how anybody voted, the member included.
 */
public record BallotPaper(long meetingId, String committeeId, String expertId, List<Line> lines) {

    /** One candidate. */
    public record Line(long applicationId, String blindCode, String specialty, TitleLevel level, BigDecimal expertScore,
                       BigDecimal defenseScore, boolean recused, boolean voted) {
    }

    public BallotPaper {
        lines = List.copyOf(lines);
    }
}
