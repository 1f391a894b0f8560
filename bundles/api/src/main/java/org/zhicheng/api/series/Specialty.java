package org.zhicheng.api.series;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.TitleLevel;

/**
 * A specialty (专业) of a series and the committees that evaluate its levels.
 *
 * @param annexRow the row of the committee table (Annex 5) it comes from, 0 if none
 */
public record Specialty(String name, int annexRow, List<LevelCommittee> committees) {
    public Specialty {
        committees = List.copyOf(committees);
    }

    public Optional<LevelCommittee> committee(TitleLevel level) {
        return committees.stream().filter(c -> c.level() == level).findFirst();
    }

    /** A level evaluated here: it has a committee and is not filled by exam. */
    public boolean evaluates(TitleLevel level) {
        return committee(level).filter(c -> !c.examOnly()).isPresent();
    }
}
