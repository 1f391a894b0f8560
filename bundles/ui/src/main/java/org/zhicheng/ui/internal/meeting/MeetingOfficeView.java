package org.zhicheng.ui.internal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.IsoDates;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The committee office runs a committee's meetings (issue 14): appoints its members from the series' expert pool
 * (role, title, term), schedules a meeting (date in the meetings window, R-10; place or video room), records attendance
 * and opens it (core refuses without quorum), records recusals, closes voting (the senior pass rate the committee set,
 * R-34) and reads and downloads the minutes, which the chair signs on their own screen. Every act is confirmed; core
 * decides each one; a refusal is shown on the field it concerns. The office never sees a ballot, only counts.
 */
public class MeetingOfficeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "committee/meetings";
    private static final long serialVersionUID = 1L;

    private final transient MeetingService meetings;
    private final transient DocumentService documents;
    private final transient SeriesCatalog catalog;
    private final transient CampaignService campaigns;
    private final ComboBox<Series> series = new ComboBox<>();
    private final ComboBox<Committee> committee = new ComboBox<>();
    private final Div body = new Div();
    private final Div detail = new Div();
    private final Grid<Meeting> list = new Grid<>();
    private final Paragraph noMeeting = new Paragraph();

    public MeetingOfficeView(MeetingService meetings, SeriesCatalog catalog, CampaignService campaigns,
                             DocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
        this.catalog = catalog;
        this.campaigns = campaigns;
        setId("meeting-office");
        series.setLabel(getTranslation("committee.meeting.series"));
        series.setId("office-series");
        series.setItems(catalog.allSeries());
        series.setItemLabelGenerator(Series::name);
        committee.setLabel(getTranslation("committee.meeting.committee"));
        committee.setId("office-committee");
        committee.setItemLabelGenerator(Labels::committee);
        series.addValueChangeListener(event -> committee.setItems(event.getValue() == null ? List.of()
                : event.getValue().committees()));
        committee.addValueChangeListener(event -> showCommittee());
        body.setId("office-body");
        body.setWidthFull();
        detail.setId("office-meeting");
        detail.setWidthFull();
        FormLayout pick = new FormLayout(series, committee);
        add(new H2(getTranslation("office.heading")), new Paragraph(getTranslation("office.intro")), pick, body);
    }

    /** {@code ?committee=<id>} opens that committee (a link from elsewhere, a bookmark). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("committee", List.of()).stream().findFirst()
                .flatMap(catalog::committee).ifPresent(chosen -> {
                    catalog.find(chosen.seriesCode()).ifPresent(series::setValue);
                    committee.setValue(chosen);
                });
    }

    private void showCommittee() {
        body.removeAll();
        detail.removeAll();
        Committee chosen = committee.getValue();
        if (chosen == null) {
            return;
        }
        Actor me = CurrentUser.require();
        Notices.outcome(() -> meetings.members(chosen.id(), me)).ifPresent(members -> {
            body.add(new H3(getTranslation("office.members", members.size())), membersGrid(members), appointment(chosen, members));
            // the chosen meeting right under its row, the form for another meeting after it
            body.add(new H3(getTranslation("office.meetings")), meetingList(chosen), detail, scheduleForm(chosen));
        });
    }

    // ---- members

    private Div membersGrid(List<CommitteeMember> members) {
        Div part = new Div();
        if (members.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("office.noMembers"));
            none.setId("office-no-members");
            part.add(none);
            return part;
        }
        Grid<CommitteeMember> grid = new Grid<>();
        grid.setId("office-members");
        grid.addColumn(m -> m.name() + "（" + m.expertId() + "）").setHeader(getTranslation("office.member")).setAutoWidth(true);
        grid.addColumn(m -> m.role().officialTerm()).setHeader(getTranslation("office.role")).setAutoWidth(true);
        grid.addColumn(m -> m.title().officialTerm()).setHeader(getTranslation("office.title")).setAutoWidth(true);
        grid.addColumn(m -> m.termStart() + " – " + m.termEnd()).setHeader(getTranslation("office.term")).setAutoWidth(true);
        grid.addColumn(CommitteeMember::employer).setHeader(getTranslation("committee.pool.employer")).setAutoWidth(true);
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        ResponsiveGrid.of(grid).secondary(getTranslation("committee.pool.employer"));
        part.add(grid);
        return part;
    }

    /**
     * The pool of the series, one line per expert (wraps on a phone): ticked experts are appointed with their role and
     * title for the one term given; the members now serving come ticked. Appointing replaces the committee.
     */
    private Div appointment(Committee chosen, List<CommitteeMember> current) {
        Div part = new Div();
        part.setId("office-appointment");
        Button toggle = new Button(getTranslation(current.isEmpty() ? "office.appoint" : "office.reappoint"));
        toggle.setId("office-appoint-open");
        Div editor = new Div();
        editor.setVisible(false);
        toggle.addClickListener(click -> {
            editor.setVisible(!editor.isVisible());
            if (editor.isVisible() && editor.getChildren().findAny().isEmpty()) {
                fillEditor(editor, chosen, current);
            }
        });
        part.add(toggle, editor);
        return part;
    }

    private void fillEditor(Div editor, Committee chosen, List<CommitteeMember> current) {
        Actor me = CurrentUser.require();
        List<Expert> pool = Notices.outcome(() -> meetings.pool(chosen.id(), me)).orElse(List.of());
        Map<String, CommitteeMember> serving = current.stream()
                .collect(Collectors.toMap(CommitteeMember::expertId, m -> m, (a, b) -> a, LinkedHashMap::new));
        LocalDate today = campaigns.today();
        DatePicker start = IsoDates.picker(getTranslation("office.termStart"));
        start.setId("office-term-start");
        start.setValue(current.isEmpty() ? today : current.get(0).termStart());
        DatePicker end = IsoDates.picker(getTranslation("office.termEnd"));
        end.setId("office-term-end");
        end.setValue(current.isEmpty() ? today.plusYears(3).minusDays(1) : current.get(0).termEnd());
        end.setHelperText(getTranslation("office.termHelp"));
        editor.add(new Paragraph(getTranslation("office.appointHelp", Labels.committee(chosen), chosen.levels().get(0).officialTerm())),
                new FormLayout(start, end));
        List<Row> rows = new ArrayList<>();
        for (Expert expert : pool) {
            CommitteeMember member = serving.get(expert.id());
            Row row = new Row(expert, member, chosen.levels().get(0));
            rows.add(row);
            editor.add(row.line);
        }
        if (pool.isEmpty()) {
            editor.add(new Paragraph(getTranslation("office.emptyPool")));
            return;
        }
        Span error = new Span();
        error.setId("office-appoint-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button appoint = new Button(getTranslation("office.appointConfirm"), click -> {
            error.setText("");
            FieldErrors.clear(start, end);
            if (start.getValue() == null || end.getValue() == null) {
                FieldErrors.mark(start.getValue() == null ? start : end, getTranslation("office.termRequired"));
                return;
            }
            List<Appointment> chosenMembers = rows.stream().filter(r -> r.pick.getValue())
                    .map(r -> new Appointment(r.expert.id(), r.title.getValue(), r.role.getValue(), start.getValue(), end.getValue()))
                    .toList();
            long chairs = chosenMembers.stream().filter(a -> a.role() == MemberRole.CHAIR).count();
            new ActDialog("appoint", getTranslation("office.appointTitle"), getTranslation("office.appointConsequence",
                    chosenMembers.size(), chairs, start.getValue(), end.getValue()), null, false, none -> {
                try {
                    meetings.appoint(chosen.id(), chosenMembers, CurrentUser.require());
                } catch (ZhichengException refused) {
                    // the reason under the list it concerns; a term's reason also on the term
                    error.setText(Notices.message(refused));
                    if (Refusal.TERM_TOO_LONG.name().equals(refused.code())) {
                        FieldErrors.mark(end, Notices.message(refused));
                    }
                    return true; // the dialog closes; the list stays with the reason under it
                }
                Notices.info(getTranslation("office.appointed", chosenMembers.size()));
                showCommittee();
                return true;
            }).open();
        });
        appoint.setId("office-appoint");
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(error, appoint);
    }

    /** One expert of the pool in the appointment list. */
    private final class Row {
        final Expert expert;
        final Checkbox pick = new Checkbox();
        final ComboBox<MemberRole> role = new ComboBox<>();
        final ComboBox<TitleLevel> title = new ComboBox<>();
        final HorizontalLayout line = new HorizontalLayout();

        Row(Expert expert, CommitteeMember member, TitleLevel required) {
            this.expert = expert;
            pick.setLabel(expert.name() + "（" + expert.id() + "）" + (expert.employer().isBlank() ? "" : " · " + expert.employer()));
            pick.setId("appoint-" + expert.id());
            pick.setValue(member != null);
            role.setItems(MemberRole.values());
            role.setItemLabelGenerator(MemberRole::officialTerm);
            role.setValue(member == null ? MemberRole.MEMBER : member.role());
            role.setId("appoint-role-" + expert.id());
            role.getElement().setAttribute("aria-label", getTranslation("office.role"));
            role.setAllowCustomValue(false);
            title.setItems(TitleLevel.values());
            title.setItemLabelGenerator(TitleLevel::officialTerm);
            title.setValue(member == null ? required : member.title());
            title.setId("appoint-title-" + expert.id());
            title.getElement().setAttribute("aria-label", getTranslation("office.title"));
            title.setAllowCustomValue(false);
            role.setWidth("9em");
            title.setWidth("7em");
            line.add(pick, role, title);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            line.getStyle().set("flex-wrap", "wrap"); // 390 px: role and title go under the name
        }
    }

    // ---- meetings

    private Div meetingList(Committee chosen) {
        Div part = new Div();
        noMeeting.setText(getTranslation("meeting.none"));
        noMeeting.setId("office-no-meeting");
        list.removeAllColumns();
        list.setId("office-meeting-list");
        list.addColumn(m -> m.date().toString()).setHeader(getTranslation("meeting.date")).setAutoWidth(true);
        list.addColumn(m -> getTranslation("grade." + m.grade().name())).setHeader(getTranslation("committee.meeting.grade"))
                .setAutoWidth(true);
        list.addColumn(m -> m.status().officialTerm()).setHeader(getTranslation("meeting.status")).setAutoWidth(true);
        list.addColumn(Meeting::place).setHeader(getTranslation("meeting.place")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        ResponsiveGrid.of(list).secondary(getTranslation("meeting.place"));
        List<Meeting> all = Notices.outcome(() -> meetings.meetings(chosen.id(), CurrentUser.require())).orElse(List.of());
        list.setItems(all);
        list.setVisible(!all.isEmpty());
        noMeeting.setVisible(all.isEmpty());
        list.asSingleSelect().addValueChangeListener(event -> showMeeting(event.getValue()));
        part.add(noMeeting, list);
        return part;
    }

    private VerticalLayout scheduleForm(Committee chosen) {
        LocalDate today = campaigns.today();
        IntegerField year = new IntegerField(getTranslation("office.year"));
        year.setId("schedule-year");
        year.setValue(today.getYear());
        ComboBox<Grade> grade = new ComboBox<>(getTranslation("committee.meeting.grade"));
        grade.setAllowCustomValue(false);
        grade.setId("schedule-grade");
        List<Grade> grades = chosen.levels().stream().map(Grade::of).distinct().toList();
        grade.setItems(grades);
        grade.setItemLabelGenerator(g -> getTranslation("grade." + g.name()));
        grade.setValue(grades.get(0));
        DatePicker date = IsoDates.picker(getTranslation("meeting.date"));
        date.setId("schedule-date");
        campaigns.campaign(today.getYear()).map(Campaign::meetingWindow).ifPresent(window -> {
            date.setHelperText(getTranslation("office.window", window.first(), window.last()));
            date.setValue(today.isBefore(window.first()) ? window.first() : today);
        });
        TextField place = new TextField(getTranslation("office.place"));
        place.setId("schedule-place");
        place.setPlaceholder(getTranslation("office.placeHint"));
        place.setMaxLength(200);
        Button schedule = new Button(getTranslation("office.schedule"), click -> {
            FieldErrors.clear(year, date, place);
            if (year.getValue() == null) {
                FieldErrors.mark(year, getTranslation("office.yearRequired"));
                return;
            }
            if (date.getValue() == null) {
                FieldErrors.mark(date, getTranslation("office.dateRequired"));
                return;
            }
            if (place.getValue().isBlank()) {
                FieldErrors.mark(place, getTranslation("office.placeRequired"));
                return;
            }
            new ActDialog("schedule", getTranslation("office.schedule"), getTranslation("office.scheduleConsequence",
                    date.getValue(), place.getValue().trim(), getTranslation("grade." + grade.getValue().name())), null, false,
                    none -> {
                        Optional<Meeting> done = onField(date, () -> meetings.schedule(chosen.id(), year.getValue(),
                                grade.getValue(), date.getValue(), place.getValue(), CurrentUser.require()));
                        done.ifPresent(this::reload);
                        return true;
                    }).open();
        });
        schedule.setId("schedule-meeting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(year, grade, date, place);
        VerticalLayout part = new VerticalLayout(new Paragraph(getTranslation("office.scheduleHelp")), form, schedule);
        part.setPadding(false);
        part.setId("office-schedule");
        return part;
    }

    /** The list again and the meeting shown, after an act changed it. */
    private void reload(Meeting changed) {
        List<Meeting> all = meetings.meetings(changed.committeeId(), CurrentUser.require());
        list.setItems(all);
        list.setVisible(true);
        noMeeting.setVisible(false);
        all.stream().filter(m -> m.id() == changed.id()).findFirst().ifPresent(m -> {
            list.select(m);
            showMeeting(m);
        });
    }

    private void showMeeting(Meeting chosen) {
        detail.removeAll();
        if (chosen == null) {
            return;
        }
        Actor me = CurrentUser.require();
        Optional<Meeting> fresh = Notices.outcome(() -> meetings.meeting(chosen.id(), me));
        if (fresh.isEmpty()) {
            return;
        }
        Meeting meeting = fresh.get();
        List<CommitteeMember> members = meetings.members(meeting.committeeId(), me);
        Map<String, String> names = members.stream().collect(Collectors.toMap(CommitteeMember::expertId, CommitteeMember::name,
                (a, b) -> a));
        H3 heading = new H3(meeting.date() + " · " + getTranslation("grade." + meeting.grade().name()) + " · "
                + meeting.place() + " · " + meeting.status().officialTerm());
        heading.setId("office-meeting-heading");
        Paragraph next = new Paragraph(nextStep(meeting));
        next.setId("office-next");
        next.getStyle().set("font-weight", "600");
        detail.add(heading, next);
        switch (meeting.status()) {
            case SCHEDULED -> detail.add(attendance(meeting, members));
            case OPEN -> detail.add(openMeeting(meeting, members, names));
            case CLOSED, SIGNED -> Notices.outcome(() -> meetings.minutes(meeting.id(), me)).ifPresent(minutes -> detail.add(
                    new MinutesPanel(minutes, committee.getValue() == null ? meeting.committeeId()
                            : Labels.committee(committee.getValue()), names, () -> documents.minutes(meeting.id(), me))));
            default -> { }
        }
        detail.getElement().executeJs("this.scrollIntoView({block: 'start'})"); // in view when chosen
    }

    /** What comes next and by when: the meetings window's last day bounds every step before signing. */
    private String nextStep(Meeting meeting) {
        String deadline = campaigns.campaign(meeting.year()).map(c -> c.meetingWindow().last().toString()).orElse("—");
        return switch (meeting.status()) {
            case SCHEDULED -> getTranslation("office.next.open", meeting.date(), deadline);
            case OPEN -> getTranslation("office.next.close", deadline);
            case CLOSED -> getTranslation("office.next.sign");
            case SIGNED -> getTranslation("office.next.done");
        };
    }

    /** Attendance: the members whose term covers the day, ticked as they arrive; opening checks the quorum. */
    private VerticalLayout attendance(Meeting meeting, List<CommitteeMember> members) {
        List<CommitteeMember> serving = members.stream().filter(m -> m.servesOn(meeting.date())).toList();
        int needed = (serving.size() * 2 + 2) / 3; // shown as a guide; core decides
        CheckboxGroup<CommitteeMember> present = new CheckboxGroup<>();
        present.setId("office-attendance");
        present.setLabel(getTranslation("office.attendance", serving.size(), needed));
        present.setItems(serving);
        present.setItemLabelGenerator(m -> m.name() + "（" + m.role().officialTerm() + "）");
        Span count = new Span(getTranslation("office.present", 0));
        count.setId("office-present-count");
        present.addValueChangeListener(event -> count.setText(getTranslation("office.present", event.getValue().size())));
        Button open = new Button(getTranslation("office.open"), click -> {
            Set<String> ids = present.getValue().stream().map(CommitteeMember::expertId).collect(Collectors.toSet());
            FieldErrors.clear(present);
            new ActDialog("open", getTranslation("office.open"), getTranslation("office.openConsequence", ids.size(),
                    serving.size()), null, false, none -> {
                onField(present, () -> meetings.open(meeting.id(), ids, CurrentUser.require())).ifPresent(this::reload);
                return true;
            }).open();
        });
        open.setId("office-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout part = new VerticalLayout(present, count, open);
        part.setPadding(false);
        return part;
    }

    /** Voting: the candidates (anonymised), the recusals so far, a recusal to record, and closing with the pass rate. */
    private VerticalLayout openMeeting(Meeting meeting, List<CommitteeMember> members, Map<String, String> names) {
        Actor me = CurrentUser.require();
        Minutes sofar = meetings.minutes(meeting.id(), me);
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.add(new Paragraph(getTranslation("office.candidates", sofar.tallies().size(), sofar.tallies().stream()
                .map(t -> t.blindCode() + "（" + Points.format(t.expertScore()) + "）").collect(Collectors.joining("、")))));
        Div recusals = new Div();
        recusals.setId("office-recusals");
        meeting.recusals().forEach(r -> recusals.add(new Paragraph(getTranslation(r.derived() ? "meeting.recusalDerived"
                : "meeting.recusalDeclared", MinutesExport.name(names, r.expertId()), MinutesExport.blindCode(sofar,
                r.applicationId()), r.reason()))));
        if (meeting.recusals().isEmpty()) {
            recusals.add(new Paragraph(getTranslation("meeting.noRecusal")));
        }
        part.add(new H3(getTranslation("office.recusals")), recusals);
        Select<CommitteeMember> member = new Select<>();
        member.setLabel(getTranslation("office.member"));
        member.setId("recusal-member");
        member.setItems(members.stream().filter(m -> meeting.present().contains(m.expertId())).toList());
        member.setItemLabelGenerator(m -> m.name() + "（" + m.expertId() + "）");
        Select<Minutes.Tally> candidate = new Select<>();
        candidate.setLabel(getTranslation("office.candidate"));
        candidate.setId("recusal-candidate");
        candidate.setItems(sofar.tallies());
        candidate.setItemLabelGenerator(Minutes.Tally::blindCode);
        TextField reason = new TextField(getTranslation("office.recusalReason"));
        reason.setId("recusal-reason");
        reason.setMaxLength(500);
        Button recuse = new Button(getTranslation("office.recuse"), click -> {
            FieldErrors.clear(member, candidate, reason);
            if (member.getValue() == null || candidate.getValue() == null) {
                FieldErrors.mark(member.getValue() == null ? member : candidate, getTranslation("office.chooseRequired"));
                return;
            }
            if (reason.getValue().isBlank()) {
                FieldErrors.mark(reason, getTranslation("office.reasonRequired"));
                return;
            }
            new ActDialog("recuse", getTranslation("office.recuse"), getTranslation("office.recuseConsequence",
                    member.getValue().name(), candidate.getValue().blindCode()), null, false, none -> {
                onField(member, () -> meetings.declareRecusal(meeting.id(), member.getValue().expertId(),
                        candidate.getValue().applicationId(), reason.getValue(), CurrentUser.require())).ifPresent(this::reload);
                return true;
            }).open();
        });
        recuse.setId("office-recuse");
        HorizontalLayout recusalForm = new HorizontalLayout(member, candidate, reason, recuse);
        recusalForm.getStyle().set("flex-wrap", "wrap");
        recusalForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        part.add(recusalForm);
        // the senior pass rate is the committee's decision, entered here; other grades have none
        boolean senior = meeting.grade() == Grade.SENIOR;
        BigDecimalField rate = new BigDecimalField(getTranslation("committee.meeting.passRate"));
        rate.setId("close-pass-rate");
        rate.setVisible(senior);
        rate.setHelperText(getTranslation("office.passRateHelp"));
        Paragraph noRate = new Paragraph(getTranslation("committee.meeting.noPassRate"));
        noRate.setVisible(!senior);
        Button close = new Button(getTranslation("office.close"), click -> {
            FieldErrors.clear(rate);
            if (senior && rate.getValue() == null) {
                FieldErrors.mark(rate, getTranslation("office.passRateRequired"));
                return;
            }
            new ActDialog("close", getTranslation("office.close"), getTranslation("office.closeConsequence"), null, true,
                    none -> {
                        onField(rate, () -> meetings.close(meeting.id(), senior ? rate.getValue() : null, CurrentUser.require()))
                                .ifPresent(minutes -> reload(minutes.meeting()));
                        return true;
                    }).open();
        });
        close.setId("office-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        part.add(new H3(getTranslation("office.closing")), rate, noRate, close);
        return part;
    }

    /** A service call whose refusal is marked on the field it concerns, and shown. */
    private static <T> Optional<T> onField(HasValidation field, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (ZhichengException refused) {
            FieldErrors.mark(field, Notices.message(refused));
            Notices.refused(refused);
        } catch (IllegalArgumentException invalid) {
            FieldErrors.mark(field, invalid.getMessage());
            Notices.error(FieldErrors.inLanguage(invalid.getMessage()));
        }
        return Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.heading") + " - " + getTranslation("app.title");
    }
}
