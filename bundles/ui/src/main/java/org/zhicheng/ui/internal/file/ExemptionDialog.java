package org.zhicheng.ui.internal.file;

import org.zhicheng.api.domain.TextLimits;
import java.util.ArrayList;
import java.util.List;

import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.ui.internal.views.Notices;
import org.zhicheng.ui.internal.views.FieldErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The reviewing bureau records an approved continuing-education exemption form (Annex 4, R-18, R-38) for one of the
 * years the file's check covers; core checks who may and that the approving unit and the number are given.
 */
public class ExemptionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public ExemptionDialog(ContinuingEducationService education, long applicantId, List<Integer> openYears, Actor actor,
                           Runnable saved) {
        setHeaderTitle(getTranslation("exemption.heading"));
        ComboBox<Integer> year = new ComboBox<>(getTranslation("exemption.year"));
        year.setId("exemption-year");
        year.setItems(openYears);
        year.setItemLabelGenerator(y -> getTranslation("exemption.yearLabel", String.valueOf(y)));
        if (!openYears.isEmpty()) {
            year.setValue(openYears.get(0));
        }
        ComboBox<String> approvedBy = approvingUnits();
        TextField reference = new TextField(getTranslation("exemption.reference"));
        reference.setMaxLength(TextLimits.REFERENCE);
        reference.setId("exemption-reference");
        Button save = new Button(getTranslation("exemption.save"), click -> {
            if (year.getValue() == null) {
                Notices.error(getTranslation("exemption.yearRequired"));
                return;
            }
            int chosen = year.getValue();
            // a missing unit or number is core's refusal to word (Annex 4), shown as it says it
            if (FieldErrors.attempt(() -> education.recordExemption(applicantId, chosen, approvedBy.getValue(),
                    reference.getValue(), actor), java.util.Map.of("reference", reference))) {
                close();
                Notices.info(getTranslation("exemption.saved", String.valueOf(chosen)));
                saved.run();
            }
        });
        save.setId("exemption-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(year, approvedBy, reference);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.setColspan(reference, 2);
        FormDialogs.lay(this, getTranslation("exemption.note"), form, save, "exemption");
    }

    /** The two units Annex 4 names, or the approving office's full name typed in. */
    private ComboBox<String> approvingUnits() {
        List<String> units = new ArrayList<>(List.of(getTranslation("exemption.unit.fanghuiju"),
                getTranslation("exemption.unit.unitedFront")));
        ComboBox<String> approvedBy = new ComboBox<>(getTranslation("exemption.approvedBy"));
        approvedBy.setId("exemption-approved-by");
        approvedBy.setItems(units);
        approvedBy.setAllowCustomValue(true);
        approvedBy.addCustomValueSetListener(typed -> {
            units.add(typed.getDetail());
            approvedBy.setItems(units);
            approvedBy.setValue(typed.getDetail());
        });
        return approvedBy;
    }
}
