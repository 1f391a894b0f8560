package org.zhicheng.ui.internal.i18n;

import java.util.Locale;

import org.zhicheng.api.series.Series;

import com.vaadin.flow.component.UI;

/**
 * A series plugin's descriptor labels (series and specialty names, scoring item names; the Chinese texts the api
 * records carry) in the UI's language: English where the plugin's ZH-INF/l10n bundles give it (issue 13), else as
 * they are. The UI's own texts stay in {@link ZhichengTranslations}.
 */
public final class SeriesLabels {

    private SeriesLabels() {
    }

    /** The label in the current UI's language. */
    public static String of(Series series, String chinese) {
        UI ui = UI.getCurrent();
        return in(ui == null ? ZhichengTranslations.CHINESE : ui.getLocale(), series, chinese);
    }

    public static String in(Locale locale, Series series, String chinese) {
        return series == null ? chinese : series.label(locale, chinese);
    }

    /**
     * A line core writes for something missing ("基本情况：毕业院校", "个人承诺书未签署") in the current UI's language,
     * section and field each through the series' labels (core's common sections travel with every series, issue 19).
     */
    public static String missing(Series series, String chinese) {
        UI ui = UI.getCurrent();
        if (ui != null && chinese != null) {
            // core's education-proof lines (R-15; core's EducationProof words them so)
            if (chinese.equals(NO_CERTIFICATE)) {
                return ui.getTranslation("attachments.noCertificate");
            }
            java.util.regex.Matcher proofs = PROOFS_MISSING.matcher(chinese);
            if (proofs.matches()) {
                return ui.getTranslation("attachments.proofsMissing", proofs.group(1));
            }
        }
        int colon = chinese == null ? -1 : chinese.indexOf('：');
        if (colon < 0) {
            return of(series, chinese);
        }
        String section = of(series, chinese.substring(0, colon));
        String field = of(series, chinese.substring(colon + 1));
        return section + colon() + field;
    }

    private static final String NO_CERTIFICATE = "缺少学历（学位）证书";
    private static final java.util.regex.Pattern PROOFS_MISSING = java.util.regex.Pattern.compile("每份学历证书须附.*（还缺(\\d+)份）");

    /** The colon between a label and what follows it: Chinese full-width, a Uyghur one in a right-to-left UI. */
    public static String colon() {
        UI ui = UI.getCurrent();
        return ui != null && ZhichengTranslations.rightToLeft(ui.getLocale()) ? ": " : "：";
    }

    /** The series' name in the current UI's language. */
    public static String name(Series series) {
        return of(series, series.name());
    }
}
