package org.zhicheng.series.engineering.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationRow;
import org.zhicheng.api.service.ApplicationService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;

/**
 * 工程项目业绩审阅: per file of the series this year, the representative project its applicant listed in the file's
 * engineering section (ZH-INF/series.xml, section {@code engineering-projects}), for the department to check the
 * achievements against the criteria. Click a row for the applicant's own description of the technical work.
 *
 * <p>How a department writes such a screen: free Vaadin components only (Grid, layouts, html); data only through
 * api services, which the ui bundle passes to this constructor from the OSGi registry; the logged-in account from the
 * Vaadin session, handed to every call so that core shows only what it covers.
 */
public class PortfolioReviewView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final String SECTION = "engineering-projects";
    /** Enough for a year's files of one series in the prefecture; the department's review queue pages beyond. */
    private static final int MAX_FILES = 500;
    private static final List<String> SCALES = List.of("大型", "中型", "小型");

    /** One file and its project, as the applicant filled it (blank where not filled yet). */
    record Project(long applicationId, String applicant, String levelAndSpecialty, String status, String name,
                   String role, String scale, String investment, String completed, String work) {
    }

    public PortfolioReviewView(ApplicationService applications, FileContentService contents, CampaignService campaigns) {
        Locale locale = getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
        ResourceBundle texts = EngineeringScreen.EngineeringTexts.bundle(locale);
        setId("engineering-portfolio");
        Actor actor = VaadinSession.getCurrent().getAttribute(Actor.class);
        int year = campaigns.today().getYear();
        List<Project> projects = new ArrayList<>();
        for (ApplicationRow row : applications.searchRows(new ApplicationFilter(year, EngineeringScreen.SERIES_CODE,
                null, null), 0, MAX_FILES, actor)) {
            Map<String, String> values = contents.values(row.application().id(), SECTION, actor);
            projects.add(new Project(row.application().id(), row.applicantName(), row.application().level().officialTerm()
                    + " · " + row.application().specialty(), row.application().status().officialTerm(),
                    values.getOrDefault("project-name", ""), values.getOrDefault("role", ""),
                    values.getOrDefault("scale", ""), values.getOrDefault("investment", ""),
                    values.getOrDefault("completed", ""), values.getOrDefault("work", "")));
        }
        add(new H2(texts.getString("view.heading")),
                new Paragraph(MessageFormat.format(texts.getString("view.intro"), String.valueOf(year))),
                summary(projects, texts), grid(projects, texts));
    }

    /** The year at a glance: files, projects by scale, total investment. */
    private static FlexLayout summary(List<Project> projects, ResourceBundle texts) {
        Map<String, Integer> byScale = new TreeMap<>(Comparator.comparingInt(PortfolioReviewView::scaleRank)
                .thenComparing(Comparator.naturalOrder()));
        BigDecimal investment = BigDecimal.ZERO;
        for (Project project : projects) {
            if (!project.scale().isEmpty()) {
                byScale.merge(project.scale(), 1, Integer::sum);
            }
            if (!project.investment().isEmpty()) {
                investment = investment.add(new BigDecimal(project.investment()));
            }
        }
        FlexLayout summary = new FlexLayout();
        summary.setId("engineering-portfolio-summary");
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.getStyle().set("gap", "var(--lumo-space-s)");
        summary.add(badge(MessageFormat.format(texts.getString("summary.files"), String.valueOf(projects.size()))));
        byScale.forEach((scale, count) -> summary.add(badge(scale + " " + count)));
        summary.add(badge(MessageFormat.format(texts.getString("summary.investment"), investment.toPlainString())));
        return summary;
    }

    private static String joined(String first, String second) {
        return first.isEmpty() || second.isEmpty() ? first + second : first + " · " + second;
    }

    /** The descriptor's choices, largest first (ZH-INF/series.xml); anything else after them. */
    private static int scaleRank(String scale) {
        int rank = SCALES.indexOf(scale);
        return rank < 0 ? SCALES.size() : rank;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private static Grid<Project> grid(List<Project> projects, ResourceBundle texts) {
        Grid<Project> grid = new Grid<>();
        grid.setId("engineering-projects");
        // five columns, pairs joined with " · ": the ui fits a grid to a phone by wrapping, not by scrolling sideways
        grid.addColumn(p -> p.applicant() + " · " + p.levelAndSpecialty()).setHeader(texts.getString("column.applicant"))
                .setAutoWidth(true);
        grid.addColumn(Project::status).setHeader(texts.getString("column.status")).setAutoWidth(true);
        grid.addColumn(Project::name).setHeader(texts.getString("column.project")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(p -> joined(p.role(), p.scale())).setHeader(texts.getString("column.roleScale")).setAutoWidth(true);
        grid.addColumn(p -> joined(p.investment(), p.completed())).setHeader(texts.getString("column.investmentCompleted"))
                .setAutoWidth(true);
        // the long text would crowd the table: it opens under the row
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(project -> new Paragraph(
                project.work().isEmpty() ? texts.getString("work.none") : project.work())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(projects);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
