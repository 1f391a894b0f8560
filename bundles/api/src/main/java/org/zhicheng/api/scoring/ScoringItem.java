package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of a scoring standard.
 *
 * @param evidence what the applicant must upload to earn the points
 * @param computed the platform computes the points (e.g. seniority to 12-31 of the year, R-12)
 * @param perYear  for a computed item, the points each full year in the current appointment earns, up to
 *                 {@code points}; 1 unless the descriptor says otherwise
 */
public record ScoringItem(String id, String name, ScoringCategory category, BigDecimal points, String evidence,
                          boolean computed, BigDecimal perYear) {

    /** An item earning 1 point a year when computed (as before 2.2). */
    public ScoringItem(String id, String name, ScoringCategory category, BigDecimal points, String evidence,
                       boolean computed) {
        this(id, name, category, points, evidence, computed, BigDecimal.ONE);
    }

    public ScoringItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        points = Points.of(Objects.requireNonNull(points, "points"));
        evidence = evidence == null ? "" : evidence;
        perYear = perYear == null ? BigDecimal.ONE : Points.of(perYear);
    }

    /** a computed item's points for the full years in the current appointment, at most the item's points. */
    public BigDecimal computedPoints(int yearsInAppointment) {
        BigDecimal earned = perYear.multiply(BigDecimal.valueOf(Math.max(0, yearsInAppointment)));
        return Points.of(earned.min(points));
    }
}
