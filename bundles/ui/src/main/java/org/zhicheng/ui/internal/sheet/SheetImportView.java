package org.zhicheng.ui.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.sheet.CellError;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.api.sheet.SheetImport;
import org.zhicheng.api.sheet.SheetService;
import org.zhicheng.ui.internal.file.UploadTexts;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * 表格导入 (issue 18): continuing-education hours and exam results from the published template. The file is checked
 * whole first: its wrong rows and columns are listed in a grid and nothing is stored; a right file is imported only
 * after a confirmation saying how many rows are new.
 */
public class SheetImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "imports";
    /** The upload stops here; core refuses anything beyond its own (smaller) configured limit with a clear message. */
    private static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

    private final transient SheetService sheets;
    private final ComboBox<ImportKind> kind = new ComboBox<>();
    private final Div templates = new Div();
    private final Paragraph outcome = new Paragraph();
    private final Grid<CellError> errors = new Grid<>();

    public SheetImportView(SheetService sheets) {
        this.sheets = sheets;
        setId("sheet-import-view");
        Actor me = CurrentUser.require();
        kind.setId("sheet-import-kind");
        kind.setLabel(getTranslation("sheet.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sheet.kind." + k.name()));
        kind.setValue(ImportKind.EDUCATION_HOURS);
        kind.addValueChangeListener(event -> showTemplates(me));
        templates.setId("sheet-templates");
        showTemplates(me);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("sheet-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(UploadTexts.of(this));
        upload.setDropLabel(new Span(getTranslation("sheet.import.drop")));
        upload.addSucceededListener(event -> {
            try (InputStream in = buffer.getInputStream()) {
                check(event.getFileName(), in.readAllBytes(), me);
            } catch (IOException e) {
                Notices.error(getTranslation("sheet.import.unreadable"));
            }
            upload.clearFileList();
        });

        outcome.setId("sheet-import-outcome");
        errors.setId("sheet-import-errors");
        errors.addColumn(CellError::row).setHeader(getTranslation("sheet.error.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "—" : e.column()).setHeader(getTranslation("sheet.error.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> FieldErrors.inLanguage(e.chineseMessage() + " / " + e.englishMessage()))
                .setHeader(getTranslation("sheet.error.message")).setFlexGrow(1);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        ResponsiveGrid.of(errors);
        add(new H2(getTranslation("sheet.import.heading")), new Paragraph(getTranslation("sheet.import.intro")), kind,
                templates, upload, outcome, errors);
    }

    private void showTemplates(Actor me) {
        templates.removeAll();
        ImportKind chosen = kind.getValue();
        if (chosen != null) {
            templates.add(new Span(getTranslation("sheet.import.template")),
                    new SheetDownloads("sheet-template", getTranslation("sheet.kind." + chosen.name()),
                            format -> sheets.template(chosen, format, me)));
        }
    }

    /** The whole file checked; errors listed, or the import offered behind a confirmation. */
    private void check(String fileName, byte[] content, Actor me) {
        ImportKind chosen = kind.getValue();
        errors.setVisible(false);
        outcome.setText("");
        if (chosen == null) {
            Notices.error(getTranslation("sheet.import.kindRequired"));
            return;
        }
        try {
            SheetImport checked = sheets.check(chosen, fileName, content, me);
            if (!checked.succeeded()) {
                showErrors(checked.errors());
                return;
            }
            outcome.setText(getTranslation("sheet.import.checked", checked.rows(), checked.added(), checked.unchanged()));
            if (checked.added() == 0) {
                return; // the same file again: nothing to do
            }
            // an import stores for good: said in words and confirmed
            Dialog confirm = new Dialog();
            confirm.setId("sheet-import-confirm");
            confirm.setHeaderTitle(getTranslation("sheet.import.confirm.heading"));
            Paragraph text = new Paragraph(getTranslation("sheet.import.confirm.text", checked.added(), fileName,
                    getTranslation("sheet.kind." + chosen.name())));
            text.getStyle().set("max-width", "min(30em, 80vw)");
            confirm.add(text);
            Button yes = new Button(getTranslation("sheet.import.confirm.button"), click -> {
                confirm.close();
                store(chosen, fileName, content, me);
            });
            yes.setId("sheet-import-confirm-button");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("common.cancel"), click -> confirm.close());
            cancel.setId("sheet-import-cancel");
            confirm.getFooter().add(cancel, yes);
            confirm.open();
        } catch (ZhichengException refusal) {
            Notices.refused(refusal);
        }
    }

    private void store(ImportKind chosen, String fileName, byte[] content, Actor me) {
        try {
            SheetImport result = sheets.importSheet(chosen, fileName, content, me);
            if (result.succeeded()) {
                outcome.setText(getTranslation("sheet.import.done", result.added(), result.unchanged()));
                Notices.info(getTranslation("sheet.import.done", result.added(), result.unchanged()));
            } else {
                showErrors(result.errors()); // changed since the check: still nothing stored
            }
        } catch (ZhichengException refusal) {
            Notices.refused(refusal);
        }
    }

    private void showErrors(List<CellError> found) {
        outcome.setText(getTranslation("sheet.import.refused", found.size()));
        errors.setItems(found);
        errors.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sheet.import.heading") + " - " + getTranslation("app.title");
    }
}
