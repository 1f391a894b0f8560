package org.zhicheng.ui.internal.meeting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.zhicheng.api.document.Document;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.meeting.Recusal;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;

/**
 * The minutes on screen, for the office and the members alike: attendance with names, each recusal (who, from which
 * anonymised candidate, why, declared or found by the platform), each candidate's counts and the result, who signed;
 * and the minutes to download as CSV or as PDF. Only counts: nobody's vote.
 */
class MinutesPanel extends Div {

    private static final long serialVersionUID = 1L;

    /**
     * @param committee the committee as people name it (specialty, levels, unit)
     * @param names     member names by expert id
     */
    MinutesPanel(Minutes minutes, String committee, Map<String, String> names, Supplier<Document> pdf) {
        setId("minutes");
        setWidthFull();
        Meeting meeting = minutes.meeting();
        Paragraph attendance = new Paragraph(getTranslation("meeting.attendance", meeting.members(), meeting.present().size(),
                meeting.recusals().size()) + " " + getTranslation("meeting.presentNames", MinutesExport.present(meeting, names)));
        attendance.setId("minutes-attendance");
        add(attendance);
        Div recusals = new Div();
        recusals.setId("minutes-recusals");
        if (meeting.recusals().isEmpty()) {
            recusals.add(new Paragraph(getTranslation("meeting.noRecusal")));
        }
        for (Recusal recusal : meeting.recusals()) {
            recusals.add(new Paragraph(getTranslation(recusal.derived() ? "meeting.recusalDerived" : "meeting.recusalDeclared",
                    MinutesExport.name(names, recusal.expertId()), MinutesExport.blindCode(minutes, recusal.applicationId()),
                    recusal.reason())));
        }
        add(recusals);
        if (minutes.passRate() != null) {
            add(new Paragraph(getTranslation("meeting.passRateLine", Points.format(minutes.passRate().movePointRight(2)),
                    minutes.passLimit())));
        }
        Grid<Minutes.Tally> tallies = new Grid<>();
        tallies.setId("minutes-tallies");
        tallies.addColumn(Minutes.Tally::blindCode).setHeader(getTranslation("expert.blindCode")).setAutoWidth(true);
        Grid.Column<Minutes.Tally> eligible = tallies.addColumn(Minutes.Tally::eligible)
                .setHeader(getTranslation("meeting.eligible")).setAutoWidth(true);
        tallies.addColumn(Minutes.Tally::yes).setHeader(BallotChoice.YES.officialTerm()).setAutoWidth(true);
        tallies.addColumn(Minutes.Tally::no).setHeader(BallotChoice.NO.officialTerm()).setAutoWidth(true);
        tallies.addColumn(Minutes.Tally::abstain).setHeader(BallotChoice.ABSTAIN.officialTerm()).setAutoWidth(true);
        Grid.Column<Minutes.Tally> notVoted = tallies.addColumn(Minutes.Tally::notVoted)
                .setHeader(getTranslation("meeting.notVoted")).setAutoWidth(true);
        Grid.Column<Minutes.Tally> result = tallies.addColumn(t -> getTranslation(t.passed() == null ? "meeting.tied" : t.passed() ? "meeting.passed"
                : t.passedBallot() ? "meeting.capped" : "meeting.failed")).setHeader(getTranslation("meeting.result")).setAutoWidth(true);
        tallies.setItems(minutes.tallies());
        tallies.setAllRowsVisible(true);
        // a phone shows the result first and leaves out 可投票/未投票 (the attendance line and the counts say them)
        ResponsiveGrid.of(tallies).lead(result).secondary(eligible, notVoted);
        add(tallies);
        if (minutes.signedBy() != null) {
            Paragraph signed = new Paragraph(getTranslation("meeting.signed", MinutesExport.name(names, minutes.signedBy())));
            signed.setId("minutes-signed");
            add(signed);
        }
        String file = "minutes-" + meeting.id();
        byte[] table = MinutesExport.csv(minutes, committee, names).getBytes(StandardCharsets.UTF_8);
        StreamResource csvFile = new StreamResource(file + ".csv", () -> new ByteArrayInputStream(table));
        csvFile.setContentType("text/csv; charset=UTF-8");
        Anchor csv = download(csvFile, "meeting.downloadCsv");
        csv.setId("minutes-csv");
        // the minutes as a document to archive: a PDF made by core (issue 18)
        Anchor minutesPdf = DocumentsPanel.download("minutes-pdf", getTranslation("meeting.downloadPdf"), file + ".pdf", pdf);
        HorizontalLayout downloads = new HorizontalLayout(csv, minutesPdf);
        downloads.getStyle().set("flex-wrap", "wrap");
        add(downloads);
    }

    private Anchor download(StreamResource resource, String key) {
        Anchor anchor = new Anchor(resource, getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
