package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringStandard;

/**
 * One published version of a series' quantified scoring standard for a tier and grade, public like
 * the criteria, with each category's share of the total (the "four onlys" check of R-27).
 *
 * @param shares category → fraction of the total, e.g. {@code "PAPERS": 0.2000}
 */
public record ScoringStandardDto(String seriesCode, int year, int version, Tier tier, String tierLabel, Grade grade,
                                 String gradeLabel, BigDecimal total, boolean sample, Map<ScoringCategory, BigDecimal> shares,
                                 List<Item> items) {

    /** {@code nameEn}: the item's name in English where its series plugin gives one, else the Chinese name. */
    public record Item(String id, String name, ScoringCategory category, boolean fourOnlys, BigDecimal points,
                       String evidence, boolean computed, String nameEn) {
    }

    public static ScoringStandardDto of(ScoringStandard standard) {
        return of(standard, UnaryOperator.identity());
    }

    /** With the items' English names: {@code english} maps a Chinese label to English (the series' translations). */
    public static ScoringStandardDto of(ScoringStandard standard, UnaryOperator<String> english) {
        return new ScoringStandardDto(standard.seriesCode(), standard.year(), standard.version(), standard.tier(),
                standard.tier().officialTerm(), standard.grade(), standard.grade().officialTerm(), standard.total(),
                standard.sample(), new LinkedHashMap<>(standard.shares()),
                standard.items().stream().map(item -> item(item, english)).toList());
    }

    private static Item item(ScoringItem item, UnaryOperator<String> english) {
        return new Item(item.id(), item.name(), item.category(), item.category().isFourOnlys(), item.points(),
                item.evidence(), item.computed(), english.apply(item.name()));
    }
}
