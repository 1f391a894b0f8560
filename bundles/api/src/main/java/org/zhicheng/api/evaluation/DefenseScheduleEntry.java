package org.zhicheng.api.evaluation;

import java.math.BigDecimal;

import org.zhicheng.api.domain.TitleLevel;

/**
 * One senior file under evaluation on the committee office's defense schedule. The committee office
 * knows the applicants, so the name is shown; experts never see this list. {@code appointment} is null until booked,
 * {@code exemption} null unless the file is exempt, {@code defenseScore} null until the panel scored it.
 */
public record DefenseScheduleEntry(long applicationId, String applicantName, String specialty, TitleLevel level,
                                   DefenseAppointment appointment, DefenseExemption exemption, BigDecimal defenseScore) {

    public boolean booked() {
        return appointment != null;
    }
}
