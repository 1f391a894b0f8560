package org.zhicheng.ui.internal.applicant;

import java.util.LinkedHashMap;
import java.util.Map;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.bridge.TechnicalSchoolClass;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.api.career.VocationalCertificate;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.ui.internal.views.IsoDates;
import org.zhicheng.ui.internal.views.Notices;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The applicant's professional record (职业信息): start of work, title and appointment, education (with a
 * technical-school class, R-32) and a vocational qualification for the high-skill bridge. Recorded before a
 * file is opened; files still being filled take its dates. Core's refusal is shown on the field it names.
 */
class CareerRecordDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    CareerRecordDialog(CareerService careers, Actor me, Runnable saved) {
        setHeaderTitle(getTranslation("career.heading"));
        setId("career-dialog");
        CareerRecord current = careers.find(me.applicantId(), me).orElse(null);
        DatePicker startedWork = IsoDates.picker(getTranslation("career.startedWork"));
        TextField title = new TextField(getTranslation("career.currentTitle"));
        title.setHelperText(getTranslation("career.currentTitle.hint"));
        title.setMaxLength(60);
        DatePicker appointed = IsoDates.picker(getTranslation("career.appointed"));
        appointed.setHelperText(getTranslation("career.appointed.hint"));
        ComboBox<String> education = new ComboBox<>(getTranslation("career.education"));
        education.setItems(CareerRecord.EDUCATION_LEVELS);
        education.setItemLabelGenerator(Terms::education); // the record keeps the Chinese value
        ComboBox<TechnicalSchoolClass> schoolClass = new ComboBox<>(getTranslation("career.schoolClass"));
        schoolClass.setItems(TechnicalSchoolClass.values());
        schoolClass.setItemLabelGenerator(c -> Terms.of(c, c.officialTerm()) + "（" + getTranslation("career.countsAs") + Terms.education(c.equivalentEducation()) + "）");
        schoolClass.setClearButtonVisible(true);
        schoolClass.setHelperText(getTranslation("career.schoolClass.hint"));
        ComboBox<VocationalQualification> level = new ComboBox<>(getTranslation("career.vocationalLevel"));
        level.setItems(VocationalQualification.values());
        level.setItemLabelGenerator(v -> Terms.of(v, v.officialTerm()));
        level.setClearButtonVisible(true);
        level.setHelperText(getTranslation("career.vocationalLevel.hint"));
        TextField number = new TextField(getTranslation("career.certificateNumber"));
        number.setMaxLength(40);
        DatePicker qualifiedOn = IsoDates.picker(getTranslation("career.qualifiedOn"));
        IntegerField years = new IntegerField(getTranslation("career.technicalYears"));
        years.setMin(0);
        years.setMax(60);
        years.setValue(0);
        Checkbox appraisals = new Checkbox(getTranslation("career.appraisals"));
        Map<String, AbstractField<?, ?>> byField = new LinkedHashMap<>();
        byField.put("startedWork", startedWork);
        byField.put("currentTitle", title);
        byField.put("appointed", appointed);
        byField.put("education", education);
        byField.put("technicalSchoolClass", schoolClass);
        byField.put("vocationalLevel", level);
        byField.put("certificateNumber", number);
        byField.put("qualifiedOn", qualifiedOn);
        byField.put("yearsOfTechnicalWork", years);
        byField.put("appraisalsPassed", appraisals);
        byField.forEach((field, input) -> input.setId("career-" + field));
        if (current != null) {
            startedWork.setValue(current.startedWork());
            title.setValue(current.currentTitle());
            appointed.setValue(current.appointed());
            education.setValue(current.education());
            schoolClass.setValue(current.technicalSchoolClass());
            current.vocationalCertificate().ifPresent(v -> {
                level.setValue(v.level());
                number.setValue(v.number());
                qualifiedOn.setValue(v.issuedOn());
            });
            years.setValue(current.yearsOfTechnicalWork());
            appraisals.setValue(current.appraisalsPassed());
        }
        Button save = new Button(getTranslation("career.save"), click -> {
            byField.values().forEach(input -> {
                if (input instanceof HasValidation validated) {
                    validated.setInvalid(false);
                }
            });
            if (startedWork.isInvalid() || appointed.isInvalid() || qualifiedOn.isInvalid()) {
                Notices.error(getTranslation("career.dateFormat"));
                return;
            }
            VocationalCertificate vocational = null;
            if (level.getValue() != null) {
                if (qualifiedOn.getValue() == null) {
                    mark(qualifiedOn, getTranslation("career.qualifiedOn.required"));
                    return;
                }
                vocational = new VocationalCertificate(level.getValue(), number.getValue(), qualifiedOn.getValue());
            }
            try {
                careers.record(new CareerRecord(me.applicantId(), startedWork.getValue(), title.getValue(),
                        appointed.getValue(), education.getValue(), schoolClass.getValue(), vocational,
                        years.getValue() == null ? 0 : years.getValue(), appraisals.getValue()), me);
            } catch (ZhichengException refusal) {
                Notices.refused(refusal);
                refusal.field().map(byField::get).ifPresent(input -> mark(input, Notices.message(refusal)));
                return;
            }
            Notices.info(getTranslation("career.saved"));
            close();
            saved.run();
        });
        save.setId("career-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout record = new FormLayout(startedWork, title, appointed, education, schoolClass);
        FormLayout bridge = new FormLayout(level, number, qualifiedOn, years, appraisals);
        for (FormLayout form : new FormLayout[] {record, bridge}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        }
        Paragraph note = new Paragraph(getTranslation("career.note"));
        add(note, record, new H4(getTranslation("career.bridge")), new Paragraph(getTranslation("career.bridge.note")), bridge);
        setWidth("min(40em, 95vw)");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("career-cancel");
        getFooter().add(cancel, save);
    }

    private static void mark(AbstractField<?, ?> input, String message) {
        if (input instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }
}
