package org.zhicheng.api.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.file.FileSection;

/**
 * A title series (系列) as declared by its plugin's descriptor ({@value #DESCRIPTOR_PATH}).
 *
 * @param code         stable identifier, e.g. {@code engineering}
 * @param name         official Chinese name, e.g. 工程系列
 * @param policy       channels, bridge, self-evaluation, continuing education
 * @param seniorFee    evaluation fee in yuan for 正高/副高, set by the series within the prefecture's range
 * @param pluginBundle symbolic name of the bundle that declared it
 * @param fileSections the series' own sections of the applicant's file, after core's common ones
 * @param seniority    the years asked per level before a file is opened, at most one per level
 */
public record Series(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee,
                     SeriesAvailability availability, String pluginBundle, String pluginVersion,
                     List<FileSection> fileSections, List<SeniorityMinimum> seniority) {

    /** Where a series plugin keeps its declarative descriptor, read by core's extender. */
    public static final String DESCRIPTOR_PATH = "ZH-INF/series.xml";
    /** Where a series plugin keeps its quantified scoring standards. */
    public static final String SCORING_PATH = "ZH-INF/scoring.xml";

    public Series {
        specialties = List.copyOf(specialties);
        Objects.requireNonNull(policy, "policy");
        fileSections = List.copyOf(fileSections);
        seniority = List.copyOf(seniority);
    }

    /** A series that asks no years (as before 1.3). */
    public Series(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee,
                  SeriesAvailability availability, String pluginBundle, String pluginVersion,
                  List<FileSection> fileSections) {
        this(code, name, specialties, policy, seniorFee, availability, pluginBundle, pluginVersion, fileSections, List.of());
    }

    /** the years asked for the level, if the series asks any. */
    public Optional<SeniorityMinimum> seniorityFor(TitleLevel level) {
        return seniority.stream().filter(m -> m.level() == level).findFirst();
    }

    /** A series without sections of its own (as before 1.2). */
    public Series(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee,
                  SeriesAvailability availability, String pluginBundle, String pluginVersion) {
        this(code, name, specialties, policy, seniorFee, availability, pluginBundle, pluginVersion, List.of(), List.of());
    }

    public Optional<Specialty> specialty(String specialtyName) {
        return specialties.stream().filter(s -> s.name().equals(specialtyName)).findFirst();
    }

    public boolean accepting() {
        return availability == SeriesAvailability.ACCEPTING;
    }
}
