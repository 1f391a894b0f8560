package org.zhicheng.rest.internal.dto;

import java.util.List;
import java.util.Locale;

import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesPolicy;
import org.zhicheng.api.series.Specialty;
import org.zhicheng.api.domain.TitleLevel;

/**
 * A title series as the public sees it: whether it takes applications now (with the label shown in
 * the UI), its policy, the senior fee, per specialty the committees with organising unit and phone, and the
 * seniority minimums per level. {@code nameEn}: the name in English where the plugin gives one (its
 * ZH-INF/l10n bundles), else the Chinese name; {@code nameUg} the same in Uyghur (issue 19); {@code name} stays the
 * Chinese one that requests name.
 */
public record SeriesDto(String code, String name, SeriesAvailability availability, String availabilityLabel,
                        int seniorFee, Policy policy, List<SpecialtyDto> specialties, List<Seniority> seniority,
                        String nameEn, String nameUg) {

    /** Uyghur (Arabic script, issue 19): the language of the plugins' {@code series_ug.properties}. */
    public static final Locale UYGHUR = Locale.forLanguageTag("ug");

    /** the years a level asks before a file is opened; {@code sample}: not stated by the notice. */
    public record Seniority(TitleLevel level, String levelLabel, int appointedYears, int workYears, boolean sample) {
    }

    public record Policy(boolean privateEnterpriseChannel, boolean highSkillBridge, boolean universitySelfEvaluation,
                         ContinuingEducation continuingEducation) {
    }

    public record ContinuingEducation(ContinuingEducationRule.Source source, int annualHours, int professionalHours,
                                      int years) {
    }

    /** {@code name} is what a new file names (Chinese); {@code nameEn} its English where the plugin gives one. */
    public record SpecialtyDto(String name, List<Committee> committees, String nameEn, String nameUg) {
    }

    public record Committee(TitleLevel level, String levelLabel, String organisingUnit, String phone, boolean examOnly) {
    }

    public static SeriesDto of(Series series) {
        return new SeriesDto(series.code(), series.name(), series.availability(), label(series.availability()),
                series.seniorFee(), policy(series.policy()), series.specialties().stream().map(s -> specialty(series, s)).toList(),
                series.seniority().stream().map(m -> new Seniority(m.level(), m.level().officialTerm(), m.yearsInAppointment(),
                        m.yearsOfWork(), m.sample())).toList(), series.label(Locale.ENGLISH, series.name()),
                series.label(UYGHUR, series.name()));
    }

    public static String label(SeriesAvailability availability) {
        return switch (availability) {
            case ACCEPTING -> "受理中";
            case SUSPENDED -> "暂停受理";
        };
    }

    private static Policy policy(SeriesPolicy policy) {
        ContinuingEducationRule rule = policy.continuingEducation();
        return new Policy(policy.privateEnterpriseChannel(), policy.highSkillBridge(), policy.universitySelfEvaluation(),
                new ContinuingEducation(rule.source(), rule.annualHours(), rule.professionalHours(), rule.years()));
    }

    private static SpecialtyDto specialty(Series series, Specialty specialty) {
        return new SpecialtyDto(specialty.name(), specialty.committees().stream().map(SeriesDto::committee).toList(),
                series.label(Locale.ENGLISH, specialty.name()), series.label(UYGHUR, specialty.name()));
    }

    private static Committee committee(LevelCommittee committee) {
        return new Committee(committee.level(), committee.level().officialTerm(), committee.organisingUnit(),
                committee.phone(), committee.examOnly());
    }
}
