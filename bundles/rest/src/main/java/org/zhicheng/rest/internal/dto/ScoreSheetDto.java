package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoreSheet;

/** One scorer's points for a file, against the standard version the file is scored with. */
public record ScoreSheetDto(long applicationId, String scorer, String seriesCode, int year, int version, Tier tier,
                            Grade grade, Map<String, BigDecimal> points, BigDecimal total, Instant submittedAt) {

    public static ScoreSheetDto of(ScoreSheet sheet) {
        return new ScoreSheetDto(sheet.applicationId(), sheet.scorer(), sheet.seriesCode(), sheet.year(), sheet.version(),
                sheet.tier(), sheet.grade(), new LinkedHashMap<>(sheet.points()), sheet.total(), sheet.submittedAt());
    }
}
