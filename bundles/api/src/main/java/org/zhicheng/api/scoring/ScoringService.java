package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhicheng.api.security.Actor;

/** Scoring applications against their series' quantified standards. */
public interface ScoringService {

    /**
     * The standard the application is scored with: the version pinned by its first score sheet, or, before
     * that, the current version for its series, year, tier and grade. A later version published by an upgraded
     * plugin does not change a pinned application.
     */
    ScoringStandard standardFor(long applicationId);

    /**
     * Records an assigned expert's points: every item of the standard, each between 0 and the item's points. The first
     * sheet pins the standard version for the application.
     */
    ScoreSheet submitScoreSheet(long applicationId, Actor expert, Map<String, BigDecimal> points);

    /**
     * The file's score sheets: all of them for the committee office; for an assigned expert only once they have
     * submitted their own, so that no expert is swayed by another's scores.
     */
    List<ScoreSheet> scoreSheets(long applicationId, Actor actor);
}
