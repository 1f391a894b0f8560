package org.zhicheng.ui.internal.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.BallotPaper;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A committee member's meetings: their own secret ballot paper (each candidate anonymised with the experts' scores;
 * yes, no or abstain, final once cast; none for a candidate they are recused from), and after voting closes the
 * minutes' counts, which the presiding member (chair or vice-chair) signs. Core decides every act.
 */
public class MemberMeetingView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "expert/meetings";
    private static final long serialVersionUID = 1L;

    private final transient MeetingService meetings;
    private final transient DocumentService documents;
    private final transient SeriesCatalog catalog;
    private final Grid<Meeting> list = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div detail = new Div();

    public MemberMeetingView(MeetingService meetings, SeriesCatalog catalog, DocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
        this.catalog = catalog;
        setId("member-meetings");
        Actor me = CurrentUser.require();
        list.setId("meeting-list");
        list.addColumn(m -> m.date().toString()).setHeader(getTranslation("meeting.date")).setAutoWidth(true);
        list.addColumn(m -> specialty(catalog, m.committeeId())).setHeader(getTranslation("meeting.committee")).setAutoWidth(true);
        list.addColumn(m -> m.status().officialTerm()).setHeader(getTranslation("meeting.status")).setAutoWidth(true);
        list.addColumn(Meeting::place).setHeader(getTranslation("meeting.place")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        empty.setText(getTranslation("meeting.none"));
        empty.setId("meeting-none");
        showList(meetings.myMeetings(me));
        list.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        detail.setId("meeting-detail");
        detail.setWidthFull();
        add(new H2(getTranslation("meeting.heading")), new Paragraph(getTranslation("meeting.intro")), empty, list, detail);
    }

    /** The meetings, or a line saying there is none yet rather than an empty grid. */
    private void showList(List<Meeting> mine) {
        list.setItems(mine);
        list.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    /** The committee by its specialty, as members know it; the id only for a committee no longer in the catalogue. */
    static String specialty(SeriesCatalog catalog, String committeeId) {
        return catalog.committee(committeeId).map(Committee::specialty).orElse(committeeId);
    }

    private void show(Meeting meeting) {
        detail.removeAll();
        if (meeting == null) {
            return;
        }
        Actor me = CurrentUser.require();
        Meeting current = meetings.meeting(meeting.id(), me);
        detail.add(new H3(specialty(catalog, current.committeeId()) + " · " + current.date() + " · " + current.status().officialTerm()));
        if (current.status() == MeetingStatus.OPEN) {
            Notices.outcome(() -> meetings.ballot(current.id(), me)).ifPresent(paper -> detail.add(ballot(current, paper)));
        } else if (current.status() == MeetingStatus.CLOSED || current.status() == MeetingStatus.SIGNED) {
            detail.add(minutes(meetings.minutes(current.id(), me), me));
        } else {
            detail.add(new Paragraph(getTranslation("meeting.notOpen")));
        }
    }

    /** The list and the meeting shown again after an act, so that its status is current in both. */
    private void refresh(long meetingId) {
        List<Meeting> mine = meetings.myMeetings(CurrentUser.require());
        showList(mine);
        mine.stream().filter(m -> m.id() == meetingId).findFirst().ifPresentOrElse(list::select, () -> show(null));
    }

    private Div ballot(Meeting meeting, BallotPaper paper) {
        Div lines = new Div();
        lines.setId("ballot");
        for (BallotPaper.Line line : paper.lines()) {
            HorizontalLayout row = new HorizontalLayout();
            row.getStyle().set("flex-wrap", "wrap"); // 390 px: the buttons go under the candidate
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.setId("ballot-" + line.applicationId());
            row.add(new Span(line.blindCode() + " · " + line.specialty() + " · " + line.level().officialTerm() + " · "
                    + getTranslation("meeting.scores", Points.format(line.expertScore()),
                    line.defenseScore() == null ? "—" : Points.format(line.defenseScore()))));
            if (line.recused()) {
                row.add(state(line, "meeting.recused"));
            } else if (line.voted()) {
                row.add(state(line, "meeting.voted"));
            } else {
                for (BallotChoice choice : BallotChoice.values()) {
                    Button button = new Button(choice.officialTerm(), click -> confirmVote(meeting, line, choice));
                    button.setId("vote-" + line.applicationId() + "-" + choice.name().toLowerCase());
                    if (choice == BallotChoice.YES) {
                        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    }
                    row.add(button);
                }
                Button recuse = new Button(getTranslation("meeting.recuseSelf"), click -> confirmRecusal(meeting, line));
                recuse.setId("recuse-" + line.applicationId());
                recuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(recuse);
            }
            lines.add(row);
        }
        return lines;
    }

    private Span state(BallotPaper.Line line, String key) {
        Span state = new Span(getTranslation(key));
        state.setId("ballot-state-" + line.applicationId());
        return state;
    }

    /** A ballot is final: confirmed first. */
    private void confirmVote(Meeting meeting, BallotPaper.Line line, BallotChoice choice) {
        new ActDialog("vote", getTranslation("meeting.voteTitle", line.blindCode()),
                getTranslation("meeting.voteConsequence", choice.officialTerm()), null, false, text -> {
            boolean done = Notices.attempt(() -> meetings.cast(meeting.id(), line.applicationId(), choice, CurrentUser.require()));
            refresh(meeting.id());
            return done;
        }).open();
    }

    /**
     * The member's own recusal (a conflict the data does not show, e.g. a relative): with the reason, for the minutes;
     * it takes their ballot on the candidate, and the two thirds are then counted without them (core).
     */
    private void confirmRecusal(Meeting meeting, BallotPaper.Line line) {
        new ActDialog("recuse-self", getTranslation("meeting.recuseSelfTitle", line.blindCode()),
                getTranslation("meeting.recuseSelfConsequence"), getTranslation("meeting.recuseSelfReason"), false, reason -> {
            Actor me = CurrentUser.require();
            boolean done = Notices.attempt(() -> meetings.declareRecusal(meeting.id(), me.expertId(), line.applicationId(),
                    reason, me));
            refresh(meeting.id());
            return done;
        }).open();
    }

    private Div minutes(Minutes minutes, Actor me) {
        Div block = new Div();
        block.add(new MinutesPanel(minutes, catalog.committee(minutes.meeting().committeeId()).map(Labels::committee)
                .orElse(minutes.meeting().committeeId()), names(meetings, minutes.meeting().committeeId(), me),
                () -> documents.minutes(minutes.meeting().id(), me)));
        if (minutes.signedBy() != null) {
            return block;
        }
        // the presiding member signs; core refuses anyone else
        List<Checkbox> tied = new ArrayList<>();
        if (!minutes.tiedAtCap().isEmpty()) {
            block.add(new Paragraph(getTranslation("meeting.tieChoose", minutes.tiedAtCap().size(), minutes.seatsForTied())));
            minutes.tallies().stream().filter(t -> minutes.tiedAtCap().contains(t.applicationId())).forEach(t -> {
                Checkbox box = new Checkbox(t.blindCode());
                box.setId("tie-" + t.applicationId());
                box.getElement().setProperty("applicationId", String.valueOf(t.applicationId()));
                tied.add(box);
                block.add(box);
            });
        }
        Button sign = new Button(getTranslation("meeting.sign"), click -> new ActDialog("sign", getTranslation("meeting.sign"),
                getTranslation("meeting.signConsequence"), null, false, text -> {
            List<Long> winners = tied.stream().filter(Checkbox::getValue)
                    .map(box -> Long.valueOf(box.getElement().getProperty("applicationId"))).toList();
            boolean done = Notices.attempt(() -> meetings.sign(minutes.meeting().id(), winners, CurrentUser.require()));
            refresh(minutes.meeting().id());
            return done;
        }).open());
        sign.setId("sign-minutes");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        block.add(sign);
        return block;
    }

    /** Member names by expert id, for attendance, recusals and the signature. */
    static Map<String, String> names(MeetingService meetings, String committeeId, Actor actor) {
        return meetings.members(committeeId, actor).stream()
                .collect(Collectors.toMap(CommitteeMember::expertId, CommitteeMember::name, (a, b) -> a));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.heading") + " - " + getTranslation("app.title");
    }
}
