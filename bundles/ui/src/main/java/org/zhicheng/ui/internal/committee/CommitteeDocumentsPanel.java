package org.zhicheng.ui.internal.committee;

import java.util.List;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.views.Labels;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The committee office's documents of a committee and year (issue 18): the qualification document and the
 * result publicity list, as PDF made by core, which checks that the office organises the committee.
 */
class CommitteeDocumentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final ComboBox<Series> series = new ComboBox<>();
    private final ComboBox<Committee> committee = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Div links = new Div();

    CommitteeDocumentsPanel(DocumentService documents, SeriesCatalog catalog, CampaignService campaigns, Actor me) {
        setId("committee-documents");
        setPadding(false);
        series.setLabel(getTranslation("committee.meeting.series"));
        series.setId("documents-series");
        series.setItems(catalog.allSeries().stream()
                .filter(s -> me.seriesCodes().isEmpty() || me.seriesCodes().contains(s.code())).toList());
        series.setItemLabelGenerator(Series::name);
        committee.setLabel(getTranslation("committee.meeting.committee"));
        committee.setId("documents-committee");
        committee.setItemLabelGenerator(Labels::committee);
        series.addValueChangeListener(event -> committee.setItems(event.getValue() == null ? List.of()
                : event.getValue().committees()));
        year.setLabel(getTranslation("office.year"));
        year.setId("documents-year");
        year.setValue(campaigns.today().getYear());
        year.setMin(2000);
        year.setMax(2100);
        links.setId("committee-document-links");
        committee.addValueChangeListener(event -> refresh(documents, me));
        year.addValueChangeListener(event -> refresh(documents, me));
        HorizontalLayout fields = new HorizontalLayout(series, committee, year);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("flex-wrap", "wrap");
        add(new Paragraph(getTranslation("committee.documents.intro")), fields, links);
        refresh(documents, me);
    }

    /** The links of the chosen committee and year; none until both are chosen (a year out of range included). */
    private void refresh(DocumentService documents, Actor me) {
        links.removeAll();
        Committee chosen = committee.getValue();
        Integer y = year.getValue();
        if (chosen == null || y == null || y < 2000 || y > 2100) {
            links.add(new Paragraph(getTranslation("committee.documents.choose")));
            return;
        }
        VerticalLayout anchors = new VerticalLayout(
                DocumentsPanel.download("doc-qualification", getTranslation("committee.documents.qualification"),
                        "qualification-" + chosen.id() + "-" + y + ".pdf", () -> documents.qualificationDocument(chosen.id(), y, me)),
                DocumentsPanel.download("doc-result-publicity", getTranslation("committee.documents.publicity"),
                        "result-publicity-" + chosen.id() + "-" + y + ".pdf", () -> documents.resultPublicity(chosen.id(), y, me)));
        anchors.setPadding(false);
        links.add(anchors);
    }
}
