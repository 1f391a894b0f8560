package org.zhicheng.api.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;

/**
 * One series' figures for one evaluation year.
 *
 * @param files     the number of files per status and tier (only combinations that occur), in the order of the
 *                  statuses and tiers
 * @param passRates per level that the committee has decided files of, in the order of the levels
 */
public record SeriesOverview(String seriesCode, int evaluationYear, List<StatusCount> files, List<PassRate> passRates) {

    public SeriesOverview {
        Objects.requireNonNull(seriesCode, "seriesCode");
        files = List.copyOf(files);
        passRates = List.copyOf(passRates);
    }

    /** All files of the year. */
    public int total() {
        return files.stream().mapToInt(StatusCount::count).sum();
    }

    /**
     * Files at a status whose applicant's unit has a tier ({@code tier} null: applicants registered without one).
     */
    public record StatusCount(ApplicationStatus status, Tier tier, int count) {
        public StatusCount {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * of the files the committee voted on at a level, how many passed (passed, certified, or certified and later
     * revoked: they passed the vote) and how many failed.
     */
    public record PassRate(TitleLevel level, int passed, int failed) {
        public PassRate {
            Objects.requireNonNull(level, "level");
        }

        /** Passed / decided, two decimals; empty while nothing is decided. */
        public Optional<BigDecimal> rate() {
            int decided = passed + failed;
            return decided == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP));
        }
    }
}
