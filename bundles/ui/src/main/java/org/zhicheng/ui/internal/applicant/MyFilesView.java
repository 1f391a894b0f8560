package org.zhicheng.ui.internal.applicant;

import org.zhicheng.ui.internal.i18n.SeriesLabels;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.ui.internal.file.SeniorityLine;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.evaluation.DefenseScheduling;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.progress.MissingItem;
import org.zhicheng.api.progress.ProgressService;
import org.zhicheng.api.workflow.Transition;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.api.workflow.WorkflowService;
import org.zhicheng.ui.internal.file.AttachmentsPanel;
import org.zhicheng.ui.internal.file.CommitmentPanel;
import org.zhicheng.ui.internal.file.SectionsPanel;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.file.EducationPanel;
import org.zhicheng.ui.internal.file.EntrustmentLetterPanel;
import org.zhicheng.ui.internal.file.FeePaymentDialog;
import org.zhicheng.ui.internal.views.FileLinks;
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.StaticMarkup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The applicant's own files: open one, submit it, follow its status and every reviewer's remark, resubmit a
 * returned file within its deadline with the submissions left, and pay once the material is received.
 */
public class MyFilesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient ApplicationService applications;
    private final transient SeriesCatalog catalog;
    private final transient CampaignService campaigns;
    private final transient AttachmentService attachments;
    private final transient ContinuingEducationService education;
    private final transient ApplicantService applicants;
    private final transient CertificateService certificates;
    private final transient DocumentService documents;
    private final transient FileContentService content;
    private final transient DefenseScheduling scheduling;
    private final transient CareerService careers;
    private final transient ProgressService progress;
    private final transient WorkflowService workflow;
    private LazyTabs tabs;
    private final Div dashboard = new Div();
    private final Grid<Application> files = new Grid<>();
    private final Div details = new Div();

    public MyFilesView(ApplicationService applications, SeriesCatalog catalog, CampaignService campaigns,
                       AttachmentService attachments, ContinuingEducationService education, ApplicantService applicants,
                       CertificateService certificates, FileContentService content, DefenseScheduling scheduling,
                       CareerService careers, ProgressService progress, WorkflowService workflow,
                       DocumentService documents) {
        this.applications = applications;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.attachments = attachments;
        this.education = education;
        this.applicants = applicants;
        this.certificates = certificates;
        this.documents = documents;
        this.content = content;
        this.scheduling = scheduling;
        this.careers = careers;
        this.progress = progress;
        this.workflow = workflow;
        setId("my-files-view");
        // R-04..R-07: only the channels core lets this applicant use are offered
        Button open = new Button(getTranslation("files.new"), click -> new NewFileDialog(applications, catalog, campaigns,
                progress, this::created).open());
        open.setId("new-file");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        files.setId("my-files");
        files.addColumn(Application::evaluationYear).setHeader(getTranslation("files.year")).setAutoWidth(true);
        Labels.fileColumns(files, catalog);
        files.setAllRowsVisible(true);
        files.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        details.setId("file-details");
        dashboard.setWidthFull();
        details.setWidthFull();
        // ..R-32: the professional record comes before any file
        Button career = new Button(getTranslation("career.open"), click -> new CareerRecordDialog(careers,
                CurrentUser.require(), () -> show(files.asSingleSelect().getValue())).open());
        career.setId("career-record");
        add(new H2(getTranslation("files.heading")), new HorizontalLayout(career, open), files, details);
        refresh(null);
    }

    private void created(Application draft) {
        refresh(draft.id());
    }

    private void refresh(Long select) {
        Actor me = CurrentUser.require();
        List<Application> mine = applications.forApplicant(me.applicantId(), me);
        files.setItems(mine);
        Optional<Application> chosen = mine.stream().filter(a -> select != null && a.id() == select).findFirst()
                .or(() -> mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1)));
        chosen.ifPresentOrElse(files::select, () -> details.removeAll());
    }

    private void show(Application file) {
        details.removeAll();
        if (file == null) {
            return;
        }
        Actor me = CurrentUser.require();
        Optional<Campaign> campaign = campaigns.campaign(file.evaluationYear());
        // the file's title and status badge: text only, so markup in one server node (issue 16)
        Div heading = new Div();
        new StaticMarkup().open("h3").text(Labels.series(catalog, file.seriesCode()) + " · " + Labels.specialty(catalog, file)
                        + " · " + Terms.of(file.level(), file.level().officialTerm())).close("h3")
                .open("vaadin-horizontal-layout", "theme", "spacing").open("span").text(getTranslation("files.status") + "：")
                .close("span").open("span", "id", "file-status", "theme", "badge").text(getTranslation("status." + file.status().name()))
                .close("span").close("vaadin-horizontal-layout").show(heading);
        details.add(heading);
        boolean editable = file.status() == ApplicationStatus.DRAFT || file.status() == ApplicationStatus.RETURNED;
        // where the file stands, what is missing (each item opens its tab and field), a return's banner
        details.add(dashboard);
        showDashboard(file, me, campaign);
        details.add(tabs = new LazyTabs("file-tabs")
                .part("tab-overview", getTranslation("files.tab.overview"), () -> overview(file, me, campaign))
                .part("tab-sections", getTranslation("files.tab.sections"), () -> new SectionsPanel(content, file.id(), me, editable,
                        catalog.find(file.seriesCode()).orElse(null)))
                .part("tab-attachments", getTranslation("files.tab.attachments"),
                        () -> new AttachmentsPanel(attachments, file.id(), me, editable))
                .part("tab-education", getTranslation("files.tab.education"),
                        () -> new EducationPanel(education, file.applicantId(), file.id(), file.evaluationYear(), me, editable))
                .part("tab-commitment", getTranslation("files.tab.commitment"),
                        () -> new CommitmentPanel(content, file.id(), me, editable))
                .part("tab-documents", getTranslation("files.tab.documents"),
                        () -> new DocumentsPanel(file, certificates, documents, me)));
    }

    /** Rebuilt whenever the overview tab is opened, so that what was filled since counts. */
    private void showDashboard(Application file, Actor me, Optional<Campaign> campaign) {
        dashboard.removeAll();
        dashboard.add(new FileDashboard(progress.progress(file.id(), me), campaign.map(Campaign::maxSubmissions).orElse(0),
                this::goTo, catalog.find(file.seriesCode()).orElse(null)));
    }

    private VerticalLayout overview(Application file, Actor me, Optional<Campaign> campaign) {
        if (tabs != null) {
            showDashboard(file, me, campaign);
        }
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        // the years counted to 12-31 of the evaluation year, from the file's dates
        details.add(SeniorityLine.of(careers.seniority(file.id(), me), "file-seniority"));
        campaign.ifPresent(c -> {
            int left = Math.max(0, c.maxSubmissions() - file.submissionCount());
            Paragraph submissions = new Paragraph(getTranslation("files.submissionsLeft", file.submissionCount(), left));
            submissions.setId("submissions-left");
            details.add(submissions);
        });
        if (file.status() == ApplicationStatus.UNDER_EVALUATION && file.level().isSenior()) {
            // the applicant learns when and where to defend from their own file
            Paragraph defense = new Paragraph(scheduling.appointment(file.id(), me)
                    .map(a -> getTranslation("files.defense", Labels.defense(this, a)))
                    .orElseGet(() -> getTranslation("files.defense.pending")));
            defense.setId("file-defense");
            details.add(defense);
        }
        if (file.channel().needsEntrustmentLetter()) {
            details.add(new EntrustmentLetterPanel(applications, file, me, null)); // recorded by the bureau
        }
        HorizontalLayout actions = new HorizontalLayout();
        // the buttons are the acts core's workflow table lets this applicant do to the file now
        List<WorkflowAct> allowed = workflow.allowedActs(file.id(), me).stream().map(Transition::act).toList();
        if (allowed.contains(WorkflowAct.SUBMIT)) {
            Button submit = new Button(getTranslation(file.status() == ApplicationStatus.DRAFT ? "files.submit" : "files.resubmit"),
                    click -> {
                        // what will happen, or what is still missing, before anything is submitted
                        SubmitDialog.open(progress.progress(file.id(), me), me.employer(),
                                campaign.map(Campaign::publicityWorkingDays).orElse(0),
                                campaign.map(Campaign::maxSubmissions).orElse(0), () -> {
                                    if (Notices.attempt(() -> applications.submit(file.id(), file.version(), me))) {
                                        Notices.info(getTranslation("files.submitted"));
                                        refresh(file.id());
                                    }
                                }, this::goTo, catalog.find(file.seriesCode()).orElse(null));
                    });
            submit.setId("submit-file");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
            // a removed plugin (暂停受理): core refuses the submission, so say why before the applicant tries
            catalog.find(file.seriesCode()).filter(series -> !series.accepting()).ifPresent(series -> {
                Paragraph suspended = new Paragraph(getTranslation("files.seriesSuspended", series.name()));
                suspended.setId("series-suspended");
                suspended.getElement().getThemeList().add("badge error");
                details.add(suspended);
                submit.setEnabled(false);
                submit.setTooltipText(suspended.getText());
            });
        }
        if (allowed.contains(WorkflowAct.PAY_FEE)) {
            Button pay = new Button(getTranslation("files.pay"), click -> new FeePaymentDialog(applications, file, me, campaigns.today(),
                    () -> refresh(file.id())).open());
            pay.setId("pay-fee");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(pay);
        }
        if (allowed.contains(WorkflowAct.WITHDRAW)) {
            // irreversible, and the file still counts as the year's one application: asked once more
            Button withdraw = new Button(getTranslation("files.withdraw"), click -> new ActDialog("withdraw",
                    getTranslation("files.withdraw"), getTranslation("withdraw.consequence", String.valueOf(file.evaluationYear())),
                    null, true, none -> {
                        boolean done = Notices.attempt(() -> applications.withdraw(file.id(), file.version(), me));
                        if (done) {
                            Notices.info(getTranslation("files.withdrawn"));
                            refresh(file.id());
                        }
                        return done;
                    }).confirming(getTranslation("withdraw.confirm")).open());
            withdraw.setId("withdraw-file");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        details.add(actions);
        details.add(new H3(getTranslation("files.history")));
        Grid<StatusChange> history = new Grid<>();
        history.setId("file-history");
        history.addColumn(change -> WHEN.format(change.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        history.addColumn(change -> Labels.platformDate(change.platformDate())).setHeader(getTranslation("history.platformDate"))
                .setAutoWidth(true);
        history.addColumn(change -> getTranslation("status." + change.to().name())).setHeader(getTranslation("history.to"))
                .setAutoWidth(true);
        history.addColumn(StatusChange::actor).setHeader(getTranslation("history.actor")).setAutoWidth(true);
        Series fileSeries = catalog.find(file.seriesCode()).orElse(null); // core's fixed remarks (创建申报) in the UI's language
        history.addColumn(change -> SeriesLabels.of(fileSeries, change.reason())).setHeader(getTranslation("history.remark")).setFlexGrow(1);
        history.setItems(applications.history(file.id(), me));
        history.setAllRowsVisible(true);
        details.add(history);
        return details;
    }

    /** Opens the tab of a missing item and, for a section's field, puts the cursor in it. */
    private void goTo(MissingItem item) {
        String tab = switch (item.part()) {
            case SECTIONS -> "tab-sections";
            case ATTACHMENTS -> "tab-attachments";
            case EDUCATION -> "tab-education";
            case COMMITMENT -> "tab-commitment";
        };
        tabs.open(tab, part -> {
            if (part instanceof SectionsPanel sections && !item.fieldId().isEmpty()) {
                sections.focus(item.sectionId(), item.fieldId());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("files.heading") + " - " + getTranslation("app.title");
    }

    /** {@code ?file=<id>} (a message opened in 消息) selects that file. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FileLinks.requested(event).ifPresent(this::refresh);
    }
}
