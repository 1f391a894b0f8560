package org.zhicheng.ui.internal.views;

import java.util.List;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.UnitType;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields of a new unit (name, credit code, type, county, tier), for recording one and for proposing one at
 * registration; a wrong value is marked on its field, in Chinese.
 */
public final class UnitFields {

    public final TextField name = new TextField();
    public final TextField creditCode = new TextField();
    public final Select<UnitType> type = new Select<>();
    public final ComboBox<String> county;
    public final Select<Tier> tier = new Select<>();
    private final Component in;

    /** {@code idPrefix}: the fields' ids start with it ({@code <prefix>-credit-code}). */
    public UnitFields(Component in, ComboBox<String> county, String idPrefix) {
        this.in = in;
        this.county = county;
        name.setLabel(in.getTranslation("units.name"));
        name.setId(idPrefix + "-name");
        name.setMaxLength(NewUnit.MAX_NAME_LENGTH);
        creditCode.setLabel(in.getTranslation("register.creditCode"));
        creditCode.setId(idPrefix + "-credit-code");
        creditCode.setMaxLength(18);
        creditCode.setHelperText(in.getTranslation("register.creditCode.help"));
        type.setLabel(in.getTranslation("register.unitType"));
        type.setId(idPrefix + "-type");
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> Terms.of(t, t.officialTerm()));
        tier.setLabel(in.getTranslation("register.tier"));
        tier.setId(idPrefix + "-tier");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> Terms.of(t, t.officialTerm()));
        tier.setValue(Tier.PREFECTURE_DIRECT);
    }

    /** The fields this class owns (the county may be shared with the form it sits in). */
    public List<Component> own() {
        return List.of(name, creditCode, type, tier);
    }

    /** The unit, or null after marking the wrong field. */
    public NewUnit read() {
        FieldErrors.clear(name, creditCode, type, county, tier);
        CreditCode code;
        try {
            code = new CreditCode(creditCode.getValue());
        } catch (IllegalArgumentException e) {
            FieldErrors.mark(creditCode, e.getMessage());
            return null;
        }
        if (type.getValue() == null) {
            FieldErrors.mark(type, in.getTranslation("register.unitType.required"));
            return null;
        }
        try {
            return new NewUnit(name.getValue(), code, type.getValue(), county.getValue(), tier.getValue());
        } catch (IllegalArgumentException e) {
            // the name's own check, else the county that the tier needs (or forbids)
            FieldErrors.mark(name.getValue().isBlank() || e.getMessage().startsWith("单位名称") ? name : county,
                    e.getMessage());
            return null;
        }
    }

    /** Marks core's refusal on the field it names; false when it names none of these. */
    public boolean mark(ZhichengException refusal) {
        switch (refusal.field().orElse("")) {
            case "creditCode" -> FieldErrors.mark(creditCode, Notices.message(refusal));
            case "county" -> FieldErrors.mark(county, Notices.message(refusal));
            default -> {
                return false;
            }
        }
        return true;
    }
}
