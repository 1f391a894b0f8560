package org.zhicheng.series.health.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.Objects;
import java.util.function.Function;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationRow;
import org.zhicheng.api.service.ApplicationService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;

/**
 * 临床工作量汇总: the yearly workload the series' applicants stated in the file's health section (ZH-INF/series.xml,
 * section {@code clinical-workload}): the mean per figure over the files that state it, and per file with a bar
 * against the largest, for the department to see whose figures stand out before it reviews them.
 *
 * <p>Built like any department screen: free Vaadin components (Grid, layouts, html, a bar made of two divs), data only
 * through api services passed to the constructor, the account from the Vaadin session on every call.
 */
public class ClinicalWorkloadView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final String SECTION = "clinical-workload";
    /** Enough for a year's files of one series in the prefecture. */
    private static final int MAX_FILES = 500;

    /** One file's stated yearly figures; null where the applicant left a field empty. */
    record Workload(String applicant, String level, String status, Long outpatients, Long operations, Long discharged) {
    }

    public ClinicalWorkloadView(ApplicationService applications, FileContentService contents, CampaignService campaigns) {
        Locale locale = getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
        ResourceBundle texts = HealthScreen.texts(locale);
        setId("health-workload");
        Actor actor = VaadinSession.getCurrent().getAttribute(Actor.class);
        int year = campaigns.today().getYear();
        List<Workload> files = new ArrayList<>();
        for (ApplicationRow row : applications.searchRows(new ApplicationFilter(year, HealthScreen.SERIES_CODE, null, null),
                0, MAX_FILES, actor)) {
            Map<String, String> values = contents.values(row.application().id(), SECTION, actor);
            files.add(new Workload(row.applicantName(), row.application().level().officialTerm(),
                    row.application().status().officialTerm(), number(values.get("outpatients")),
                    number(values.get("operations")), number(values.get("discharged"))));
        }
        add(new H2(texts.getString("view.heading")),
                new Paragraph(MessageFormat.format(texts.getString("view.intro"), String.valueOf(year))));
        FlexLayout means = new FlexLayout();
        means.setId("health-workload-means");
        means.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        means.getStyle().set("gap", "var(--lumo-space-s)");
        means.add(badge(MessageFormat.format(texts.getString("mean.files"), String.valueOf(files.size()))));
        means.add(badge(mean(texts.getString("column.outpatients"), files, Workload::outpatients, texts)));
        means.add(badge(mean(texts.getString("column.operations"), files, Workload::operations, texts)));
        means.add(badge(mean(texts.getString("column.discharged"), files, Workload::discharged, texts)));
        add(means, new H3(texts.getString("view.perFile")), grid(files, texts));
    }

    private static Grid<Workload> grid(List<Workload> files, ResourceBundle texts) {
        long most = files.stream().map(Workload::outpatients).filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
        Grid<Workload> grid = new Grid<>();
        grid.setId("health-workload-files");
        // three columns, the file's facts and two figures joined: the bar keeps its width on a phone (the ui wraps only
        // text columns), so the text columns must leave it room within 390 px
        grid.addColumn(w -> w.applicant() + " · " + w.level() + " · " + w.status())
                .setHeader(texts.getString("column.applicant")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(w -> bar(w.outpatients(), most)).setHeader(texts.getString("column.outpatients"))
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(w -> text(w.operations()) + " / " + text(w.discharged()))
                .setHeader(texts.getString("column.operations") + " / " + texts.getString("column.discharged"))
                .setAutoWidth(true);
        grid.setItems(files);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The figure, with a bar as long as its share of the largest: no chart component needed. */
    private static Div bar(Long value, long most) {
        Div fill = new Div();
        int percent = value == null || most == 0 ? 0 : (int) Math.round(100.0 * value / most);
        fill.getStyle().set("width", percent + "%").set("height", "0.4em").set("background", "var(--lumo-primary-color)")
                .set("border-radius", "var(--lumo-border-radius-s)");
        Div cell = new Div(new Span(text(value)), fill);
        cell.setWidthFull();
        return cell;
    }

    /** The mean over the files that state the figure (one without it is not a zero), written as typed: no grouping. */
    private static String mean(String label, List<Workload> files, Function<Workload, Long> figure, ResourceBundle texts) {
        OptionalDouble mean = files.stream().map(figure).filter(Objects::nonNull).mapToLong(Long::longValue).average();
        return label + " " + (mean.isPresent() ? MessageFormat.format(texts.getString("mean.value"),
                String.valueOf(Math.round(mean.getAsDouble()))) : texts.getString("mean.none"));
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Math.round(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return null; // core accepts numbers only; a value it no longer reads as one is left out, not guessed
        }
    }

    private static String text(Long value) {
        return value == null ? "—" : value.toString();
    }
}
