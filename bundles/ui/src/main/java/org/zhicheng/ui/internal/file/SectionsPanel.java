package org.zhicheng.ui.internal.file;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.ui.internal.views.FieldErrors;
import org.zhicheng.ui.internal.views.IsoDates;
import org.zhicheng.ui.internal.views.LeaveConfirmation;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.UnsavedChanges;
import org.zhicheng.ui.internal.i18n.SeriesLabels;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The file section by section: core's common sections and the series plugin's own, each field drawn from its
 * declaration (text, long text, number, date, choice; required marked), saved as a whole with one button (the
 * sections changed since the last save); leaving with unsaved changes is asked first, in the app and in the browser.
 * What still keeps the file from being submitted is listed above. Read-only for reviewers.
 */
public class SectionsPanel extends VerticalLayout implements UnsavedChanges, BeforeLeaveObserver {

    private static final long serialVersionUID = 1L;

    private final transient FileContentService content;
    private final transient Series series;
    private final long applicationId;
    private final transient Actor actor;
    private final Div missing = new Div();
    /** Every section's inputs by field id, and the sections changed since they were last saved. */
    private final Map<FileSection, Map<String, HasValue<?, ?>>> inputs = new LinkedHashMap<>();
    private final Set<FileSection> changed = new LinkedHashSet<>();
    private final Map<String, Details> details = new LinkedHashMap<>();
    private final Span unsaved = new Span();

    public SectionsPanel(FileContentService content, long applicationId, Actor actor, boolean editable) {
        this(content, applicationId, actor, editable, null);
    }

    /** {@code series}: the file's series, whose plugin may give its sections' and fields' labels in English (issue 13). */
    public SectionsPanel(FileContentService content, long applicationId, Actor actor, boolean editable, Series series) {
        this.series = series;
        this.content = content;
        this.applicationId = applicationId;
        this.actor = actor;
        setId("sections-panel");
        setPadding(false);
        missing.setId("file-missing");
        missing.setWidthFull();
        add(missing);
        if (editable) {
            add(saveBar("save-sections"));
        }
        boolean first = true;
        // every section's values in one read, not one per section
        Map<String, Map<String, String>> values = content.allValues(applicationId, actor);
        for (FileSection section : content.sections(applicationId, actor)) {
            Details details = new Details(SeriesLabels.of(series, section.title()) + (section.seriesSpecific() ? getTranslation("sections.series") : ""),
                    sectionForm(section, values.getOrDefault(section.id(), Map.of()), editable));
            details.setId("section-" + section.id());
            details.setOpened(first || editable);
            details.setWidthFull();
            this.details.put(section.id(), details);
            add(details);
            first = false;
        }
        if (editable) {
            add(saveBar("save-sections-bottom"));
            refreshMissing(); // what the applicant still has to fill: not the reviewers' business
        }
    }

