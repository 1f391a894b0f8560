package org.zhicheng.ui.internal.views;

import org.zhicheng.ui.internal.i18n.Terms;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.api.unit.Unit;

/** How a unit reads in pickers and lists: its name, then where it is and what it is. */
public final class UnitLabels {

    private UnitLabels() {
    }

    public static String of(Unit unit) {
        String type = Terms.of(unit.type(), unit.type().officialTerm());
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null && ZhichengTranslations.rightToLeft(ui.getLocale())) {
            return unit.name() + " (" + where(unit) + "، " + type + ")"; // Uyghur punctuation, issue 19
        }
        return unit.name() + "（" + where(unit) + "，" + type + "）";
    }

    public static String where(Unit unit) {
        String tier = Terms.of(unit.tier(), unit.tier().officialTerm());
        return unit.county() == null ? tier : unit.county() + " " + tier;
    }
}
