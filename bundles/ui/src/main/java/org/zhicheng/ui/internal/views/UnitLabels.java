package org.zhicheng.ui.internal.views;

import org.zhicheng.api.unit.Unit;

/** How a unit reads in pickers and lists: its name, then where it is and what it is. */
public final class UnitLabels {

    private UnitLabels() {
    }

    public static String of(Unit unit) {
        return unit.name() + "（" + where(unit) + "，" + unit.type().officialTerm() + "）";
    }

    public static String where(Unit unit) {
        return unit.county() == null ? unit.tier().officialTerm() : unit.county() + " " + unit.tier().officialTerm();
    }
}
