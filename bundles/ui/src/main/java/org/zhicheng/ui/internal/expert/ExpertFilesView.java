package org.zhicheng.ui.internal.expert;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.ui.internal.file.SeniorityLine;
import org.zhicheng.api.attachment.BlindAttachment;
import org.zhicheng.api.evaluation.AnonymisedFile;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.file.ScanPreview;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.i18n.SeriesLabels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * An expert's files: only those assigned to them, anonymised by core (R-17: a blind code, never a name, ID number,
 * photo or employer), with the scans the applicant masked (never an unmasked one, nor a file name). Scored item by
 * item against the series' standard with a running total; other experts' scores appear only after one's own
 * sheet is in.
 */
public class ExpertFilesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient EvaluationService evaluation;
    private final transient ScoringService scoring;
    private final transient FileContentService content;
    private final transient AttachmentService attachments;
    private final transient CareerService careers;
    /** For the series' labels in the user's language (issue 13). */
    private final transient SeriesCatalog catalog;
    private final Grid<AnonymisedFile> files = new Grid<>();
    private final Div sheet = new Div();

    public ExpertFilesView(EvaluationService evaluation, ScoringService scoring, FileContentService content,
                           AttachmentService attachments, CareerService careers, SeriesCatalog catalog) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.scoring = scoring;
        this.content = content;
        this.attachments = attachments;
        this.careers = careers;
        setId("expert-view");
        Actor me = CurrentUser.require();
        files.setId("expert-files");
        // scored or not: the expert's own sheet is in, or still to do
        files.addColumn(f -> getTranslation(scored(f, me) ? "expert.scored" : "expert.unscored"))
                .setHeader(getTranslation("expert.scoredColumn")).setAutoWidth(true);
        files.addColumn(AnonymisedFile::blindCode).setHeader(getTranslation("expert.blindCode")).setAutoWidth(true);
        files.addColumn(f -> label(f, f.specialty())).setHeader(getTranslation("files.specialty")).setAutoWidth(true);
        files.addColumn(f -> f.level().officialTerm()).setHeader(getTranslation("files.level")).setAutoWidth(true);
        files.addColumn(f -> f.tier().officialTerm()).setHeader(getTranslation("expert.tier")).setAutoWidth(true);
        files.setItems(evaluation.filesFor(me.expertId(), me));
        files.setAllRowsVisible(true);
        files.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        sheet.setId("score-sheet");
        add(new H2(getTranslation("expert.heading")), new Paragraph(getTranslation("expert.intro")), files, sheet);
    }

    private boolean scored(AnonymisedFile file, Actor me) {
        return scoring.scoreSheets(file.applicationId(), me).stream().anyMatch(s -> s.scorer().equals(me.expertId()));
    }

    /** Points within 0 and the item's maximum; anything else is marked on the field and not counted. */
    private static boolean withinItem(BigDecimalField field, ScoringItem item) {
        BigDecimal value = field.getValue();
        return value == null || value.signum() >= 0 && value.compareTo(item.points()) <= 0;
    }

    private void show(AnonymisedFile file) {
        sheet.removeAll();
        if (file == null) {
            return;
        }
        Actor me = CurrentUser.require();
        sheet.add(new H3(file.blindCode() + " · " + label(file, file.specialty()) + " · " + file.level().officialTerm()));
        // the seniority counted to 12-31 of the evaluation year; no identity in it
        Seniority seniority = careers.seniority(file.applicationId(), me);
        sheet.add(SeniorityLine.of(seniority, "expert-seniority"), fileContent(file, me), scans(file, me));
        List<ScoreSheet> visible = scoring.scoreSheets(file.applicationId(), me);
        if (visible.stream().anyMatch(s -> s.scorer().equals(me.expertId()))) {
            sheet.add(new Paragraph(getTranslation("expert.submitted")));
            for (ScoreSheet other : visible) {
                sheet.add(new Paragraph(getTranslation("expert.sheet", other.scorer(), Points.format(other.total()))));
            }
            return;
        }
        Map<String, BigDecimalField> fields = new LinkedHashMap<>();
        Span total = new Span();
        total.setId("score-total");
        // only valid points count: a value above the item's maximum is marked and left out of the total
        java.util.function.Supplier<BigDecimal> counted = () -> fields.values().stream()
                .filter(f -> !f.isInvalid()).map(BigDecimalField::getValue).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Runnable sum = () -> total.setText(getTranslation("expert.total", Points.format(counted.get()),
                Points.format(file.standard().total())));
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        for (ScoringItem item : file.standard().items()) {
            BigDecimalField points = new BigDecimalField(getTranslation("expert.item", getTranslation("category." + item.category().name()), label(file, item.name()),
                    Points.format(item.points())));
            points.setId("score-" + item.id());
            points.setWidthFull();
            points.setHelperText(item.evidence());
            points.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            if (item.computed()) {
                // the platform's points from the seniority; shown, counted in the total, never typed or sent
                points.setValue(item.computedPoints(seniority.yearsInAppointment()));
                points.setReadOnly(true);
                points.setHelperText(getTranslation("career.computedItem", seniority.yearsInAppointment(),
                        Points.format(item.perYear())));
            }
            points.addValueChangeListener(event -> {
                boolean valid = withinItem(points, item);
                points.setInvalid(!valid);
                points.setErrorMessage(valid ? null : getTranslation("expert.aboveMaximum", Points.format(item.points())));
                sum.run();
            });
            fields.put(item.id(), points);
            items.add(points);
        }
        sum.run();
        Button submit = new Button(getTranslation("expert.submit"), click -> {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            fields.forEach((id, field) -> {
                if (!field.isReadOnly()) {
                    points.put(id, field.getValue());
                }
            });
            if (points.values().stream().anyMatch(v -> v == null)) {
                Notices.error(getTranslation("expert.incomplete"));
                return;
            }
            if (fields.values().stream().anyMatch(BigDecimalField::isInvalid)) {
                Notices.error(getTranslation("expert.invalid"));
                return;
            }
            // final: a submitted sheet cannot be changed, so the total is confirmed first
            new ActDialog("score", getTranslation("expert.confirm.title"), getTranslation("expert.confirm.text",
                    file.blindCode(), Points.format(counted.get()), Points.format(file.standard().total())), null, false, none -> {
                        if (Notices.attempt(() -> scoring.submitScoreSheet(file.applicationId(), me, points))) {
                            Notices.info(getTranslation("expert.done"));
                            files.getDataProvider().refreshItem(file);
                            show(file);
                            return true;
                        }
                        return false;
                    }).confirming(getTranslation("expert.confirm.submit")).open();
        });
        submit.setId("score-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sheet.add(new Paragraph(getTranslation("expert.standard", file.standard().year(), file.standard().version())),
                items, total, submit);
    }

    /** What the applicant wrote, without the identity fields core leaves out for experts. */
    private Details fileContent(AnonymisedFile file, Actor me) {
        Map<String, Map<String, String>> values = content.anonymisedValues(file.applicationId(), me);
        VerticalLayout written = new VerticalLayout();
        written.setPadding(false);
        written.setSpacing(false);
        for (FileSection section : content.sections(file.applicationId(), me)) {
            Map<String, String> filled = values.getOrDefault(section.id(), Map.of());
            if (filled.isEmpty()) {
                continue;
            }
            written.add(new H4(label(file, section.title())));
            for (FileField field : section.fields()) {
                String value = filled.get(field.id());
                if (value != null && !field.identity()) {
                    Paragraph line = new Paragraph(label(file, field.label()) + "：" + value);
                    line.getStyle().set("white-space", "pre-wrap").set("margin", "0.2em 0");
                    written.add(line);
                }
            }
        }
        Details details = new Details(getTranslation("expert.content"), written);
        details.setId("expert-content");
        details.setOpened(true);
        return details;
    }

    /**
     * The masked scans by type and number, previewed in place; core lists only masked ones, without file names,
     * and serves an expert only masked ones.
     */
    private Details scans(AnonymisedFile file, Actor me) {
        List<BlindAttachment> masked = attachments.maskedAttachments(file.applicationId(), me);
        Details details = new Details(getTranslation("expert.scans"));
        details.setId("expert-scans");
        details.setOpened(true);
        if (masked.isEmpty()) {
            details.addContent(new Paragraph(getTranslation("expert.scans.none")));
            return details;
        }
        Grid<BlindAttachment> grid = new Grid<>();
        grid.setId("expert-scan-list");
        grid.addColumn(BlindAttachment::label).setHeader(getTranslation("expert.scans.material")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(scan -> ScanPreview.size(scan.size())).setHeader(getTranslation("attachments.size")).setAutoWidth(true);
        Grid.Column<BlindAttachment> previewColumn = grid.addComponentColumn(scan -> {
            Button preview = new Button(getTranslation("attachments.preview"), click -> ScanPreview.open(this, scan.label(),
                    scan.contentType(), ScanPreview.resource("scan-" + scan.id(), scan.contentType(),
                            () -> attachments.content(scan.id(), me))));
            preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            preview.setId("scan-preview-" + scan.id());
            return preview;
        }).setHeader(getTranslation("attachments.actions")).setAutoWidth(true);
        grid.setItems(masked);
        grid.setAllRowsVisible(true);
        ResponsiveGrid.of(grid).lead(previewColumn); // issue 12: the preview first on a phone
        grid.setWidthFull();
        details.setWidthFull();
        details.addContent(grid);
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expert.heading") + " - " + getTranslation("app.title");
    }

    /** A label of the file's series plugin (specialty, section, field, scoring item) in the user's language. */
    private String label(AnonymisedFile file, String chinese) {
        return SeriesLabels.of(catalog.find(file.seriesCode()).orElse(null), chinese);
    }
}
