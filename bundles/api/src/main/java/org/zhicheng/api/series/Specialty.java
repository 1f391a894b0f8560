package org.zhicheng.api.series;

import java.util.List;

/** A specialty (专业) of a series and the committees that evaluate its levels. */
public record Specialty(String name, List<LevelCommittee> committees) {
    public Specialty {
        committees = List.copyOf(committees);
    }
}
