package org.zhicheng.core.internal.campaign;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * The real campaign registry, configured as Config Admin would configure it: annotation-typed configurations
 * whose values are the annotation's defaults unless given.
 */
public final class TestCampaigns {

    private TestCampaigns() {
    }

    /** A registry with the given years at the 2023 notice's values, on the given platform date. */
    public static CampaignRegistry registry(String today, int... years) {
        CampaignRegistry registry = new CampaignRegistry(configuration(ClockConfiguration.class, Map.of("date", today)));
        for (int year : years) {
            registry.addCampaign(new ConfiguredCampaign(configuration(CampaignConfiguration.class, Map.of("year", year))));
        }
        return registry;
    }

    /** Moves the platform date, as an administrator editing org.zhicheng.clock would. */
    public static void setToday(CampaignRegistry registry, String today) {
        registry.modified(configuration(ClockConfiguration.class, Map.of("date", today)));
    }

    public static <A> A configuration(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            throw new IllegalStateException("no value for " + method.getName());
        }));
    }
}
