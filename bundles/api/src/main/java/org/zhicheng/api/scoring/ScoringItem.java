package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of a scoring standard.
 *
 * @param evidence what the applicant must upload to earn the points
 * @param computed the platform computes the points (e.g. seniority to 12-31 of the year, R-12)
 */
public record ScoringItem(String id, String name, ScoringCategory category, BigDecimal points, String evidence,
                          boolean computed) {
    public ScoringItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        points = Points.of(Objects.requireNonNull(points, "points"));
        evidence = evidence == null ? "" : evidence;
    }
}
