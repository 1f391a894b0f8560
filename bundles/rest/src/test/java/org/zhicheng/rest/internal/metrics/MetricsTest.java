package org.zhicheng.rest.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Issue 17: what Prometheus reads, from Micrometer's own registry (no hand-made counters). */
class MetricsTest {

    @Test
    void scrapesRequestsPerEndpointAndOpenSessionsAsPrometheusText() {
        Metrics metrics = new Metrics();
        try {
            metrics.requests("HealthResource.check", "GET", 200).record(Duration.ofMillis(12));
            metrics.requests("HealthResource.check", "GET", 200).record(Duration.ofMillis(8));
            metrics.requests("AuditResource.search", "GET", 403).record(Duration.ofMillis(3));
            metrics.sessionCreated();
            metrics.sessionCreated();
            metrics.sessionDestroyed();

            String text = metrics.scrape();

            assertTrue(text.contains("zhicheng_rest_requests_seconds_count{endpoint=\"HealthResource.check\",method=\"GET\",status=\"200\"} 2"), text);
            assertTrue(text.contains("zhicheng_rest_requests_seconds_sum{endpoint=\"HealthResource.check\",method=\"GET\",status=\"200\"} 0.02"), text);
            assertTrue(text.contains("zhicheng_rest_requests_seconds_count{endpoint=\"AuditResource.search\",method=\"GET\",status=\"403\"} 1"), text);
            assertTrue(text.contains("zhicheng_http_sessions_active 1.0"), text);
            assertTrue(text.contains("# TYPE zhicheng_db_pool_active gauge"), text);
        } finally {
            metrics.stop();
        }
    }
}
