package org.zhicheng.api.series;

import java.util.List;
import java.util.Optional;

/**
 * A title series (系列) as declared by its plugin's descriptor ({@value #DESCRIPTOR_PATH}).
 *
 * @param code        stable identifier, e.g. {@code engineering}
 * @param name        official Chinese name, e.g. 工程系列
 * @param pluginBundle symbolic name of the bundle that declared it
 */
public record Series(String code, String name, List<Specialty> specialties, SeriesAvailability availability,
                     String pluginBundle, String pluginVersion) {

    /** Where a series plugin keeps its declarative descriptor, read by core's extender. */
    public static final String DESCRIPTOR_PATH = "ZH-INF/series.xml";

    public Series {
        specialties = List.copyOf(specialties);
    }

    public Optional<Specialty> specialty(String specialtyName) {
        return specialties.stream().filter(s -> s.name().equals(specialtyName)).findFirst();
    }

    public boolean accepting() {
        return availability == SeriesAvailability.ACCEPTING;
    }
}
