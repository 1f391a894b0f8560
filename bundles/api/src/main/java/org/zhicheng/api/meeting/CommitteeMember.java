package org.zhicheng.api.meeting;

import java.time.LocalDate;

import org.zhicheng.api.domain.TitleLevel;

/** A member of a committee (Annex 5 row, {@code Committee#id()}), with the expert's name and unit from the pool. */
public record CommitteeMember(String committeeId, String expertId, String name, String employer, TitleLevel title,
                              MemberRole role, LocalDate termStart, LocalDate termEnd) {

    /** Whether the term covers the day. */
    public boolean servesOn(LocalDate day) {
        return !day.isBefore(termStart) && !day.isAfter(termEnd);
    }
}
