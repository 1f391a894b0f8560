package org.zhicheng.ui.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.zhicheng.ui.internal.i18n.SeriesLabels;
import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.StreamResource;

/**
 * A file's attachments: typed scans uploaded with the upload's own progress bar, each marked
 * whether the applicant masked name, photo and employer in it, previewed in place and downloaded. Read-only
 * for reviewers; the applicant uploads and removes while the file may still be edited.
 */
public class AttachmentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Core's default limit; a smaller configured limit is refused by core in Chinese. */
    private static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient AttachmentService attachments;
    private final long applicationId;
    private final transient Actor actor;
    private final boolean editable;
    private final Grid<Attachment> grid = new Grid<>();
    private final Div missingProof = new Div();

    public AttachmentsPanel(AttachmentService attachments, long applicationId, Actor actor, boolean editable) {
        this.attachments = attachments;
        this.applicationId = applicationId;
        this.actor = actor;
        this.editable = editable;
        setId("attachments-panel");
        setPadding(false);
        if (editable) {
            add(new Paragraph(getTranslation("attachments.rules")));
            add(uploadForm());
        }
        missingProof.setId("missing-proof");
        grid.setId("attachments");
        grid.addColumn(a -> Terms.of(a.type(), a.type().officialTerm())).setHeader(getTranslation("attachments.type")).setAutoWidth(true);
        Grid.Column<Attachment> name = grid.addColumn(Attachment::fileName).setHeader(getTranslation("attachments.fileName"))
                .setFlexGrow(1);
        Grid.Column<Attachment> size = grid.addColumn(a -> ScanPreview.size(a.size()))
                .setHeader(getTranslation("attachments.size")).setAutoWidth(true);
        grid.addComponentColumn(this::maskedBadge).setHeader(getTranslation("attachments.masked")).setAutoWidth(true);
        Grid.Column<Attachment> uploaded = grid.addColumn(a -> WHEN.format(a.uploadedAt()))
                .setHeader(getTranslation("attachments.uploadedAt")).setAutoWidth(true);
        Grid.Column<Attachment> actions = grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("attachments.actions")).setAutoWidth(true);
        // issue 12: on a phone preview and download come first, with no sideways scrolling to reach them; the type names
        // the scan (the preview shows its file name)
        ResponsiveGrid.of(grid).lead(actions).secondary(name, size, uploaded);
        grid.setAllRowsVisible(true);
        add(missingProof, grid);
        refresh();
    }

    private HorizontalLayout uploadForm() {
        ComboBox<AttachmentType> type = new ComboBox<>(getTranslation("attachments.type"));
        type.setId("attachment-type");
        type.setItems(AttachmentType.values());
        type.setItemLabelGenerator(t -> Terms.of(t, t.officialTerm()));
        type.setWidth("16em");
        Checkbox masked = new Checkbox(getTranslation("attachments.maskedConfirm"));
        masked.setId("attachment-masked");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("attachment-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setDropLabel(new Span(getTranslation("attachments.drop")));
        upload.setI18n(UploadTexts.of(this));
        upload.addSucceededListener(event -> {
            upload.clearFileList();
            if (type.getValue() == null) {
                Notices.error(getTranslation("attachments.typeRequired"));
                return;
            }
            byte[] content;
            try (InputStream in = buffer.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException failed) {
                Notices.error(getTranslation("attachments.readFailed"));
                return;
            }
            if (Notices.attempt(() -> attachments.upload(applicationId, type.getValue(), event.getFileName(), content,
                    masked.getValue(), actor))) {
                Notices.info(getTranslation("attachments.uploaded", event.getFileName()));
                masked.setValue(false);
                refresh();
            }
        });
        upload.addFileRejectedListener(event -> Notices.error(getTranslation("attachments.rejected", event.getErrorMessage())));
        VerticalLayout choices = new VerticalLayout(type, masked);
        choices.setPadding(false);
        choices.setSpacing(false);
        HorizontalLayout form = new HorizontalLayout(choices, upload);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private void refresh() {
        List<Attachment> list = attachments.attachments(applicationId, actor);
        grid.setItems(list);
        missingProof.removeAll();
        List<String> missing = attachments.missingEducationProof(applicationId, actor);
        if (!missing.isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("attachments.missingProof", String.join(
                    ZhichengTranslations.rightToLeft(getLocale()) ? "؛ " : "；", missing.stream().map(m -> SeriesLabels.missing(null, m)).toList())));
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            missingProof.add(warning);
        }
    }

    private Span maskedBadge(Attachment attachment) {
        Span badge = new Span(getTranslation(attachment.masked() ? "attachments.masked.yes" : "attachments.masked.no"));
        badge.getElement().getThemeList().add(attachment.masked() ? "badge success" : "badge contrast");
        return badge;
    }

    private HorizontalLayout actions(Attachment attachment) {
        HorizontalLayout actions = new HorizontalLayout();
        Button preview = new Button(getTranslation("attachments.preview"), click -> preview(attachment));
        preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        preview.setId("preview-" + attachment.id());
        Anchor download = new Anchor(resource(attachment), getTranslation("attachments.download"));
        download.getElement().setAttribute("download", true);
        download.setId("download-" + attachment.id());
        actions.add(preview, download);
        if (editable) {
            Button remove = new Button(getTranslation("attachments.remove"), click -> {
                if (Notices.attempt(() -> attachments.remove(attachment.id(), actor))) {
                    Notices.info(getTranslation("attachments.removed", attachment.fileName()));
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("remove-" + attachment.id());
            actions.add(remove);
        }
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void preview(Attachment attachment) {
        ScanPreview.open(this, Terms.of(attachment.type(), attachment.type().officialTerm()) + " · " + attachment.fileName(), attachment.contentType(),
                resource(attachment));
    }

    /** Read through core on each request, so every download is checked and matched to its SHA-256. */
    private StreamResource resource(Attachment attachment) {
        return ScanPreview.resource(attachment.fileName(), attachment.contentType(),
                () -> attachments.content(attachment.id(), actor));
    }
}
