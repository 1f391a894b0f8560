package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.util.List;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.overview.SeriesOverview;

/** A series' figures for its department: files by status and tier, pass rate per level; counts only. */
public record SeriesOverviewDto(String seriesCode, int evaluationYear, int total, List<Files> files, List<Rate> passRates) {

    /** Files at a status whose applicant's unit has the tier (null: none recorded). */
    public record Files(ApplicationStatus status, String statusLabel, Tier tier, String tierLabel, int count) {
    }

    /** Of the files voted on at the level: passed, failed, and passed / decided (null while none is decided). */
    public record Rate(TitleLevel level, String levelLabel, int passed, int failed, BigDecimal rate) {
    }

    public static SeriesOverviewDto of(SeriesOverview overview) {
        return new SeriesOverviewDto(overview.seriesCode(), overview.evaluationYear(), overview.total(),
                overview.files().stream().map(f -> new Files(f.status(), f.status().officialTerm(), f.tier(),
                        f.tier() == null ? null : f.tier().officialTerm(), f.count())).toList(),
                overview.passRates().stream().map(r -> new Rate(r.level(), r.level().officialTerm(), r.passed(),
                        r.failed(), r.rate().orElse(null))).toList());
    }
}
