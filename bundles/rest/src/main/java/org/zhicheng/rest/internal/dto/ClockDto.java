package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.campaign.PlatformDate;

/**
 * Body of {@code GET /api/v1/clock}: the platform's date, its time zone, and whether it is the system date
 * ({@code SYSTEM}, 系统日期) or one configured for training or demonstration ({@code CONFIGURED}, 设定的平台日期).
 */
public record ClockDto(LocalDate date, String zone, Source source, String sourceLabel) {

    public enum Source { SYSTEM, CONFIGURED }

    public static ClockDto of(PlatformDate today) {
        Source source = today.configured() ? Source.CONFIGURED : Source.SYSTEM;
        return new ClockDto(today.date(), today.zone().getId(), source, today.configured() ? "设定的平台日期" : "系统日期");
    }
}
