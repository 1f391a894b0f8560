package org.zhicheng.ui.internal.committee;

import org.zhicheng.api.domain.TextLimits;
import java.util.Comparator;
import java.util.List;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.FieldErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Filings with the higher HR authority: the year's pre-filing by its deadline, each meeting's pre-meeting
 * filing 3 to 5 days before it, and the post-filing within 5 days of the qualification documents; core refuses a
 * filing out of its window with the reason.
 */
class FilingsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CertificateService certificates;
    private final transient Actor actor;
    private final Grid<FilingRecord> filings = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();

    FilingsPanel(CertificateService certificates, CampaignService campaigns, SeriesCatalog catalog, Actor actor) {
        this.certificates = certificates;
        this.actor = actor;
        setPadding(false);
        setId("filings-panel");
        year.setLabel(getTranslation("filing.year"));
        year.setId("filing-year");
        EvaluationYears.offer(year, campaigns);
        year.addValueChangeListener(event -> refresh());

        ComboBox<FilingRecord.Kind> kind = new ComboBox<>(getTranslation("filing.kind"));
        kind.setId("filing-kind");
        kind.setItems(FilingRecord.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("filing.kind." + k.name()));
        ComboBox<Series> series = new ComboBox<>(getTranslation("filing.series"));
        series.setId("filing-series");
        series.setItems(catalog.allSeries().stream().sorted(Comparator.comparing(Series::name)).toList());
        series.setItemLabelGenerator(Series::name);
        DatePicker meetingDate = new DatePicker(getTranslation("filing.meetingDate"));
        meetingDate.setId("filing-meeting-date");
        meetingDate.setHelperText(getTranslation("filing.meetingDate.help"));
        TextField note = new TextField(getTranslation("filing.note"));
        note.setMaxLength(TextLimits.REASON);
        note.setId("filing-note");
        kind.addValueChangeListener(event -> meetingDate.setEnabled(event.getValue() == FilingRecord.Kind.PRE_MEETING));
        Button file = new Button(getTranslation("filing.submit"), click -> {
            if (year.getValue() == null || kind.getValue() == null || series.getValue() == null) {
                Notices.error(getTranslation("filing.incomplete"));
                return;
            }
            if (FieldErrors.attempt(() -> certificates.file(kind.getValue(), year.getValue(), series.getValue().code(),
                    kind.getValue() == FilingRecord.Kind.PRE_MEETING ? meetingDate.getValue() : null, actor, note.getValue()),
                    java.util.Map.of("note", note))) {
                Notices.info(getTranslation("filing.done"));
                note.clear();
                refresh();
            }
        });
        file.setId("filing-submit");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, series, meetingDate, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        filings.setId("filings");
        filings.addColumn(f -> getTranslation("filing.kind." + f.kind().name())).setHeader(getTranslation("filing.kind"))
                .setAutoWidth(true);
        filings.addColumn(f -> Labels.series(catalog, f.seriesCode())).setHeader(getTranslation("filing.series")).setAutoWidth(true);
        filings.addColumn(f -> f.meetingDate() == null ? "" : f.meetingDate().toString()).setHeader(getTranslation("filing.meetingDate"))
                .setAutoWidth(true);
        filings.addColumn(f -> f.filedOn().toString()).setHeader(getTranslation("filing.filedOn")).setAutoWidth(true);
        filings.addColumn(FilingRecord::filedBy).setHeader(getTranslation("filing.filedBy")).setAutoWidth(true);
        filings.addColumn(FilingRecord::note).setHeader(getTranslation("filing.note")).setFlexGrow(1);
        filings.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("filing.rules")), year, form, file, filings);
        refresh();
    }

    private void refresh() {
        filings.setItems(year.getValue() == null ? List.of() : certificates.filings(year.getValue(), actor));
    }
}
