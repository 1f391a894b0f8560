package org.zhicheng.ui.internal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The web UI's texts: {@code texts.properties} is Chinese (zh_CN, the default for every user),
 * {@code texts_en.properties} the English fallback a user may switch to, {@code texts_ug.properties} Uyghur (issue 19:
 * the public pages and the applicant's screens; a key it lacks, e.g. on a staff screen, shows in Chinese, never in
 * English: the Uyghur bundle's parent is the Chinese root bundle).
 */
@Component(service = ZhichengTranslations.class)
public class ZhichengTranslations implements I18NProvider {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Uyghur in Arabic script (UEY), written right to left. */
    public static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");
    private static final String BUNDLE = "org.zhicheng.ui.texts";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^{}]*)?\\}");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, UYGHUR, ENGLISH);
    }

    /** One of the provided locales for a language code ({@code zh}, {@code ug}, {@code en}); Chinese for any other. */
    public static Locale forLanguage(String language) {
        if (ENGLISH.getLanguage().equals(language)) {
            return ENGLISH;
        }
        return UYGHUR.getLanguage().equals(language) ? UYGHUR : CHINESE;
    }

    /** Whether the locale's script runs right to left (Uyghur). */
    public static boolean rightToLeft(Locale locale) {
        return locale != null && UYGHUR.getLanguage().equals(locale.getLanguage());
    }

    /**
     * In a right-to-left text each value (a date, a number, an ID number, a Chinese unit's name) is a bidi isolate
     * (FSI .. PDI), so that its own direction holds and it does not reorder the Uyghur words around it.
     */
    static String isolated(String pattern) {
        return PLACEHOLDER.matcher(pattern).replaceAll("\u2068$0\u2069");
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = locale == null ? null : locale.getLanguage();
        Locale bundleLocale = ENGLISH.getLanguage().equals(language) ? ENGLISH
                : UYGHUR.getLanguage().equals(language) ? new Locale(UYGHUR.getLanguage()) : Locale.ROOT;
        // no fallback to the JVM's locale; the candidate chain ends at the root bundle, which is Chinese
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, bundleLocale,
                ZhichengTranslations.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = texts.getString(key);
            if (params.length == 0) {
                return pattern;
            }
            return new MessageFormat(rightToLeft(locale) ? isolated(pattern) : pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
