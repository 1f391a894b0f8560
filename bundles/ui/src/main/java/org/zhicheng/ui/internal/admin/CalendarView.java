package org.zhicheng.ui.internal.admin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zhicheng.api.calendar.HolidayAdministration;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignAdministration;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The administrator's editor of each evaluation year: its calendar, limits and fees (R-08..R-12, R-14, R-20, R-28,
 * R-29) and the year's holiday arrangement that working days are counted with. Core checks every value, refuses a
 * wrong one in Chinese without changing anything, audits the change and keeps it in Config Admin.
 */
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "admin/calendar";

    private final transient CampaignService campaigns;
    private final transient CampaignAdministration campaignAdministration;
    private final transient HolidayAdministration holidays;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Div editor = new Div();

    public CalendarView(CampaignService campaigns, CampaignAdministration campaignAdministration, HolidayAdministration holidays) {
        this.campaigns = campaigns;
        this.campaignAdministration = campaignAdministration;
        this.holidays = holidays;
        setId("calendar-view");
        year.setLabel(getTranslation("calendar.year"));
        year.setId("calendar-year");
        year.setHelperText(getTranslation("calendar.year.help"));
        year.setAllowCustomValue(true);
        year.addCustomValueSetListener(event -> {
            try {
                year.setValue(Integer.parseInt(event.getDetail().trim()));
            } catch (NumberFormatException notAYear) {
                Notices.error(getTranslation("calendar.year.invalid"));
            }
        });
        year.addValueChangeListener(event -> show(event.getValue()));
        editor.setWidthFull();
        add(new H2(getTranslation("calendar.heading")), new Paragraph(getTranslation("calendar.intro")), year, editor);
        refreshYears(null);
    }

    private void refreshYears(Integer select) {
        List<Integer> years = campaigns.campaigns().stream().map(Campaign::year).collect(Collectors.toCollection(ArrayList::new));
        if (select != null && !years.contains(select)) {
            years.add(select);
        }
        years.sort(Comparator.reverseOrder());
        year.setItems(years);
        year.setValue(select != null ? select : years.isEmpty() ? null : years.get(0));
    }

    private void show(Integer chosen) {
        editor.removeAll();
        if (chosen == null) {
            return;
        }
        editor.add(new LazyTabs("calendar-tabs")
                .part("tab-campaign", getTranslation("calendar.tab.campaign"), () -> campaignForm(chosen))
                .part("tab-holidays", getTranslation("calendar.tab.holidays"), () -> holidayEditor(chosen)));
    }

    /** The year's values, or for a new year the latest year's moved by the difference, as the next notice would. */
    private Campaign startingPoint(int chosen) {
        return campaigns.campaign(chosen).orElseGet(() -> campaigns.campaigns().stream()
                .max(Comparator.comparingInt(Campaign::year)).map(latest -> shift(latest, chosen - latest.year()))
                .orElse(null));
    }

    private static Campaign shift(Campaign c, int years) {
        return new Campaign(c.year() + years,
                new Campaign.Period(c.applicationWindow().first().plusYears(years), c.applicationWindow().last().plusYears(years)),
                new Campaign.Period(c.reviewWindow().first().plusYears(years), c.reviewWindow().last().plusYears(years)),
                c.feeDeadline().plusYears(years),
                new Campaign.Period(c.meetingWindow().first().plusYears(years), c.meetingWindow().last().plusYears(years)),
                c.qualificationDocuments().plusYears(years), c.certificates().plusYears(years),
                c.seniorityCutoff().plusYears(years), c.prefilingDeadline().plusYears(years), c.publicityWorkingDays(),
                c.returnDeadlineDays(), c.maxSubmissions(), c.intermediateFee(), c.juniorFee());
    }

    private VerticalLayout campaignForm(int chosen) {
        Campaign start = startingPoint(chosen);
        DatePicker prefiling = date("prefiling", "calendar.prefiling", start == null ? null : start.prefilingDeadline());
        DatePicker applicationOpens = date("application-opens", "calendar.applicationOpens",
                start == null ? null : start.applicationWindow().first());
        DatePicker applicationCloses = date("application-closes", "calendar.applicationCloses",
                start == null ? null : start.applicationWindow().last());
        DatePicker reviewOpens = date("review-opens", "calendar.reviewOpens", start == null ? null : start.reviewWindow().first());
        DatePicker reviewCloses = date("review-closes", "calendar.reviewCloses", start == null ? null : start.reviewWindow().last());
        DatePicker feeDeadline = date("fee-deadline", "calendar.feeDeadline", start == null ? null : start.feeDeadline());
        DatePicker meetingsOpen = date("meetings-open", "calendar.meetingsOpen", start == null ? null : start.meetingWindow().first());
        DatePicker meetingsClose = date("meetings-close", "calendar.meetingsClose", start == null ? null : start.meetingWindow().last());
        IntegerField documentsMonth = number("documents-month", "calendar.documentsMonth",
                start == null ? null : start.qualificationDocuments().getMonthValue());
        IntegerField certificatesMonth = number("certificates-month", "calendar.certificatesMonth",
                start == null ? null : start.certificates().getMonthValue());
        DatePicker seniorityCutoff = date("seniority-cutoff", "calendar.seniorityCutoff",
                start == null ? LocalDate.of(chosen, 12, 31) : start.seniorityCutoff());
        IntegerField publicityDays = number("publicity-days", "calendar.publicityDays", start == null ? 5 : start.publicityWorkingDays());
        IntegerField returnDays = number("return-days", "calendar.returnDays", start == null ? 2 : start.returnDeadlineDays());
        IntegerField maxSubmissions = number("max-submissions", "calendar.maxSubmissions", start == null ? 3 : start.maxSubmissions());
        IntegerField intermediateFee = number("intermediate-fee", "calendar.intermediateFee", start == null ? 400 : start.intermediateFee());
        IntegerField juniorFee = number("junior-fee", "calendar.juniorFee", start == null ? 200 : start.juniorFee());
        FormLayout form = new FormLayout(prefiling, applicationOpens, applicationCloses, reviewOpens, reviewCloses, feeDeadline,
                meetingsOpen, meetingsClose, documentsMonth, certificatesMonth, seniorityCutoff, publicityDays, returnDays,
                maxSubmissions, intermediateFee, juniorFee);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        // core names a wrong value by its Campaign component; the field it was entered in shows why
        Map<String, HasValidation> byComponent = Map.ofEntries(Map.entry("prefilingDeadline", prefiling),
                Map.entry("applicationWindow.first", applicationOpens), Map.entry("applicationWindow.last", applicationCloses),
                Map.entry("reviewWindow.first", reviewOpens), Map.entry("reviewWindow.last", reviewCloses),
                Map.entry("feeDeadline", feeDeadline), Map.entry("meetingWindow.first", meetingsOpen),
                Map.entry("meetingWindow.last", meetingsClose), Map.entry("qualificationDocuments", documentsMonth),
                Map.entry("certificates", certificatesMonth), Map.entry("seniorityCutoff", seniorityCutoff),
                Map.entry("publicityWorkingDays", publicityDays), Map.entry("returnDeadlineDays", returnDays),
                Map.entry("maxSubmissions", maxSubmissions), Map.entry("intermediateFee", intermediateFee),
                Map.entry("juniorFee", juniorFee));
        Button save = new Button(getTranslation("calendar.save"), click -> {
            Actor me = CurrentUser.require();
            boolean complete = Stream.of(prefiling, applicationOpens, applicationCloses, reviewOpens, reviewCloses, feeDeadline,
                    meetingsOpen, meetingsClose, seniorityCutoff).allMatch(field -> field.getValue() != null)
                    && Stream.of(documentsMonth, certificatesMonth, publicityDays, returnDays, maxSubmissions, intermediateFee,
                    juniorFee).allMatch(field -> field.getValue() != null);
            if (!complete) {
                Notices.error(getTranslation("calendar.incomplete"));
                return;
            }
            if (!validMonth(documentsMonth.getValue()) || !validMonth(certificatesMonth.getValue())) {
                Notices.error(getTranslation("calendar.monthInvalid"));
                return;
            }
            byComponent.values().forEach(field -> field.setInvalid(false));
            try {
                campaignAdministration.save(new Campaign(chosen,
                        new Campaign.Period(applicationOpens.getValue(), applicationCloses.getValue()),
                        new Campaign.Period(reviewOpens.getValue(), reviewCloses.getValue()), feeDeadline.getValue(),
                        new Campaign.Period(meetingsOpen.getValue(), meetingsClose.getValue()),
                        YearMonth.of(chosen, documentsMonth.getValue()), YearMonth.of(chosen, certificatesMonth.getValue()),
                        seniorityCutoff.getValue(), prefiling.getValue(), publicityDays.getValue(), returnDays.getValue(),
                        maxSubmissions.getValue(), intermediateFee.getValue(), juniorFee.getValue()), me);
            } catch (ZhichengException refusal) {
                Notices.refused(refusal);
                refusal.field().map(byComponent::get).ifPresent(field -> {
                    field.setErrorMessage(Notices.message(refusal));
                    field.setInvalid(true);
                });
                return;
            }
            Notices.info(getTranslation("calendar.saved", chosen));
            refreshYears(chosen);
        });
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout layout = new VerticalLayout(form, save);
        layout.setPadding(false);
        if (campaigns.campaign(chosen).isEmpty()) {
            layout.addComponentAsFirst(new Paragraph(getTranslation("calendar.newYear", chosen)));
        }
        return layout;
    }

    private static boolean validMonth(int month) {
        return month >= 1 && month <= 12;
    }

    private record Day(LocalDate date, boolean holiday) {
    }

    /** The State Council's arrangement: weekdays off and weekend days worked (调休). */
    private VerticalLayout holidayEditor(int chosen) {
        Optional<HolidaySchedule> schedule = holidays.schedule(chosen);
        List<Day> days = new ArrayList<>();
        schedule.ifPresent(s -> {
            s.holidays().forEach(d -> days.add(new Day(d, true)));
            s.adjustedWorkingDays().forEach(d -> days.add(new Day(d, false)));
        });
        Grid<Day> grid = new Grid<>();
        grid.setId("holiday-days");
        grid.addColumn(d -> d.date().toString()).setHeader(getTranslation("calendar.day")).setAutoWidth(true)
                .setComparator(Day::date);
        grid.addColumn(d -> getTranslation("calendar.weekday." + d.date().getDayOfWeek().getValue()))
                .setHeader(getTranslation("calendar.weekday")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.holiday() ? "calendar.kind.holiday" : "calendar.kind.workday"))
                .setHeader(getTranslation("calendar.kind")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("attachments.remove"), click -> {
                days.remove(d);
                grid.setItems(sorted(days));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setItems(sorted(days));
        grid.setHeight("360px");

        DatePicker day = new DatePicker(getTranslation("calendar.day"));
        day.setId("holiday-day");
        day.setMin(LocalDate.of(chosen, 1, 1));
        day.setMax(LocalDate.of(chosen, 12, 31));
        ComboBox<Boolean> kind = new ComboBox<>(getTranslation("calendar.kind"));
        kind.setId("holiday-kind");
        kind.setItems(true, false);
        kind.setItemLabelGenerator(holiday -> getTranslation(holiday ? "calendar.kind.holiday" : "calendar.kind.workday"));
        kind.setValue(true);
        Button add = new Button(getTranslation("calendar.addDay"), click -> {
            if (day.getValue() == null || kind.getValue() == null) {
                Notices.error(getTranslation("calendar.dayRequired"));
                return;
            }
            Day added = new Day(day.getValue(), kind.getValue());
            days.removeIf(d -> d.date().equals(added.date()));
            days.add(added);
            List<Day> shown = sorted(days);
            grid.setItems(shown);
            grid.scrollToIndex(shown.indexOf(added));
            grid.select(added);
            Notices.info(getTranslation("calendar.dayAdded", added.date().toString(),
                    getTranslation(added.holiday() ? "calendar.kind.holiday" : "calendar.kind.workday")));
            day.clear();
        });
        add.setId("holiday-add");
        Button save = new Button(getTranslation("calendar.saveHolidays"), click -> {
            Set<LocalDate> off = days.stream().filter(Day::holiday).map(Day::date).collect(Collectors.toCollection(TreeSet::new));
            Set<LocalDate> worked = days.stream().filter(d -> !d.holiday()).map(Day::date)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (Notices.attempt(() -> holidays.saveHolidays(chosen, off, worked, CurrentUser.require()))) {
                Notices.info(getTranslation("calendar.holidaysSaved", chosen, off.size(), worked.size()));
            }
        });
        save.setId("holiday-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(day, kind, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("calendar.holidays.intro")), adding, grid, save);
        layout.setPadding(false);
        return layout;
    }

    private static List<Day> sorted(List<Day> days) {
        return days.stream().sorted(Comparator.comparing(Day::date)).toList();
    }

    private DatePicker date(String id, String label, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(label), value);
        picker.setId("calendar-" + id);
        return picker;
    }

    private IntegerField number(String id, String label, Integer value) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId("calendar-" + id);
        field.setValue(value);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.heading") + " - " + getTranslation("app.title");
    }
}
