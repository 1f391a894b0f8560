package org.zhicheng.ui.internal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The web UI's texts: {@code texts.properties} is Chinese (zh_CN, the default for every user),
 * {@code texts_en.properties} the English fallback a user may switch to.
 */
@Component(service = ZhichengTranslations.class)
public class ZhichengTranslations implements I18NProvider {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.zhicheng.ui.texts";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE,
                ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : Locale.ROOT,
                ZhichengTranslations.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = texts.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
