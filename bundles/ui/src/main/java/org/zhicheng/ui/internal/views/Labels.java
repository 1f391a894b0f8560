package org.zhicheng.ui.internal.views;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.DefenseAppointment;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.i18n.SeriesLabels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/** Names shown for codes. */
public final class Labels {

    private Labels() {
    }

    /** The columns every list of files shows: series, specialty, level and status, in the user's language. */
    public static void fileColumns(Grid<Application> grid, SeriesCatalog catalog) {
        fileColumns(grid, Function.identity(), catalog);
    }

    /** The same columns for a grid whose rows carry a file (a review queue's rows carry the applicant's name too). */
    public static <T> void fileColumns(Grid<T> grid, Function<T, Application> file, SeriesCatalog catalog) {
        Grid.Column<T> series = grid.addColumn(row -> series(catalog, file.apply(row).seriesCode()))
                .setHeader(grid.getTranslation("files.series")).setAutoWidth(true);
        grid.addColumn(row -> specialty(catalog, file.apply(row))).setHeader(grid.getTranslation("files.specialty")).setAutoWidth(true);
        grid.addColumn(row -> Terms.of(file.apply(row).level(), file.apply(row).level().officialTerm())).setHeader(grid.getTranslation("files.level"))
                .setAutoWidth(true);
        Grid.Column<T> status = grid.addColumn(row -> grid.getTranslation("status." + file.apply(row).status().name()))
                .setHeader(grid.getTranslation("files.status")).setAutoWidth(true);
        // issue 12: on a phone a list of files leads with the status; the specialty names the series well enough
        ResponsiveGrid.of(grid).lead(status).secondary(series);
    }

    /** A defense booking as the committee office and the applicant read it: day and time, length, room or video room. */
    public static String defense(Component in, DefenseAppointment appointment) {
        return in.getTranslation(appointment.online() ? "defense.describe.online" : "defense.describe.room",
                DateTimeFormatter.ofPattern(in.getTranslation("defense.timePattern")).format(appointment.startsAt()), appointment.minutes(), appointment.place());
    }

    /** The series' name, or its code when its plugin is not installed now (the file keeps its data). */
    public static String series(SeriesCatalog catalog, String code) {
        return catalog.find(code).map(SeriesLabels::name).orElse(code);
    }

    /** The file's specialty in the user's language (its series plugin may give it in English). */
    public static String specialty(SeriesCatalog catalog, Application file) {
        return SeriesLabels.of(catalog.find(file.seriesCode()).orElse(null), file.specialty());
    }

    /** A committee as Annex 5 names it: specialty, the levels it evaluates and its organising unit. */
    public static String committee(Committee committee) {
        return committee.specialty() + " · " + String.join("、", committee.levels().stream().map(TitleLevel::officialTerm).toList())
                + " · " + committee.organisingUnit();
    }

    /** The platform date an act counted on; a dash for entries recorded before it was kept. */
    public static String platformDate(LocalDate date) {
        return date == null ? "—" : date.toString();
    }
}
