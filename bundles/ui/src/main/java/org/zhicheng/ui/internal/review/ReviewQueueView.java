package org.zhicheng.ui.internal.review;

import java.util.EnumSet;
import java.util.Set;
import org.zhicheng.api.domain.TextLimits;
import java.time.LocalDate;
import java.util.function.Function;

import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.ui.internal.sheet.SheetDownloads;
import org.zhicheng.ui.internal.file.SeniorityLine;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.review.AvailableAct;
import org.zhicheng.api.review.ReviewAct;
import org.zhicheng.api.review.ReviewDesk;
import org.zhicheng.api.sheet.SheetService;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.review.ReviewRow;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.file.AttachmentsPanel;
import org.zhicheng.ui.internal.file.SectionsPanel;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.file.EducationPanel;
import org.zhicheng.ui.internal.file.EntrustmentLetterPanel;
import org.zhicheng.ui.internal.file.FeePaymentDialog;
import org.zhicheng.ui.internal.views.FileLinks;
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.ActDialog;
import org.zhicheng.ui.internal.views.BulkActs;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The reviewers' queue: by default the files waiting for the logged-in employer, county bureau or series department
 * (待我办理, core keeps the list to what they cover), searched by the beginning of a name or ID number or by the file number, with days waiting and the stage's
 * deadline; lazy-loaded. The selected file shows the role's acts as core offers them: possible, or disabled with core's
 * reason; each act is confirmed with what it will do, and answered with what it did.
 */
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationService applications;
    private final transient ApplicantService applicants;
    private final transient SeriesCatalog catalog;
    private final transient AttachmentService attachments;
    private final transient ContinuingEducationService education;
    private final transient CertificateService certificates;
    private final transient DocumentService documents;
    private final transient FileContentService content;
    private final transient CampaignService campaigns;
    private final transient CareerService careers;
    private final transient ReviewDesk desk;
    /** Who accepts material (R-19), so whose queue offers it for a batch. */
    private static final Set<Role> BULK_ACCEPTING = EnumSet.of(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT, Role.INTEGRATION);
    private final Checkbox pending = new Checkbox();
    private final TextField search = new TextField();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<Series> series = new ComboBox<>();
    private final Grid<ReviewRow> queue = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div details = new Div();

    public ReviewQueueView(ApplicationService applications, ApplicantService applicants, SeriesCatalog catalog,
                           AttachmentService attachments, ContinuingEducationService education,
                           CertificateService certificates, CampaignService campaigns, FileContentService content,
                           CareerService careers, ReviewDesk desk, SheetService sheets,
                           DocumentService documents, BulkOfficeActs bulk) {
        this.applications = applications;
        this.applicants = applicants;
        this.catalog = catalog;
        this.attachments = attachments;
        this.education = education;
        this.certificates = certificates;
        this.documents = documents;
        this.content = content;
        this.campaigns = campaigns;
        this.careers = careers;
        this.desk = desk;
        setId("review-view");
        Actor me = CurrentUser.require();
        status.setLabel(getTranslation("review.filter.status"));
        status.setId("review-status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        pending.setLabel(getTranslation("review.pendingOnly"));
        pending.setId("review-pending");
        pending.setValue(true);
        search.setLabel(getTranslation("review.search"));
        search.setPlaceholder(getTranslation("review.search.placeholder"));
        search.setId("review-search");
        search.setMaxLength(TextLimits.FULL_NAME);
        search.setWidth("21em"); // the whole placeholder
        search.getStyle().set("max-width", "100%");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        series.setLabel(getTranslation("review.filter.series"));
        series.setItems(catalog.allSeries());
        series.setItemLabelGenerator(Series::name);
        series.setClearButtonVisible(true);
        // a status picked is a look at that status, whoever it waits for
        status.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                pending.setValue(false);
            }
            refresh();
        });
        pending.addValueChangeListener(event -> refresh());
        search.addValueChangeListener(event -> refresh());
        series.addValueChangeListener(event -> refresh());

        queue.setId("review-queue");
        queue.addColumn(row -> row.application().id()).setHeader(getTranslation("review.column.id")).setAutoWidth(true);
        // the names come with their page: one query per page, not one per row
        queue.addColumn(ReviewRow::applicantName).setHeader(getTranslation("review.column.applicant")).setAutoWidth(true);
        queue.addColumn(ReviewRow::idNumberMasked).setHeader(getTranslation("review.column.idNumber")).setAutoWidth(true);
        Labels.fileColumns(queue, ReviewRow::application, catalog);
        queue.addColumn(row -> row.since() == null ? "—" : getTranslation("review.days", row.daysWaiting()))
                .setHeader(getTranslation("review.column.waiting")).setAutoWidth(true);
        queue.addColumn(row -> row.deadline() == null ? "—"
                : getTranslation("review.deadline." + row.deadlineKind().name(), row.deadline()))
                .setHeader(getTranslation("review.column.deadline")).setAutoWidth(true);
        ResponsiveGrid.of(queue).secondary(getTranslation("review.column.id"), getTranslation("review.column.idNumber"),
                getTranslation("review.column.waiting")); // the deadline says more on a phone than the days waited // issue 12: a phone's columns
        // lazy: only the rows on screen are loaded, the filter and the actor's scope applied in the database
        queue.setItems(query -> desk.queue(query(), query.getOffset(), query.getLimit(), me).stream(),
                query -> (int) desk.count(query(), me));
        queue.setPageSize(50);
        queue.setHeight("320px");
        BulkActs.multiSelect(queue, row -> show(row.application()));
        empty.setId("review-empty");
        details.setId("review-details");
        HorizontalLayout filters = new HorizontalLayout(search, status, series, pending);
        // issue 18: the queue as filtered, as a spreadsheet
        filters.add(new SheetDownloads("review-queue-download", getTranslation("sheet.file.queue"),
                format -> sheets.reviewQueue(query(), format, me)));
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("review.heading." + me.role().name())), filters);
        if (BULK_ACCEPTING.contains(me.role())) {
            // issue 16: the bureau ticks a batch of recommended files and accepts their material at once (R-19)
            add(BulkActs.button("review-bulk-accept", "review.bulk.accept", queue, ReviewRow::application,
                    f -> f.status() == ApplicationStatus.RECOMMENDED,
                    refs -> bulk.acceptMaterials(refs, me).count(), this::refresh));
        }
        add(empty, queue, details);
        showEmptyState();
    }

    private ReviewQuery query() {
        return new ReviewQuery(pending.getValue(), search.getValue(), series.getValue() == null ? null : series.getValue().code(),
                status.getValue());
    }

    private void refresh() {
        queue.deselectAll();
        queue.getDataProvider().refreshAll();
        details.removeAll();
        showEmptyState();
    }

    /** An empty queue says why and what to do next, instead of an empty grid. */
    private void showEmptyState() {
        Actor me = CurrentUser.require();
        boolean none = desk.count(query(), me) == 0;
        empty.setVisible(none);
        queue.setVisible(!none);
        if (none) {
            empty.setText(query().text() != null ? getTranslation("review.empty.search", query().text())
                    : pending.getValue() ? getTranslation("review.empty.pending." + me.role().name())
                    : getTranslation("review.empty.filtered"));
        }
    }

    private void show(Application file) {
        details.removeAll();
        if (file == null) {
            return;
        }
        Actor me = CurrentUser.require();
        details.add(new H3(applicants.find(file.applicantId(), me).map(a -> a.fullName() + " · " + a.employer()).orElse("")
                + " · " + file.specialty() + " · " + file.level().officialTerm()));
        applications.publicity(file.id(), me).ifPresent(publicity -> details.add(publicityText(publicity)));
        applications.feePayment(file.id(), me).ifPresent(payment -> {
            Paragraph fee = new Paragraph(getTranslation("review.feePaid", payment.amountYuan(),
                    getTranslation("pay.method." + payment.method().name()), payment.reference(), payment.paidOn()));
            fee.setId("review-fee");
            details.add(fee);
        });
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        boolean bureau = me.role() != Role.EMPLOYER;
        if (file.channel().needsEntrustmentLetter()) {
            // R-05: the letter the file needs before it is accepted; recorded by the roles core lets (bureau here:
            // county bureau, series department, integration), read by the employer
            details.add(new EntrustmentLetterPanel(applications, file, me, bureau ? updated -> {
                queue.getDataProvider().refreshAll();
                show(updated);
            } : null));
        }
        // the acts core offers this actor on this file now; the impossible ones disabled with core's reason
        for (AvailableAct act : desk.availableActs(file.id(), me)) {
            actions.add(actButton(file, act, me));
        }
        details.add(actions);
        // R-12, R-20: the years the employer checks, counted to 12-31 of the evaluation year
        details.add(SeniorityLine.of(careers.seniority(file.id(), me), "review-seniority"));
        details.add(new LazyTabs("file-tabs")
                .part("tab-sections", getTranslation("files.tab.sections"), () -> new SectionsPanel(content, file.id(), me, false,
                        catalog.find(file.seriesCode()).orElse(null)))
                .part("tab-attachments", getTranslation("files.tab.attachments"),
                        () -> new AttachmentsPanel(attachments, file.id(), me, false))
                .part("tab-education", getTranslation("files.tab.education"),
                        () -> {
                            EducationPanel panel = new EducationPanel(education, file.applicantId(), file.id(),
                                    file.evaluationYear(), me, false);
                            return bureau ? panel.withExemptionForm() : panel; // Annex 4 forms are the bureau's (R-18)
                        })
                .part("tab-documents", getTranslation("files.tab.documents"),
                        () -> new DocumentsPanel(file, certificates, documents, me)));
    }

    private Paragraph publicityText(Publicity publicity) {
        Paragraph text = new Paragraph(getTranslation("review.publicity", publicity.firstDay(), publicity.lastDay(),
                publicity.openObjections(), publicity.employerOpinion()));
        text.setId("review-publicity");
        return text;
    }

    private static final String[] IDS = {"approve", "return", "object", "dismiss", "uphold", "recommend", "accept",
            "fee-record", "refuse"};

    /** The act's button: enabled when core says it is possible, else disabled with core's reason as its tooltip. */
    private Component actButton(Application file, AvailableAct act, Actor me) {
        String id = IDS[act.act().ordinal()];
        Button button = new Button(getTranslation("review.act." + act.act().name()), click -> confirm(file, act, me));
        button.setId("review-" + id);
        if (act.act() == ReviewAct.REFUSE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else if (act.act() == ReviewAct.RECOMMEND || act.act() == ReviewAct.APPROVE || act.act() == ReviewAct.ACCEPT_MATERIAL) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (act.possible()) {
            return button;
        }
        button.setEnabled(false);
        String reason = "en".equals(getLocale().getLanguage()) ? act.reasonEn() : act.reasonZh();
        // a disabled button takes no hover: the wrapper carries the reason
        Span wrapper = new Span(button);
        wrapper.setId("review-" + id + "-why");
        wrapper.getElement().setAttribute("title", reason);
        button.getElement().setAttribute("title", reason);
        return wrapper;
    }

    /** Says what the act will do, asks for the text it needs, does it, and says what it did. */
    private void confirm(Application file, AvailableAct act, Actor me) {
        String who = applicants.find(file.applicantId(), me).map(a -> a.fullName()).orElse("#" + file.id());
        String title = getTranslation("review.act." + act.act().name());
        LocalDate resubmitBy = act.resubmissionDeadline();
        switch (act.act()) {
            case APPROVE -> open(title, getTranslation("review.confirm.APPROVE", who), "review.opinion", false,
                    text -> applications.approveByEmployer(file.id(), file.version(), me, text),
                    done -> getTranslation("review.did.APPROVE", applications.publicity(file.id(), me)
                            .map(p -> p.lastDay().toString()).orElse("—")));
            case RETURN -> open(title, getTranslation("review.confirm.RETURN", who, resubmitBy), "review.reason", false,
                    text -> applications.returnForRevision(file.id(), file.version(), me, text),
                    done -> getTranslation("review.did.RETURN", who, resubmitBy));
            case OBJECT -> open(title, getTranslation("review.confirm.OBJECT"), "review.objection", false,
                    text -> applications.recordObjection(file.id(), me, text), done -> getTranslation("review.did.OBJECT"));
            case DISMISS_OBJECTIONS -> open(title, getTranslation("review.confirm.DISMISS_OBJECTIONS"), "review.reason", false,
                    text -> applications.resolveObjections(file.id(), file.version(), me, false, text),
                    done -> getTranslation("review.did.DISMISS_OBJECTIONS"));
            case UPHOLD_OBJECTIONS -> open(title, getTranslation("review.confirm.UPHOLD_OBJECTIONS", who, resubmitBy),
                    "review.reason", true, text -> applications.resolveObjections(file.id(), file.version(), me, true, text),
                    done -> getTranslation("review.did.RETURN", who, resubmitBy));
            case RECOMMEND -> open(title, getTranslation("review.confirm.RECOMMEND", who, nextReviewer(file, me)), null, false,
                    text -> applications.recommend(file.id(), file.version(), me),
                    done -> getTranslation("review.did.RECOMMEND", nextReviewer(file, me)));
            case ACCEPT_MATERIAL -> open(title, getTranslation("review.confirm.ACCEPT_MATERIAL", who), null, false,
                    text -> applications.acceptMaterial(file.id(), file.version(), me),
                    done -> getTranslation("review.did.ACCEPT_MATERIAL"));
            case RECORD_FEE -> new FeePaymentDialog(applications, file, me, campaigns.today(),
                    () -> done(getTranslation("review.did.RECORD_FEE"))).open();
            case REFUSE -> open(title, getTranslation("review.confirm.REFUSE", who), "review.finding", true,
                    text -> applications.refuseForFalsification(file.id(), file.version(), me, text),
                    done -> getTranslation("review.did.REFUSE", who));
        }
    }

    private void open(String title, String consequence, String prompt, boolean danger, Function<String, Object> call,
                      Function<Object, String> said) {
        new ActDialog("review", title, consequence, prompt == null ? null : getTranslation(prompt), danger, text -> {
            Object[] result = new Object[1];
            if (Notices.attempt(() -> result[0] = call.apply(text))) {
                done(said.apply(result[0]));
                return true;
            }
            return false;
        }).open();
    }

    /** Whom a recommended file goes to (R-19): the county's bureau, and the series department. */
    private String nextReviewer(Application file, Actor me) {
        String department = getTranslation("review.department", Labels.series(catalog, file.seriesCode()));
        return applicants.find(file.applicantId(), me).map(a -> a.county()).filter(c -> c != null && !c.isBlank())
                .map(county -> getTranslation("review.countyBureau", county) + getTranslation("review.and") + department)
                .orElse(department);
    }

    private void done(String message) {
        Notices.info(message);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading." + CurrentUser.require().role().name()) + " - " + getTranslation("app.title");
    }

    /** A link to one file (from a message) opens it beside the queue; a file outside the caller's scope is refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FileLinks.requested(event).ifPresent(id -> Notices.attempt(() -> applications.find(id, CurrentUser.require())
                .ifPresent(this::show)));
    }
}
