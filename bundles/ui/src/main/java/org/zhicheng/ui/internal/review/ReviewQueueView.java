package org.zhicheng.ui.internal.review;

import java.util.function.Supplier;

import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.ui.internal.file.SeniorityLine;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationRow;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.ui.internal.file.AttachmentsPanel;
import org.zhicheng.ui.internal.file.SectionsPanel;
import org.zhicheng.ui.internal.file.DocumentsPanel;
import org.zhicheng.ui.internal.file.EducationPanel;
import org.zhicheng.ui.internal.file.EntrustmentLetterPanel;
import org.zhicheng.ui.internal.file.FeePaymentDialog;
import org.zhicheng.ui.internal.views.LazyTabs;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.session.ForRoles;
import org.zhicheng.ui.internal.views.Labels;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The reviewers' queue: the files the logged-in employer, county bureau or series department covers (core keeps
 * the list to them), lazy-loaded and filtered by status and series; the acts of the role on the selected file.
 */
@ForRoles({Role.EMPLOYER, Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT, Role.INTEGRATION})
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationService applications;
    private final transient ApplicantService applicants;
    private final transient SeriesCatalog catalog;
    private final transient AttachmentService attachments;
    private final transient ContinuingEducationService education;
    private final transient CertificateService certificates;
    private final transient FileContentService content;
    private final transient CampaignService campaigns;
    private final transient CareerService careers;
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<Series> series = new ComboBox<>();
    private final Grid<ApplicationRow> queue = new Grid<>();
    private final Div details = new Div();

    public ReviewQueueView(ApplicationService applications, ApplicantService applicants, SeriesCatalog catalog,
                           AttachmentService attachments, ContinuingEducationService education,
                           CertificateService certificates, CampaignService campaigns, FileContentService content,
                           CareerService careers) {
        this.applications = applications;
        this.applicants = applicants;
        this.catalog = catalog;
        this.attachments = attachments;
        this.education = education;
        this.certificates = certificates;
        this.content = content;
        this.campaigns = campaigns;
        this.careers = careers;
        setId("review-view");
        Actor me = CurrentUser.require();
        status.setLabel(getTranslation("review.filter.status"));
        status.setId("review-status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        status.setValue(me.role() == Role.EMPLOYER ? ApplicationStatus.SUBMITTED : null);
        series.setLabel(getTranslation("review.filter.series"));
        series.setItems(catalog.allSeries());
        series.setItemLabelGenerator(Series::name);
        series.setClearButtonVisible(true);
        status.addValueChangeListener(event -> queue.getDataProvider().refreshAll());
        series.addValueChangeListener(event -> queue.getDataProvider().refreshAll());

        queue.setId("review-queue");
        queue.addColumn(row -> row.application().id()).setHeader(getTranslation("review.column.id")).setAutoWidth(true);
        // the names come with their page: one query per page, not one per row
        queue.addColumn(ApplicationRow::applicantName).setHeader(getTranslation("review.column.applicant")).setAutoWidth(true);
        Labels.fileColumns(queue, ApplicationRow::application, catalog);
        ResponsiveGrid.of(queue).secondary(getTranslation("review.column.id")); // issue 12: a phone's columns
        // lazy: only the rows on screen are loaded, the filter and the actor's scope applied in the database
        queue.setItems(query -> applications.searchRows(filter(), query.getOffset(), query.getLimit(), me).stream(),
                query -> (int) applications.count(filter(), me));
        queue.setPageSize(50);
        queue.setHeight("320px");
        queue.asSingleSelect().addValueChangeListener(event -> show(event.getValue() == null ? null
                : event.getValue().application()));
        details.setId("review-details");
        HorizontalLayout filters = new HorizontalLayout(status, series);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("review.heading." + me.role().name())), filters, queue, details);
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(null, series.getValue() == null ? null : series.getValue().code(), status.getValue(), null);
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
        boolean employer = me.role() == Role.EMPLOYER || me.role() == Role.INTEGRATION;
        boolean bureau = me.role() != Role.EMPLOYER;
        if (file.channel().needsEntrustmentLetter()) {
            // the letter the file needs before it is accepted; recorded by the roles core lets (bureau here:
            // county bureau, series department, integration), read by the employer
            details.add(new EntrustmentLetterPanel(applications, file, me, bureau ? updated -> {
                queue.getDataProvider().refreshAll();
                show(updated);
            } : null));
        }
        switch (file.status()) {
            case SUBMITTED -> {
                if (employer) {
                    actions.add(withText("approve", "review.approve", "review.opinion",
                            text -> applications.approveByEmployer(file.id(), file.version(), me, text)));
                }
                actions.add(withText("return", "review.return", "review.reason",
                        text -> applications.returnForRevision(file.id(), file.version(), me, text)));
            }
            case IN_PUBLICITY -> {
                if (employer) {
                    actions.add(act("recommend", "review.recommend", () -> applications.recommend(file.id(), file.version(), me)));
                    // an objection a member of staff raised with the unit, recorded on their behalf
                    actions.add(withText("object", "review.object", "review.objection",
                            text -> applications.recordObjection(file.id(), me, text)));
                    actions.add(withText("dismiss", "review.dismiss", "review.reason",
                            text -> applications.resolveObjections(file.id(), file.version(), me, false, text)));
                    actions.add(withText("uphold", "review.uphold", "review.reason",
                            text -> applications.resolveObjections(file.id(), file.version(), me, true, text)));
                }
            }
            case RECOMMENDED -> {
                if (bureau) {
                    actions.add(act("accept", "review.accept", () -> applications.acceptMaterial(file.id(), file.version(), me)));
                }
            }
            case MATERIAL_RECEIVED -> {
                if (bureau) {
                    // the fee the bureau received by bank or QR code on the committee's account
                    Button fee = new Button(getTranslation("review.recordFee"), click -> new FeePaymentDialog(applications, file,
                            me, campaigns.today(), this::done).open());
                    fee.setId("review-fee-record");
                    actions.add(fee);
                }
            }
            default -> { }
        }
        if (bureau && file.status() != ApplicationStatus.DRAFT && file.status() != ApplicationStatus.REFUSED
                && file.status() != ApplicationStatus.CERTIFIED && file.status() != ApplicationStatus.REVOKED) {
            Button refuse = withText("refuse", "review.refuse", "review.finding",
                    text -> applications.refuseForFalsification(file.id(), file.version(), me, text));
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(refuse);
        }
        details.add(actions);
        // the years the employer checks, counted to 12-31 of the evaluation year
        details.add(SeniorityLine.of(careers.seniority(file.id(), me), "review-seniority"));
        details.add(new LazyTabs("file-tabs")
                .part("tab-sections", getTranslation("files.tab.sections"), () -> new SectionsPanel(content, file.id(), me, false))
                .part("tab-attachments", getTranslation("files.tab.attachments"),
                        () -> new AttachmentsPanel(attachments, file.id(), me, false))
                .part("tab-education", getTranslation("files.tab.education"),
                        () -> {
                            EducationPanel panel = new EducationPanel(education, file.applicantId(), file.id(),
                                    file.evaluationYear(), me, false);
                            return bureau ? panel.withExemptionForm() : panel; // Annex 4 forms are the bureau's
                        })
                .part("tab-documents", getTranslation("files.tab.documents"),
                        () -> new DocumentsPanel(file, applications, applicants, certificates, content, catalog, me)));
    }

    private Paragraph publicityText(Publicity publicity) {
        Paragraph text = new Paragraph(getTranslation("review.publicity", publicity.firstDay(), publicity.lastDay(),
                publicity.openObjections(), publicity.employerOpinion()));
        text.setId("review-publicity");
        return text;
    }

    private Button act(String id, String label, Supplier<Object> call) {
        Button button = new Button(getTranslation(label), click -> {
            if (Notices.attempt(call::get)) {
                done();
            }
        });
        button.setId("review-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** An act that needs a written opinion or reason: asked for in a dialog, required. */
    private Button withText(String id, String label, String prompt, java.util.function.Function<String, Object> call) {
        Button button = new Button(getTranslation(label), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(label));
            TextArea text = new TextArea(getTranslation(prompt));
            text.setId("review-text");
            text.setWidth("min(480px, 80vw)");
            Button confirm = new Button(getTranslation("common.confirm"), ok -> {
                if (Notices.attempt(() -> call.apply(text.getValue()))) {
                    dialog.close();
                    done();
                }
            });
            confirm.setId("review-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(text);
            dialog.getFooter().add(new Button(getTranslation("common.cancel"), cancel -> dialog.close()), confirm);
            dialog.open();
        });
        button.setId("review-" + id);
        return button;
    }

    private void done() {
        Notices.info(getTranslation("review.done"));
        queue.getDataProvider().refreshAll();
        details.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading." + CurrentUser.require().role().name()) + " - " + getTranslation("app.title");
    }
}
