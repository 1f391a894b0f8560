package org.zhicheng.core.internal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.audit.AuditLog;

/**
 * The minutes of a large meeting go into the audit log whole, in as many entries as they need: a meeting of
 * more than some fifty candidates could not close before, its minutes being longer than one entry takes.
 */
class MinutesInPartsTest {

    private static final int BUDGET = AuditLog.MAX_DETAIL_LENGTH - 16;

    @Test
    void keepsShortMinutesInOneEntryUnchanged_R36() {
        String minutes = "表决结束：101：可投11人，同意8，不同意0，弃权0；102：可投11人，同意8，不同意0，弃权0";
        assertEquals(List.of(minutes), MeetingServiceImpl.parts(minutes, BUDGET));
    }

    @Test
    void keepsLongMinutesWholeInPartsCutBetweenCandidates_R36() {
        String minutes = "表决结束：" + IntStream.range(0, 500).mapToObj(i -> (100_000 + i) + "：可投11人，同意8，不同意0，弃权0")
                .collect(Collectors.joining("；"));
        List<String> parts = MeetingServiceImpl.parts(minutes, BUDGET);
        assertTrue(parts.size() > 1, "500 candidates do not fit one entry");
        assertEquals(minutes, String.join("", parts), "nothing lost, nothing added");
        assertTrue(parts.stream().allMatch(p -> p.length() <= BUDGET), "each part fits an entry with its number");
        assertTrue(parts.subList(0, parts.size() - 1).stream().allMatch(p -> p.endsWith("；")), "cut between candidates");
    }

    @Test
    void cutsAClauseLongerThanAnEntryWhereItMust_R36() {
        String attendance = "实到" + "委员、".repeat(BUDGET);
        List<String> parts = MeetingServiceImpl.parts(attendance, BUDGET);
        assertEquals(attendance, String.join("", parts));
        assertTrue(parts.stream().allMatch(p -> p.length() <= BUDGET));
    }
}
