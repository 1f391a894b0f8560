package org.zhicheng.api.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhicheng.api.domain.Tier;

/**
 * One scorer's points for one application, item by item, against the standard version the application is
 * scored with.
 */
public record ScoreSheet(long applicationId, String scorer, String seriesCode, int year, int version, Tier tier,
                         Grade grade, Map<String, BigDecimal> points, BigDecimal total, Instant submittedAt) {
    public ScoreSheet {
        Map<String, BigDecimal> canonical = new LinkedHashMap<>();
        points.forEach((item, value) -> canonical.put(item, Points.of(value)));
        points = Collections.unmodifiableMap(canonical);
        total = Points.of(total);
    }
}
