package org.zhicheng.ui.internal.admin;

import org.zhicheng.api.domain.TextLimits;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.Counties;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitImport;
import org.zhicheng.api.unit.UnitService;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.ui.internal.file.UploadTexts;
import org.zhicheng.ui.internal.session.CurrentUser;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.UnitFields;
import org.zhicheng.ui.internal.views.UnitLabels;
import org.zhicheng.ui.internal.views.ResponsiveGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * 用人单位管理: the units an administrator (all) or a county bureau (its county's) keeps; record one, import a CSV
 * (every row or none, the wrong rows listed), confirm or reject the units proposed at registration.
 */
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "units";
    private static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final transient UnitService units;
    private final Grid<Unit> grid = new Grid<>();
    private final Select<UnitStatus> status = new Select<>();
    private final TextField search = new TextField();

    public UnitsView(UnitService units) {
        this.units = units;
        setId("units-view");
        Actor me = CurrentUser.require();
        status.setLabel(getTranslation("units.status"));
        status.setId("units-status");
        status.setItems(UnitStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("units.status.all") : s.officialTerm());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("units.status.all"));
        search.setLabel(getTranslation("units.search"));
        search.setId("units-search");
        search.setMaxLength(TextLimits.EMPLOYER);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("units-grid");
        grid.addColumn(Unit::name).setHeader(getTranslation("units.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(u -> u.creditCode().value()).setHeader(getTranslation("units.creditCode")).setAutoWidth(true);
        grid.addColumn(u -> u.type().officialTerm()).setHeader(getTranslation("units.type")).setAutoWidth(true);
        grid.addColumn(UnitLabels::where).setHeader(getTranslation("units.where")).setAutoWidth(true);
        Grid.Column<Unit> statusColumn = grid.addColumn(u -> u.status().officialTerm()).setHeader(getTranslation("units.status"))
                .setAutoWidth(true);
        Grid.Column<Unit> decisions = grid.addComponentColumn(this::decisions).setAutoWidth(true).setFlexGrow(0);
        // issue 12: on a phone the status and the decision first, then the name
        ResponsiveGrid.of(grid).lead(statusColumn, decisions)
                .secondary(getTranslation("units.creditCode"), getTranslation("units.type"), getTranslation("units.where"));
        grid.setItems(query -> units.list(query(), query.getOffset(), Math.min(query.getLimit(), 1000), me).stream(),
                query -> (int) units.count(query(), me));
        grid.setHeight("55vh");

        Button create = new Button(getTranslation("units.create"), click -> createDialog(me).open());
        create.setId("units-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(status, search, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap"); // 390 px wide: the filters stack
        add(new H2(getTranslation("units.heading")), filters, importer(me), grid);
    }

    private UnitService.Query query() {
        return new UnitService.Query(null, search.getValue(), status.getValue());
    }

    private HorizontalLayout decisions(Unit unit) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (unit.status() == UnitStatus.PROPOSED) {
            Button confirm = new Button(getTranslation("units.confirm"), click -> decide(unit, true));
            confirm.setId("units-confirm-" + unit.id());
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("units.reject"), click -> decide(unit, false));
            reject.setId("units-reject-" + unit.id());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(confirm, reject);
        }
        return buttons;
    }

    /** Confirming lets the unit's applicants file; rejecting keeps them from it: both asked once more. */
    private void decide(Unit unit, boolean confirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(confirm ? "units.confirm" : "units.reject"));
        Div content = new Div(new Paragraph(getTranslation(confirm ? "units.confirm.question" : "units.reject.question",
                UnitLabels.of(unit), unit.creditCode().value())));
        content.setWidth("min(30em, 80vw)");
        dialog.add(content);
        Button ok = new Button(getTranslation("common.confirm"), click -> {
            Actor me = CurrentUser.require();
            if (Notices.attempt(() -> {
                if (confirm) {
                    units.confirm(unit.id(), unit.version(), me);
                } else {
                    units.reject(unit.id(), unit.version(), me);
                }
            })) {
                Notices.info(getTranslation(confirm ? "units.confirmed" : "units.rejected", unit.name()));
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        ok.setId("units-decision-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private Dialog createDialog(Actor me) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("units.create"));
        ComboBox<String> county = new ComboBox<>(getTranslation("register.county"));
        county.setId("unit-county");
        county.setItems(Counties.ALL);
        county.setHelperText(getTranslation("register.county.help"));
        UnitFields fields = new UnitFields(this, county, "unit");
        if (me.role() == Role.COUNTY_BUREAU) {
            county.setValue(me.county()); // a bureau records its own county's units
            county.setReadOnly(true);
            fields.tier.setItems(Tier.COUNTY_CITY, Tier.TOWNSHIP);
            fields.tier.setValue(Tier.COUNTY_CITY);
        }
        FormLayout form = new FormLayout(fields.name, fields.creditCode, fields.type, county, fields.tier);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        Button save = new Button(getTranslation("common.confirm"), click -> {
            NewUnit unit = fields.read();
            if (unit == null) {
                return;
            }
            try {
                Unit created = units.create(unit, me);
                Notices.info(getTranslation("units.created", created.name()));
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (ZhichengException refusal) {
                if (!fields.mark(refusal)) {
                    Notices.refused(refusal);
                }
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div content = new Div(form);
        content.setWidth("min(34em, 80vw)");
        dialog.add(content);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    /** The CSV upload; a refused file's wrong rows stay listed under it until the next upload. */
    private VerticalLayout importer(Actor me) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("units-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(UploadTexts.of(this));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("units.import.drop")));
        UnorderedList errors = new UnorderedList();
        errors.setId("units-import-errors");
        upload.addSucceededListener(event -> {
            errors.removeAll();
            try (InputStreamReader reader = new InputStreamReader(buffer.getInputStream(), StandardCharsets.UTF_8)) {
                UnitImport result = units.importCsv(reader, me);
                if (result.succeeded()) {
                    Notices.info(getTranslation("units.imported", result.imported().size()));
                    grid.getDataProvider().refreshAll();
                } else {
                    Notices.error(getTranslation("units.import.refused", result.errors().size()));
                    result.errors().forEach(error -> errors.add(new ListItem(FieldErrors.inLanguage(
                            error.chineseMessage() + " / " + error.englishMessage()))));
                }
            } catch (ZhichengException refusal) {
                Notices.refused(refusal);
            } catch (java.io.IOException e) {
                Notices.error(getTranslation("units.import.unreadable"));
            }
            upload.clearFileList();
        });
        VerticalLayout importer = new VerticalLayout(new Paragraph(getTranslation("units.import.help")), upload, errors);
        importer.setPadding(false);
        importer.setSpacing(false);
        return importer;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.heading") + " - " + getTranslation("app.title");
    }
}
