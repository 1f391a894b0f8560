package org.zhicheng.api.domain;

import java.time.LocalDate;

/**
 * The employer's publicity of a file inside the unit: from the day the employer approved it, for at
 * least the year's number of working days; objections stop it from going on until they are resolved.
 *
 * @param employerOpinion the employer's explicit opinion on truth, completeness and currency of the file
 */
public record Publicity(LocalDate firstDay, LocalDate lastDay, String employerOpinion, int openObjections) {
}
