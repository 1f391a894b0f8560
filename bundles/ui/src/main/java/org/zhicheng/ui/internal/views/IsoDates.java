package org.zhicheng.ui.internal.views;

import java.util.List;

import org.zhicheng.ui.internal.i18n.ZhichengTranslations;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that show ISO dates (2012-07-01) and accept what people type, 2012/7/1, 2012.7.1 and 20120701 too, with
 * Chinese month and day names: the form's hint and what it takes agree, so a typed date is never dropped silently.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"))
                .setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
                .setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"))
                .setFirstDayOfWeek(1).setToday("今天").setCancel("取消").setWeek("周").setCalendar("日历").setClear("清除");
        if (ZhichengTranslations.rightToLeft(picker.getLocale())) { // Uyghur (issue 19); the dates stay ISO
            i18n.setMonthNames(List.of("يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست",
                            "سېنتەبىر", "ئۆكتەبىر", "نويابىر", "دېكابىر"))
                    .setWeekdays(List.of("يەكشەنبە", "دۈشەنبە", "سەيشەنبە", "چارشەنبە", "پەيشەنبە", "جۈمە", "شەنبە"))
                    .setWeekdaysShort(List.of("يە", "دۈ", "سە", "چا", "پە", "جۈ", "شە"))
                    .setToday("بۈگۈن").setCancel("بىكار قىلىش").setWeek("ھەپتە").setCalendar("كالېندار")
                    .setClear("تازىلاش");
        }
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd");
        picker.setI18n(i18n);
        picker.setPlaceholder("2012-07-01");
        // what the picker cannot read turns it red with this message, in the user's language
        picker.setErrorMessage(picker.getTranslation("dates.invalid"));
        return picker;
    }
}
