package org.zhicheng.ui.internal.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
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
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.meeting.MeetingOfficeView;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.FileLinks;
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.BulkActs;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
 * schedule, scores and exemptions (R-22, R-23), and certificates (R-11). The committee's meetings (members, quorum,
 * secret ballot, the senior pass rate R-34, minutes) are run on {@link MeetingOfficeView}.
 */
public class CommitteeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationService applications;
    private final transient EvaluationService evaluation;
    private final transient CertificateService certificates;
    private final transient DocumentService documents;
    private final transient FileContentService content;
    private final transient SeriesCatalog catalog;
    private final transient ApplicantService applicants;
    private final transient ReviewDesk desk;
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final Grid<Application> files = new Grid<>();
    private final Div details = new Div();

    public CommitteeView(ApplicationService applications, EvaluationService evaluation, CertificateService certificates,
                         SeriesCatalog catalog, ApplicantService applicants, CampaignService campaigns,
                         FileContentService content, DefenseScheduling scheduling, ReviewDesk desk,
                         DocumentService documents, BulkOfficeActs bulk) {
        this.desk = desk;
        this.applications = applications;
        this.evaluation = evaluation;
        this.certificates = certificates;
        this.documents = documents;
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
        // issue 16: the office ticks the paid files, or a meeting's passed ones, and acts on them at once
        BulkActs.multiSelect(files, this::show);
        HorizontalLayout bulkActs = new HorizontalLayout(
                BulkActs.button("committee-bulk-start", "committee.bulk.start", files, f -> f,
                        f -> f.status() == ApplicationStatus.FEE_PAID,
                        refs -> bulk.startEvaluations(refs, me).count(), this::reload),
                BulkActs.button("committee-bulk-certify", "committee.bulk.certify", files, f -> f,
                        f -> f.status() == ApplicationStatus.PASSED,
                        refs -> bulk.issueCertificates(refs, me).count(), this::reload));
        bulkActs.getStyle().set("flex-wrap", "wrap");
        details.setId("committee-details");
        VerticalLayout filesPart = new VerticalLayout(status, bulkActs, files, details);
        filesPart.setPadding(false);
        add(new H2(getTranslation("committee.heading")), new LazyTabs("committee-tabs")
                .part("tab-files", getTranslation("committee.tab.files"), () -> filesPart)
                .part("tab-defense", getTranslation("committee.tab.defense"),
                        () -> new DefenseSchedulePanel(scheduling, evaluation, campaigns, catalog, me))
                .part("tab-meeting", getTranslation("committee.tab.meeting"), this::meetingForm)
                .part("tab-filings", getTranslation("committee.tab.filings"),
                        () -> new FilingsPanel(certificates, campaigns, catalog, me))
                .part("tab-documents", getTranslation("committee.tab.documents"),
                        () -> new CommitteeDocumentsPanel(documents, catalog, campaigns, me)));
    }

    private void reload() {
        files.getDataProvider().refreshAll();
        details.removeAll();
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
            details.add(new DocumentsPanel(file, certificates, documents, me));
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
     * The committee decides in a meeting, no longer by the office ticking each file (issue 14): members, quorum, secret
     * ballot and minutes are run on the meetings screen, which this tab leads to.
     */
    private VerticalLayout meetingForm() {
        Paragraph moved = new Paragraph(getTranslation("committee.meeting.moved"));
        Anchor link = new Anchor(MeetingOfficeView.ROUTE, getTranslation("nav.meetingOffice"));
        link.setId("meeting-office-link");
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("committee.meeting.heading")), moved, link);
        layout.setPadding(false);
        return layout;
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
