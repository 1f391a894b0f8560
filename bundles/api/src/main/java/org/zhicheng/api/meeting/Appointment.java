package org.zhicheng.api.meeting;

import java.time.LocalDate;
import java.util.Objects;

import org.zhicheng.api.domain.TitleLevel;

/**
 * One member appointed to a committee: an expert of the pool, the title they hold, their place and their term.
 */
public record Appointment(String expertId, TitleLevel title, MemberRole role, LocalDate termStart, LocalDate termEnd) {
    public Appointment {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(title, "title");
        role = role == null ? MemberRole.MEMBER : role;
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
    }
}
