package org.zhicheng.ui.internal.committee;

import java.math.BigDecimal;
import java.util.Arrays;
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
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.views.ResultsView;
import org.zhicheng.ui.internal.session.ForRoles;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The committee office: paid files sent to the committee, experts assigned (conflicts refused by core), the defense
 * schedule, scores and exemptions (R-22, R-23), each committee's meeting (Annex 5 row) with its vote and the senior pass
 * rate (R-34), and certificates (R-11).
 */
@ForRoles({Role.COMMITTEE_OFFICE, Role.INTEGRATION})
public class CommitteeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationService applications;
    private final transient EvaluationService evaluation;
    private final transient CertificateService certificates;
    private final transient FileContentService content;
    private final transient SeriesCatalog catalog;
    private final transient ApplicantService applicants;
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final Grid<Application> files = new Grid<>();
    private final Div details = new Div();
    private final Div meeting = new Div();

    public CommitteeView(ApplicationService applications, EvaluationService evaluation, CertificateService certificates,
                         SeriesCatalog catalog, ApplicantService applicants, CampaignService campaigns,
                         FileContentService content, DefenseScheduling scheduling) {
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
        status.setItems(ApplicationStatus.FEE_PAID, ApplicationStatus.UNDER_EVALUATION, ApplicationStatus.PASSED,
                ApplicationStatus.FAILED, ApplicationStatus.CERTIFIED);
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
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
                details.add(new Paragraph(getTranslation("committee.assigned", assigned.isEmpty() ? "—"
                        : String.join("、", assigned.stream().map(e -> e.name() + "（" + e.id() + "）").toList()))));
                TextField experts = new TextField(getTranslation("committee.expertIds"));
                experts.setId("committee-expert-ids");
                actions.add(experts, button("assign", "committee.assign", () -> evaluation.assignExperts(file.id(),
                        Arrays.stream(experts.getValue().split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList(), me)));
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
        committee.setWidth("28em");
        committee.getStyle().set("max-width", "100%");
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
        grade.setItemLabelGenerator(Grade::officialTerm);
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
        HorizontalLayout form = new HorizontalLayout(series, committee, grade, passRate, load);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("committee.meeting.heading")), form, meeting);
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
        Map<Long, Checkbox> votes = new LinkedHashMap<>();
        for (Application candidate : candidates) {
            Checkbox vote = new Checkbox("#" + candidate.id() + " " + candidate.specialty() + " " + candidate.level().officialTerm(),
                    true);
            vote.setId("vote-" + candidate.id());
            votes.put(candidate.id(), vote);
            meeting.add(new Div(vote));
        }
        if (candidates.isEmpty()) {
            meeting.add(new Paragraph(getTranslation("committee.meeting.none")));
            return;
        }
        Button decide = new Button(getTranslation("committee.meeting.decide"), click -> {
            Map<Long, Boolean> ballot = new LinkedHashMap<>();
            votes.forEach((id, box) -> ballot.put(id, box.getValue()));
            BigDecimal rate = grade == Grade.SENIOR ? passRate.getValue() : null;
            CommitteeResult[] result = new CommitteeResult[1];
            if (Notices.attempt(() -> result[0] = evaluation.holdMeeting(committee.id(), year, grade, rate, ballot, me))) {
                meeting.removeAll();
                meeting.add(new Paragraph(getTranslation("committee.meeting.result", result[0].candidates(), result[0].passLimit())));
                meeting.add(ranking(result[0]));
                Anchor publicity = new Anchor(ResultsView.ROUTE, getTranslation("committee.meeting.publicity"));
                publicity.setId("meeting-publicity");
                meeting.add(publicity);
                files.getDataProvider().refreshAll();
            }
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
}
