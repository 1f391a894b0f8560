package org.zhicheng.ui.internal.committee;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.evaluation.CommitteeResult;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.evaluation.DefenseScheduling;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.review.ExpertCandidate;
import org.zhicheng.api.review.ReviewDesk;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.FileLinks;
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.views.ResultsView;
import org.zhicheng.ui.internal.session.ForRoles;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The committee office: paid files sent to the committee, experts assigned (conflicts refused by core), the defense
 * schedule, scores and exemptions (R-22, R-23), each committee's meeting (Annex 5 row) with its vote and the senior pass
 * rate (R-34), and certificates (R-11).
 */
@ForRoles({Role.COMMITTEE_OFFICE, Role.INTEGRATION})
public class CommitteeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationService applications;
    private final transient EvaluationService evaluation;
    private final transient CertificateService certificates;
    private final transient FileContentService content;
    private final transient SeriesCatalog catalog;
    private final transient ApplicantService applicants;
    private final transient ReviewDesk desk;
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final Grid<Application> files = new Grid<>();
    private final Div details = new Div();
    private final Div meeting = new Div();

    public CommitteeView(ApplicationService applications, EvaluationService evaluation, CertificateService certificates,
                         SeriesCatalog catalog, ApplicantService applicants, CampaignService campaigns,
                         FileContentService content, DefenseScheduling scheduling, ReviewDesk desk) {
        this.desk = desk;
        this.applications = applications;
        this.evaluation = evaluation;
        this.certificates = certificates;
        this.catalog = catalog;
        this.applicants = applicants;
        this.content = content;
        setId("committee-view");
        Actor me = CurrentUser.require();
        status.setLabel(getTranslation("review.filter.status"));
        status.setId("committee-status");
        // every status, so that the office also finds files still on their way to it
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        status.setValue(ApplicationStatus.FEE_PAID);
        status.addValueChangeListener(event -> files.getDataProvider().refreshAll());
        files.setId("committee-files");
        files.addColumn(Application::id).setHeader(getTranslation("review.column.id")).setAutoWidth(true);
        Labels.fileColumns(files, catalog);
        ResponsiveGrid.of(files).secondary(getTranslation("review.column.id")); // issue 12: a phone's columns
        files.setItems(query -> applications.search(filter(), query.getOffset(), query.getLimit(), me).stream(),
                query -> (int) applications.count(filter(), me));
        files.setHeight("320px");
        files.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        details.setId("committee-details");
        meeting.setId("committee-meeting");
        VerticalLayout filesPart = new VerticalLayout(status, files, details);
        filesPart.setPadding(false);
        add(new H2(getTranslation("committee.heading")), new LazyTabs("committee-tabs")
                .part("tab-files", getTranslation("committee.tab.files"), () -> filesPart)
                .part("tab-defense", getTranslation("committee.tab.defense"),
                        () -> new DefenseSchedulePanel(scheduling, evaluation, campaigns, catalog, me))
                .part("tab-meeting", getTranslation("committee.tab.meeting"), this::meetingForm)
                .part("tab-filings", getTranslation("committee.tab.filings"),
                        () -> new FilingsPanel(certificates, campaigns, catalog, me)));
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(null, null, status.getValue(), null);
    }

    private void show(Application file) {
        details.removeAll();
        if (file == null) {
            return;
        }
        Actor me = CurrentUser.require();
        details.add(new H3("#" + file.id() + " · " + Labels.series(catalog, file.seriesCode()) + " · " + file.specialty()
                + " · " + file.level().officialTerm()));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        switch (file.status()) {
            case FEE_PAID -> actions.add(button("start", "committee.start",
                    () -> evaluation.startEvaluation(file.id(), file.version(), me)));
            case UNDER_EVALUATION -> {
                List<Expert> assigned = evaluation.assignedExperts(file.id(), me);
                Paragraph assignedLine = new Paragraph(getTranslation("committee.assigned", assigned.isEmpty() ? "—"
                        : String.join("、", assigned.stream().map(e -> e.name() + "（" + e.id() + "）").toList())));
                assignedLine.setId("committee-assigned");
                details.add(assignedLine, expertPicker(file, me));
                if (file.level().isSenior()) {
                    details.add(new Paragraph(getTranslation("committee.defenseScore", evaluation.defenseScore(file.id(), me)
                            .map(Points::format).orElse("—"))));
                    BigDecimalField score = new BigDecimalField(getTranslation("committee.defense"));
                    score.setId("committee-defense");
                    Select<DefenseExemption> exemption = new Select<>();
                    exemption.setLabel(getTranslation("committee.exemption"));
                    exemption.setItems(DefenseExemption.values());
                    exemption.setItemLabelGenerator(DefenseExemption::officialTerm);
                    actions.add(score, button("defend", "committee.recordDefense",
                                    () -> evaluation.recordDefenseScore(file.id(), score.getValue(), me)),
                            exemption, button("exempt", "committee.exempt",
                                    () -> evaluation.exemptFromDefense(file.id(), exemption.getValue(), me)));
                }
            }
            case PASSED -> actions.add(button("certify", "committee.certify", () -> certificates.issue(file.id(), me)));
            case CERTIFIED -> certificates.forApplication(file.id(), me).ifPresent(c -> details.add(
                    new Paragraph(getTranslation("committee.certificate", c.number(), c.verificationCode()))));
            default -> { }
        }
        details.add(actions);
        if (file.status() == ApplicationStatus.PASSED || file.status() == ApplicationStatus.CERTIFIED) {
            details.add(new DocumentsPanel(file, applications, applicants, certificates, content, catalog, me));
        }
    }

    /**
     * The series' pool for the file (core flags each conflict of interest, which the assignment would refuse): ticked
     * experts are assigned; the conflicted and the already assigned cannot be ticked.
     */
    private VerticalLayout expertPicker(Application file, Actor me) {
        Map<String, Checkbox> picked = new LinkedHashMap<>();
        Grid<ExpertCandidate> pool = new Grid<>();
        pool.setId("committee-expert-pool");
        pool.addComponentColumn(candidate -> {
            Checkbox pick = new Checkbox();
            pick.setId("pick-" + candidate.expert().id());
            pick.setEnabled(!candidate.assigned() && candidate.conflicts().isEmpty());
            pick.setValue(candidate.assigned());
            pick.setAriaLabel(candidate.expert().name());
            picked.put(candidate.expert().id(), pick);
            return pick;
        }).setHeader(getTranslation("committee.pool.pick")).setAutoWidth(true).setFlexGrow(0);
        pool.addColumn(c -> c.expert().name() + "（" + c.expert().id() + "）").setHeader(getTranslation("committee.pool.expert"))
                .setAutoWidth(true);
        pool.addColumn(c -> c.expert().employer()).setHeader(getTranslation("committee.pool.employer")).setAutoWidth(true);
        pool.addColumn(c -> String.join("、", c.expert().seriesCodes().stream().sorted().map(code -> Labels.series(catalog, code))
                .toList())).setHeader(getTranslation("committee.pool.series")).setAutoWidth(true);
        pool.addComponentColumn(c -> {
            Span flag = new Span(c.assigned() ? getTranslation("committee.pool.assigned") : c.conflicts().isEmpty()
                    ? getTranslation("committee.pool.noConflict")
                    : String.join("；", c.conflicts().stream().map(x -> "en".equals(getLocale().getLanguage()) ? x.reasonEn()
                    : x.reasonZh()).toList()));
            flag.setId("conflict-" + c.expert().id());
            if (!c.conflicts().isEmpty()) {
                flag.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            return flag;
        }).setHeader(getTranslation("committee.pool.conflicts")).setWidth("14em").setFlexGrow(1);
        List<ExpertCandidate> candidates = desk.expertCandidates(file.id(), me);
        pool.setItems(candidates);
        pool.setAllRowsVisible(true);
        pool.setWidthFull();
        pool.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // core's reasons in full, not past the screen
        Button assign = new Button(getTranslation("committee.assign"), click -> {
            List<String> chosen = candidates.stream().filter(c -> !c.assigned())
                    .map(c -> c.expert().id()).filter(id -> picked.get(id) != null && picked.get(id).getValue()).toList();
            if (chosen.isEmpty()) {
                Notices.error(getTranslation("committee.pool.noneChosen"));
                return;
            }
            List<Expert> done = new java.util.ArrayList<>();
            if (Notices.attempt(() -> done.addAll(evaluation.assignExperts(file.id(), chosen, me)))) {
                Notices.info(getTranslation("committee.pool.assignedNow", String.join("、", done.stream().map(Expert::name).toList())));
                show(file); // who is assigned now, in place
            }
        });
        assign.setId("committee-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout layout = new VerticalLayout(pool, assign);
        layout.setPadding(false);
        layout.setWidthFull();
        return layout;
    }

    /**
     * The meeting of one committee (an Annex 5 row: specialty, levels, organising unit), year and grade: every file
     * under evaluation needs a vote; only senior meetings take a pass rate (R-34).
     */
    private VerticalLayout meetingForm() {
        Actor me = CurrentUser.require();
        ComboBox<Series> series = new ComboBox<>(getTranslation("committee.meeting.series"));
        series.setId("meeting-series");
        series.setItems(catalog.allSeries());
        series.setItemLabelGenerator(Series::name);
        ComboBox<Committee> committee = new ComboBox<>(getTranslation("committee.meeting.committee"));
        committee.setId("meeting-committee");
        committee.setItemLabelGenerator(Labels::committee);
        series.addValueChangeListener(event -> {
            meeting.removeAll();
            List<Committee> committees = event.getValue() == null ? List.of() : event.getValue().committees();
            committee.setItems(committees);
            // the first committee with files waiting, so the office starts where there is work
            Set<String> waiting = event.getValue() == null ? Set.of() : applications.search(new ApplicationFilter(null,
                            event.getValue().code(), ApplicationStatus.UNDER_EVALUATION, null), 0, 1000, me).stream()
                    .map(a -> event.getValue().committeeFor(a.specialty(), a.level()).map(Committee::id).orElse(""))
                    .collect(Collectors.toSet());
            committee.setValue(committees.stream().filter(c -> waiting.contains(c.id())).findFirst()
                    .orElse(committees.isEmpty() ? null : committees.get(0)));
        });
        ComboBox<Grade> grade = new ComboBox<>(getTranslation("committee.meeting.grade"));
        grade.setId("meeting-grade");
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> getTranslation("grade." + g.name())); // 正高、副高 / 中级 / 初级, as elsewhere
        grade.setValue(Grade.SENIOR);
        BigDecimal defaultPassRate = new BigDecimal("0.6");
        BigDecimalField passRate = new BigDecimalField(getTranslation("committee.meeting.passRate"));
        passRate.setId("meeting-pass-rate");
        passRate.setValue(defaultPassRate);
        // R-34: intermediate and junior meetings have no pass rate, so none is offered (core refuses one)
        grade.addValueChangeListener(event -> {
            boolean senior = event.getValue() == Grade.SENIOR;
            passRate.setEnabled(senior);
            passRate.setValue(senior ? defaultPassRate : null);
            passRate.setHelperText(senior ? null : getTranslation("committee.meeting.noPassRate"));
        });
        Button load = new Button(getTranslation("committee.meeting.load"), click -> {
            if (committee.getValue() != null && grade.getValue() != null) {
                showCandidates(committee.getValue(), grade.getValue(), passRate);
            }
        });
        load.setId("meeting-load");
        // a form's columns: every label whole, one column on a phone
        FormLayout form = new FormLayout(series, committee, grade, passRate);
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("committee.meeting.heading")), form, load, meeting);
        layout.setPadding(false);
        return layout;
    }

    private void showCandidates(Committee committee, Grade grade, BigDecimalField passRate) {
        meeting.removeAll();
        Actor me = CurrentUser.require();
        meeting.add(new Paragraph(getTranslation("committee.meeting.of", Labels.committee(committee))));
        // the meeting decides the newest year with files of the committee under evaluation
        List<Application> underEvaluation = applications.search(new ApplicationFilter(null, committee.seriesCode(),
                ApplicationStatus.UNDER_EVALUATION, null), 0, 1000, me).stream()
                .filter(a -> a.specialty().equals(committee.specialty()) && committee.evaluates(a.level())).toList();
        int year = underEvaluation.stream().mapToInt(Application::evaluationYear).max().orElse(0);
        List<Application> candidates = underEvaluation.stream()
                .filter(a -> a.evaluationYear() == year && Grade.of(a.level()) == grade).toList();
        // an explicit 同意 or 不同意 per file, nothing pre-selected: a file is never failed by an untouched box
        Map<Long, RadioButtonGroup<Boolean>> votes = new LinkedHashMap<>();
        for (Application candidate : candidates) {
            RadioButtonGroup<Boolean> vote = new RadioButtonGroup<>();
            vote.setLabel("#" + candidate.id() + " " + candidate.specialty() + " " + candidate.level().officialTerm());
            vote.setItems(Boolean.TRUE, Boolean.FALSE);
            vote.setItemLabelGenerator(v -> getTranslation(v ? "committee.meeting.for" : "committee.meeting.against"));
            vote.setId("vote-" + candidate.id());
            vote.setRequired(true);
            votes.put(candidate.id(), vote);
            meeting.add(new Div(vote));
        }
        if (candidates.isEmpty()) {
            meeting.add(new Paragraph(getTranslation("committee.meeting.none")));
            return;
        }
        Button decide = new Button(getTranslation("committee.meeting.decide"), click -> {
            List<RadioButtonGroup<Boolean>> unanswered = votes.values().stream().filter(v -> v.getValue() == null).toList();
            votes.values().forEach(v -> {
                v.setInvalid(v.getValue() == null);
                v.setErrorMessage(v.getValue() == null ? getTranslation("committee.meeting.voteRequired") : null);
            });
            if (!unanswered.isEmpty()) {
                Notices.error(getTranslation("committee.meeting.unanswered", unanswered.size()));
                return;
            }
            Map<Long, Boolean> ballot = new LinkedHashMap<>();
            votes.forEach((id, vote) -> ballot.put(id, vote.getValue()));
            long approved = ballot.values().stream().filter(Boolean::booleanValue).count();
            BigDecimal rate = grade == Grade.SENIOR ? passRate.getValue() : null;
            String consequence = getTranslation("committee.meeting.confirm", approved, ballot.size() - approved)
                    + (rate == null ? "" : getTranslation("committee.meeting.confirmRate", Points.format(rate.movePointRight(2))))
                    + getTranslation("committee.meeting.final");
            new ActDialog("meeting", getTranslation("committee.meeting.confirmTitle"), consequence, null,
                    approved < ballot.size(), none -> {
                        CommitteeResult[] result = new CommitteeResult[1];
                        if (!Notices.attempt(() -> result[0] = evaluation.holdMeeting(committee.id(), year, grade, rate, ballot, me))) {
                            return false;
                        }
                        meeting.removeAll();
                        meeting.add(new Paragraph(getTranslation("committee.meeting.result", result[0].candidates(),
                                result[0].passLimit())));
                        meeting.add(ranking(result[0]));
                        Anchor publicity = new Anchor(ResultsView.ROUTE, getTranslation("committee.meeting.publicity"));
                        publicity.setId("meeting-publicity");
                        meeting.add(publicity);
                        files.getDataProvider().refreshAll();
                        return true;
                    }).open();
        });
        decide.setId("meeting-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        meeting.add(decide);
    }

    /** The meeting's decision as the minutes record it: rank, scores, the vote and the outcome under the pass rate. */
    private Grid<CommitteeResult.Ranked> ranking(CommitteeResult result) {
        Grid<CommitteeResult.Ranked> ranking = new Grid<>();
        ranking.setId("meeting-ranking");
        ranking.addColumn(r -> "#" + r.applicationId()).setHeader(getTranslation("review.column.id")).setAutoWidth(true);
        ranking.addColumn(r -> Points.format(r.expertScore())).setHeader(getTranslation("committee.meeting.expertScore"))
                .setAutoWidth(true);
        ranking.addColumn(r -> r.defenseScore() == null ? "—" : Points.format(r.defenseScore()))
                .setHeader(getTranslation("committee.meeting.defenseScore")).setAutoWidth(true);
        ranking.addColumn(r -> getTranslation(r.approvedByVote() ? "committee.meeting.for" : "committee.meeting.against"))
                .setHeader(getTranslation("committee.meeting.vote")).setAutoWidth(true);
        ranking.addColumn(r -> getTranslation(r.passed() ? "status.PASSED" : "status.FAILED"))
                .setHeader(getTranslation("files.status")).setAutoWidth(true);
        ranking.setItems(result.ranking());
        ranking.setAllRowsVisible(true);
        return ranking;
    }

    private Button button(String id, String label, Runnable call) {
        Button button = new Button(getTranslation(label), click -> {
            if (Notices.attempt(call)) {
                Notices.info(getTranslation("review.done"));
                files.getDataProvider().refreshAll();
                details.removeAll();
            }
        });
        button.setId("committee-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("committee.heading") + " - " + getTranslation("app.title");
    }

    /** A link to one file (from a message) opens it beside the queue; a file outside the caller's scope is refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FileLinks.requested(event).ifPresent(id -> Notices.attempt(() -> applications.find(id, CurrentUser.require())
                .ifPresent(this::show)));
    }
}
