package org.zhicheng.ui.internal.file;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.views.IsoDates;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The file section by section: core's common sections and the series plugin's own, each field drawn from its
 * declaration (text, long text, number, date, choice; required marked), saved a section at a time; what still keeps
 * the file from being submitted is listed above. Read-only for reviewers.
 */
public class SectionsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient FileContentService content;
    private final long applicationId;
    private final transient Actor actor;
    private final Div missing = new Div();

    public SectionsPanel(FileContentService content, long applicationId, Actor actor, boolean editable) {
        this.content = content;
        this.applicationId = applicationId;
        this.actor = actor;
        setId("sections-panel");
        setPadding(false);
        missing.setId("file-missing");
        missing.setWidthFull();
        add(missing);
        boolean first = true;
        // every section's values in one read, not one per section
        Map<String, Map<String, String>> values = content.allValues(applicationId, actor);
        for (FileSection section : content.sections(applicationId, actor)) {
            Details details = new Details(section.title() + (section.seriesSpecific() ? getTranslation("sections.series") : ""),
                    sectionForm(section, values.getOrDefault(section.id(), Map.of()), editable));
            details.setId("section-" + section.id());
            details.setOpened(first || editable);
            details.setWidthFull();
            add(details);
            first = false;
        }
        if (editable) {
            refreshMissing(); // what the applicant still has to fill: not the reviewers' business
        }
    }

    private VerticalLayout sectionForm(FileSection section, Map<String, String> values, boolean editable) {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (FileField field : section.fields()) {
            Component input = input(section, field, values.get(field.id()), editable);
            fields.put(field.id(), (HasValue<?, ?>) input);
            form.add(input);
            if (field.type() == FieldType.LONG_TEXT) {
                form.setColspan(input, 2);
            }
        }
        VerticalLayout layout = new VerticalLayout(form);
        layout.setPadding(false);
        if (editable) {
            Button save = new Button(getTranslation("sections.save"), click -> {
                Map<String, String> entered = new LinkedHashMap<>();
                fields.forEach((id, input) -> entered.put(id, text(input.getValue())));
                if (Notices.attempt(() -> content.save(applicationId, section.id(), entered, actor))) {
                    Notices.info(getTranslation("sections.saved", section.title()));
                    refreshMissing();
                }
            });
            save.setId("save-section-" + section.id());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(save);
        }
        return layout;
    }

    private Component input(FileSection section, FileField field, String value, boolean editable) {
        String id = "field-" + section.id() + "-" + field.id();
        AbstractField<?, ?> input;
        switch (field.type()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea(field.label());
                area.setMaxLength(field.type().maxLength());
                area.setValue(value == null ? "" : value);
                area.setMinHeight("6em");
                input = area;
            }
            case DATE -> {
                DatePicker date = IsoDates.picker(field.label()); // 2012-07-01 as the hints say, 2012/7/1 too
                date.setValue(parseDate(value));
                input = date;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(field.label());
                choice.setItems(field.choices());
                choice.setValue(value != null && field.choices().contains(value) ? value : null);
                input = choice;
            }
            default -> {
                TextField text = new TextField(field.label());
                text.setMaxLength(field.type().maxLength());
                if (field.type() == FieldType.NUMBER) {
                    text.setAllowedCharPattern("[0-9.]");
                }
                text.setValue(value == null ? "" : value);
                input = text;
            }
        }
        input.setId(id);
        // these come from the applicant's professional record (职业信息), never typed here
        boolean fromRecord = section.id().equals(CareerRecord.FILE_SECTION) && CareerRecord.FILE_FIELDS.contains(field.id());
        input.setReadOnly(!editable || fromRecord);
        // hints are the applicant's; reviewers and experts read the file without them
        if (editable && input instanceof HasHelper helper && (fromRecord || !field.hint().isBlank())) {
            helper.setHelperText(fromRecord ? getTranslation("career.fromRecord") : field.hint());
        }
        input.setRequiredIndicatorVisible(field.required());
        return input;
    }

    private static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    private void refreshMissing() {
        missing.removeAll();
        List<String> open = content.missing(applicationId, actor);
        if (open.isEmpty()) {
            Paragraph complete = new Paragraph(getTranslation("sections.complete"));
            complete.getStyle().set("color", "var(--lumo-success-text-color)");
            missing.add(complete);
            return;
        }
        Paragraph heading = new Paragraph(getTranslation("sections.missing"));
        heading.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-bottom", "0");
        UnorderedList list = new UnorderedList();
        open.forEach(item -> list.add(new ListItem(item)));
        missing.add(heading, list);
    }
}
