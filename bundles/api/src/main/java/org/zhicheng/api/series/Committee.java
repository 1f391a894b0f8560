package org.zhicheng.api.series;

import java.util.List;

import org.zhicheng.api.domain.TitleLevel;

/**
 * One evaluation committee of the committee table (Annex 5): a specialty row of a series, the levels it evaluates,
 * its organising unit and phone. Meetings, the senior pass rate, the R-23 defense mean and the
 * published results are the committee's.
 *
 * @param id        stable: {@code <series code>.<row>}, the row being the Annex 5 row number ({@code engineering.4})
 *                  or, for a specialty without one, {@code n} and the hex hash of its name; where a row has several
 *                  committees (e.g. senior and intermediate of the universities' rows) {@code .<top level>} follows
 *                  ({@code university-teachers.20.senior-full}, {@code university-teachers.20.intermediate})
 * @param annexRow  the Annex 5 row, 0 if none
 * @param levels    the levels it evaluates, highest first (never those filled by exam, R-01)
 */
public record Committee(String id, String seriesCode, String specialty, int annexRow, List<TitleLevel> levels,
                        String organisingUnit, String phone) {

    public Committee {
        levels = List.copyOf(levels);
    }

    public boolean evaluates(TitleLevel level) {
        return levels.contains(level);
    }
}
