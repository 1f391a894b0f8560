package org.zhicheng.api.education;

import java.util.List;

/**
 * Whether an application meets the continuing-education requirement of its series and year, and if not, what
 * is missing, year by year, in words the applicant understands.
 */
public record EducationCheck(boolean satisfied, List<Integer> yearsChecked, List<String> shortfalls) {
    public EducationCheck {
        yearsChecked = List.copyOf(yearsChecked);
        shortfalls = List.copyOf(shortfalls);
    }
}