    private HorizontalLayout saveBar(String id) {
        Button save = new Button(getTranslation("sections.saveAll"), click -> {
            if (changed.isEmpty()) {
                Notices.info(getTranslation("sections.nothingToSave"));
            } else {
                saveAll();
            }
        });
        save.setId(id);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(save);
        bar.setAlignItems(Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap");
        if (id.equals("save-sections")) {
            unsaved.setId("sections-unsaved");
            unsaved.getStyle().set("color", "var(--lumo-error-text-color)");
            bar.add(unsaved);
        }
        return bar;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !changed.isEmpty();
    }

    /** Saves the changed sections, one after another; a refused value is marked on its field and the rest wait. */
    @Override
    public boolean saveAll() {
        List<String> saved = new ArrayList<>();
        for (FileSection section : List.copyOf(changed)) {
            // a date that could not be read is never saved as empty: it stays marked until corrected
            java.util.Optional<DatePicker> unreadable = inputs.get(section).values().stream()
                    .filter(input -> input instanceof DatePicker picker && picker.isInvalid()).map(DatePicker.class::cast).findFirst();
            if (unreadable.isPresent()) {
                FieldErrors.mark(unreadable.get(), getTranslation("dates.invalid"));
                details.get(section.id()).setOpened(true);
                unreadable.get().focus();
                afterSave(saved);
                return false;
            }
            Map<String, String> entered = new LinkedHashMap<>();
            inputs.get(section).forEach((id, input) -> entered.put(id, text(input.getValue())));
            inputs.get(section).values().forEach(input -> {
                if (input instanceof HasValidation field && !(input instanceof DatePicker)) {
                    field.setInvalid(false);
                }
            });
            try {
                content.save(applicationId, section.id(), entered, actor);
                changed.remove(section);
                saved.add(SeriesLabels.of(series, section.title()));
            } catch (ZhichengException refusal) {
                HasValue<?, ?> input = inputs.get(section).get(refusal.field().orElse(""));
                if (input instanceof HasValidation field) {
                    FieldErrors.mark(field, Notices.message(refusal));
                    Details holder = details.get(section.id());
                    holder.setOpened(true);
                    ((Component) input).getElement().callJsFunction("focus");
                } else {
                    Notices.refused(refusal);
                }
                afterSave(saved);
                return false;
            }
        }
        afterSave(saved);
        return true;
    }

    private void afterSave(List<String> saved) {
        if (!saved.isEmpty()) {
            Notices.info(getTranslation("sections.saved", String.join(ZhichengTranslations.rightToLeft(getLocale()) ? "، " : "、", saved)));
            refreshMissing();
        }
        markUnsaved();
    }

    @Override
    public void discardChanges() {
        changed.clear();
        markUnsaved();
    }

    private void markUnsaved() {
        unsaved.setText(changed.isEmpty() ? "" : getTranslation("sections.unsaved"));
        LeaveConfirmation.browserWarning(UI.getCurrent(), !changed.isEmpty());
    }

    /** Navigating elsewhere in the app with unsaved changes: asked first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            LeaveConfirmation.ask(this, action::proceed);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        LeaveConfirmation.browserWarning(detachEvent.getUI(), false);
        super.onDetach(detachEvent);
    }

    /** Opens the section and puts the cursor in the field (from the list of what is missing). */
    public void focus(String sectionId, String fieldId) {
        Details holder = details.get(sectionId);
        if (holder == null) {
            return;
        }
        holder.setOpened(true);
        inputs.entrySet().stream().filter(e -> e.getKey().id().equals(sectionId)).map(e -> e.getValue().get(fieldId))
                .filter(java.util.Objects::nonNull).findFirst().ifPresent(input -> {
                    ((Component) input).getElement().callJsFunction("scrollIntoView");
                    ((Component) input).getElement().callJsFunction("focus");
                });
    }

    private VerticalLayout sectionForm(FileSection section, Map<String, String> values, boolean editable) {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (FileField field : section.fields()) {
            Component input = input(section, field, values.get(field.id()), editable);
            HasValue<?, ?> value = (HasValue<?, ?>) input;
            fields.put(field.id(), value);
            // a change typed by the user (not a value set here) makes the section one to save
            value.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.add(section);
                    markUnsaved();
                }
            });
            form.add(input);
            if (field.type() == FieldType.LONG_TEXT) {
                form.setColspan(input, 2);
            }
        }
        inputs.put(section, fields);
        VerticalLayout layout = new VerticalLayout(form);
        layout.setPadding(false);
        return layout;
    }

    private Component input(FileSection section, FileField field, String value, boolean editable) {
        String id = "field-" + section.id() + "-" + field.id();
        AbstractField<?, ?> input;
        switch (field.type()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea(SeriesLabels.of(series, field.label()));
                area.setMaxLength(field.type().maxLength());
                area.setValue(value == null ? "" : value);
                area.setMinHeight("6em");
                area.setValueChangeMode(ValueChangeMode.LAZY);
                input = area;
            }
            case DATE -> {
                DatePicker date = IsoDates.picker(SeriesLabels.of(series, field.label())); // 2012-07-01 as the hints say, 2012/7/1 too
                date.setValue(parseDate(value));
                input = date;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(SeriesLabels.of(series, field.label()));
                choice.setItems(field.choices());
                choice.setItemLabelGenerator(c -> SeriesLabels.of(series, c)); // the stored value stays the Chinese one
                choice.setValue(value != null && field.choices().contains(value) ? value : null);
                input = choice;
            }
            default -> {
                TextField text = new TextField(SeriesLabels.of(series, field.label()));
                text.setMaxLength(field.type().maxLength());
                if (field.type() == FieldType.NUMBER) {
                    text.setAllowedCharPattern("[0-9.]");
                }
                text.setValue(value == null ? "" : value);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                input = text;
            }
        }
        input.setId(id);
        // these come from the applicant's professional record (职业信息), never typed here
        boolean fromRecord = section.id().equals(CareerRecord.FILE_SECTION) && CareerRecord.FILE_FIELDS.contains(field.id());
        input.setReadOnly(!editable || fromRecord);
        // hints are the applicant's; reviewers and experts read the file without them
        if (editable && input instanceof HasHelper helper && (fromRecord || !field.hint().isBlank())) {
            helper.setHelperText(fromRecord ? getTranslation("career.fromRecord") : SeriesLabels.of(series, field.hint()));
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
        open.forEach(item -> list.add(new ListItem(SeriesLabels.missing(series, item))));
        missing.add(heading, list);
    }
}
