package org.zhicheng.api.series;

import java.time.Instant;

/**
 * A series plugin whose descriptor or scoring standards were refused on load, with the file, line and
 * item at fault; shown to administrators until the bundle is fixed or removed.
 */
public record PluginRefusal(String pluginBundle, String pluginVersion, String reason, Instant at) {
}
