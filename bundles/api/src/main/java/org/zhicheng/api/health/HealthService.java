package org.zhicheng.api.health;

/** Checks the platform's parts on every call (cheap: one query each, no audit chain verification). */
public interface HealthService {

    Health check();
}
