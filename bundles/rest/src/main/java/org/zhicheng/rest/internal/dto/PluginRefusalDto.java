package org.zhicheng.rest.internal.dto;

import java.time.Instant;

import org.zhicheng.api.series.PluginRefusal;

/** A series plugin core refused to load, with the reason (file, line, standard or item). */
public record PluginRefusalDto(String pluginBundle, String pluginVersion, String reason, Instant at) {

    public static PluginRefusalDto of(PluginRefusal r) {
        return new PluginRefusalDto(r.pluginBundle(), r.pluginVersion(), r.reason(), r.at());
    }
}
