package org.zhicheng.api.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param labels       the descriptor's labels in other languages (English beside the Chinese), see {@link #label}
 */
public record Series(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee,
                     SeriesAvailability availability, String pluginBundle, String pluginVersion,
                     List<FileSection> fileSections, List<SeniorityMinimum> seniority, LabelTranslations labels) {

    /** Where a series plugin keeps its declarative descriptor, read by core's extender. */
    public static final String DESCRIPTOR_PATH = "ZH-INF/series.xml";
    /** Where a series plugin keeps its quantified scoring standards. */
    public static final String SCORING_PATH = "ZH-INF/scoring.xml";

    public Series {
        specialties = List.copyOf(specialties);
        Objects.requireNonNull(policy, "policy");
        fileSections = List.copyOf(fileSections);
        seniority = List.copyOf(seniority);
        labels = labels == null ? LabelTranslations.NONE : labels;
    }

    /** A series whose labels are Chinese only (as before 1.4). */
    public Series(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee,
                  SeriesAvailability availability, String pluginBundle, String pluginVersion,
                  List<FileSection> fileSections, List<SeniorityMinimum> seniority) {
        this(code, name, specialties, policy, seniorFee, availability, pluginBundle, pluginVersion, fileSections,
                seniority, LabelTranslations.NONE);
    }

    /**
     * One of this series' descriptor labels (its name, a specialty, a section title, a field label or hint, a scoring
     * item's name: the Chinese text an api record carries) in the locale's language, or as it is without a translation.
     */
    public String label(Locale locale, String chinese) {
        return labels.in(locale, chinese);
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

    /**
     * The series' committees (Annex 5): per specialty, its evaluated levels grouped by organising unit and phone,
     * in the descriptor's order. Derived from the descriptor, so ids stay as long as its rows do.
     */
    public List<Committee> committees() {
        List<Committee> committees = new ArrayList<>();
        for (Specialty specialty : specialties) {
            Map<List<String>, List<TitleLevel>> groups = new LinkedHashMap<>();
            specialty.committees().stream().filter(c -> !c.examOnly()).sorted(Comparator.comparing(LevelCommittee::level))
                    .forEach(c -> groups.computeIfAbsent(List.of(c.organisingUnit(), c.phone()), k -> new ArrayList<>())
                            .add(c.level()));
            String row = code + "." + (specialty.annexRow() > 0 ? Integer.toString(specialty.annexRow())
                    : "n" + Integer.toHexString(specialty.name().hashCode()));
            groups.forEach((unitAndPhone, levels) -> committees.add(new Committee(groups.size() == 1 ? row
                    : row + "." + levels.get(0).name().toLowerCase(Locale.ROOT).replace('_', '-'), code, specialty.name(),
                    specialty.annexRow(), levels, unitAndPhone.get(0), unitAndPhone.get(1))));
        }
        return committees;
    }

    public Optional<Committee> committee(String committeeId) {
        return committees().stream().filter(c -> c.id().equals(committeeId)).findFirst();
    }

    /** The committee that evaluates a file of this series, specialty and level; empty if none does. */
    public Optional<Committee> committeeFor(String specialtyName, TitleLevel level) {
        return committees().stream().filter(c -> c.specialty().equals(specialtyName) && c.evaluates(level)).findFirst();
    }

    public boolean accepting() {
        return availability == SeriesAvailability.ACCEPTING;
    }
}
