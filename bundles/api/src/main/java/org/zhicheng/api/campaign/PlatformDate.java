package org.zhicheng.api.campaign;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the rules see it: the date windows and deadlines are checked against (R-08..R-14), in the prefecture's
 * time zone. {@code configured} when an installation runs on a date of its own (training and demonstration, Config
 * Admin pid {@code org.zhicheng.clock}); otherwise the system date.
 */
public record PlatformDate(LocalDate date, ZoneId zone, boolean configured) {
}
