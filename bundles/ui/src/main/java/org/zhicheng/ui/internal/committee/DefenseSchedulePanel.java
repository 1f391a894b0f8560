package org.zhicheng.ui.internal.committee;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.evaluation.DefenseAppointment;
import org.zhicheng.api.evaluation.DefenseScheduleEntry;
import org.zhicheng.api.evaluation.DefenseScheduling;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * The defense schedule of one series and year (R-22): every senior file under evaluation, booked a day, time and
 * room, or a video meeting room when the department holds the defense online; the panel's score is recorded from
 * here after the hearing. Exempt files (R-23) are listed but not booked. Core refuses a taken room or a past day.
 */
class DefenseSchedulePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_MINUTES = 30;

    private final transient DefenseScheduling scheduling;
    private final transient EvaluationService evaluation;
    private final transient Actor actor;
    private final ComboBox<Series> series = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<DefenseScheduleEntry> schedule = new Grid<>();
    private final Div booking = new Div();

    DefenseSchedulePanel(DefenseScheduling scheduling, EvaluationService evaluation, CampaignService campaigns,
                         SeriesCatalog catalog, Actor actor) {
        this.scheduling = scheduling;
        this.evaluation = evaluation;
        this.actor = actor;
        setPadding(false);
        setId("defense-panel");
        series.setLabel(getTranslation("defense.series"));
        series.setId("defense-series");
        series.setItems(catalog.allSeries().stream().sorted(Comparator.comparing(Series::name)).toList());
        series.setItemLabelGenerator(Series::name);
        series.addValueChangeListener(event -> refresh(null));
        year.setLabel(getTranslation("defense.year"));
        year.setId("defense-year");
        EvaluationYears.offer(year, campaigns);
        year.addValueChangeListener(event -> refresh(null));
        HorizontalLayout choice = new HorizontalLayout(series, year);
        choice.getStyle().set("flex-wrap", "wrap");

        schedule.setId("defense-schedule");
        schedule.addColumn(e -> "#" + e.applicationId()).setHeader(getTranslation("review.column.id")).setAutoWidth(true);
        schedule.addColumn(DefenseScheduleEntry::applicantName).setHeader(getTranslation("defense.applicant")).setAutoWidth(true);
        schedule.addColumn(DefenseScheduleEntry::specialty).setHeader(getTranslation("files.specialty")).setAutoWidth(true);
        schedule.addColumn(e -> e.level().officialTerm()).setHeader(getTranslation("files.level")).setAutoWidth(true);
        schedule.addColumn(this::arrangement).setHeader(getTranslation("defense.arrangement")).setAutoWidth(true).setFlexGrow(1);
        schedule.addColumn(e -> e.defenseScore() == null ? "—" : Points.format(e.defenseScore()))
                .setHeader(getTranslation("committee.meeting.defenseScore")).setAutoWidth(true);
        schedule.setHeight("280px");
        schedule.asSingleSelect().addValueChangeListener(event -> showBooking(event.getValue()));
        booking.setId("defense-booking");
        booking.setWidthFull();
        add(new H3(getTranslation("defense.heading")), choice, schedule, booking);
    }

    private String arrangement(DefenseScheduleEntry entry) {
        if (entry.exemption() != null) {
            return getTranslation("defense.exempt", entry.exemption().officialTerm());
        }
        return entry.booked() ? Labels.defense(this, entry.appointment()) : getTranslation("defense.unbooked");
    }

    /** Reloads the schedule and keeps the file just booked selected, so the office sees where it landed. */
    private void refresh(Long select) {
        booking.removeAll();
        if (series.getValue() == null || year.getValue() == null) {
            schedule.setItems(List.of());
            return;
        }
        List<DefenseScheduleEntry> entries = scheduling.schedule(series.getValue().code(), year.getValue(), actor);
        schedule.setItems(entries);
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("defense.none"));
            none.setId("defense-none");
            booking.add(none);
        }
        entries.stream().filter(e -> select != null && e.applicationId() == select).findFirst().ifPresent(schedule::select);
    }

    private void showBooking(DefenseScheduleEntry entry) {
        booking.removeAll();
        if (entry == null) {
            return;
        }
        booking.add(new H3("#" + entry.applicationId() + " " + entry.applicantName() + " · " + arrangement(entry)));
        if (entry.exemption() != null) {
            return; // R-23: the exempt take the specialty's mean; nothing to book or score here
        }
        if (entry.defenseScore() == null) {
            booking.add(bookingForm(entry));
        }
        if (entry.booked()) {
            booking.add(scoreForm(entry));
        }
    }

    private FormLayout bookingForm(DefenseScheduleEntry entry) {
        DefenseAppointment current = entry.appointment();
        DatePicker day = new DatePicker(getTranslation("defense.day"));
        day.setId("defense-day");
        TimePicker time = new TimePicker(getTranslation("defense.time"));
        time.setId("defense-time");
        time.setStep(Duration.ofMinutes(15));
        IntegerField minutes = new IntegerField(getTranslation("defense.minutes"));
        minutes.setId("defense-minutes");
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        TextField place = new TextField();
        place.setId("defense-place");
        place.setMaxLength(200);
        Checkbox online = new Checkbox(getTranslation("defense.online"));
        online.setId("defense-online");
        online.addValueChangeListener(event -> place.setLabel(getTranslation(event.getValue()
                ? "defense.place.online" : "defense.place.room")));
        if (current != null) {
            day.setValue(current.startsAt().toLocalDate());
            time.setValue(current.startsAt().toLocalTime());
            minutes.setValue(current.minutes());
            place.setValue(current.place());
            online.setValue(current.online());
        } else {
            time.setValue(LocalTime.of(9, 0));
            minutes.setValue(DEFAULT_MINUTES);
        }
        place.setLabel(getTranslation(online.getValue() ? "defense.place.online" : "defense.place.room"));

        Button book = new Button(getTranslation(current == null ? "defense.book" : "defense.move"), click -> {
            LocalDateTime startsAt = day.getValue() == null || time.getValue() == null ? null
                    : LocalDateTime.of(day.getValue(), time.getValue());
            DefenseAppointment wanted = new DefenseAppointment(startsAt, minutes.getValue() == null ? 0 : minutes.getValue(),
                    place.getValue(), online.getValue());
            if (Notices.attempt(() -> scheduling.book(entry.applicationId(), wanted, actor))) {
                Notices.info(getTranslation("defense.booked"));
                refresh(entry.applicationId());
            }
        });
        book.setId("defense-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(book);
        if (current != null) {
            Button cancel = new Button(getTranslation("defense.cancel"), click -> {
                if (Notices.attempt(() -> scheduling.cancel(entry.applicationId(), actor))) {
                    Notices.info(getTranslation("defense.cancelled"));
                    refresh(entry.applicationId());
                }
            });
            cancel.setId("defense-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        FormLayout form = new FormLayout(day, time, minutes, place, online, actions);
        form.setId("defense-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setColspan(place, 2);
        return form;
    }

    /** After the hearing the panel's score, 0 to 100, goes on the file (R-22). */
    private HorizontalLayout scoreForm(DefenseScheduleEntry entry) {
        BigDecimalField score = new BigDecimalField(getTranslation("committee.defense"));
        score.setId("defense-score");
        score.setValue(entry.defenseScore());
        Button record = new Button(getTranslation("committee.recordDefense"), click -> {
            if (Notices.attempt(() -> evaluation.recordDefenseScore(entry.applicationId(), score.getValue(), actor))) {
                Notices.info(getTranslation("review.done"));
                refresh(entry.applicationId());
            }
        });
        record.setId("defense-record-score");
        HorizontalLayout scoring = new HorizontalLayout(score, record);
        scoring.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        scoring.getStyle().set("flex-wrap", "wrap");
        return scoring;
    }
}
