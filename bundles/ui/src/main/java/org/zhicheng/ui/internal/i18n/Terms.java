package org.zhicheng.ui.internal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.zhicheng.api.career.CareerRecord;

import com.vaadin.flow.component.UI;

/**
 * The api's official terms (an enum's Chinese {@code officialTerm()}: title levels, unit tiers and types, attachment
 * types, vocational qualifications) in the UI's language where the platform has them: Uyghur from
 * {@code terms_ug.properties} (issue 19; key {@code EnumSimpleName.CONSTANT}), else the official Chinese term.
 */
public final class Terms {

    private static final Properties UYGHUR = load("/org/zhicheng/ui/terms_ug.properties");

    private Terms() {
    }

    /** The term in the current UI's language. */
    public static String of(Enum<?> constant, String officialTerm) {
        UI ui = UI.getCurrent();
        return in(ui == null ? null : ui.getLocale(), constant, officialTerm);
    }

    public static String in(Locale locale, Enum<?> constant, String officialTerm) {
        if (constant == null || !ZhichengTranslations.rightToLeft(locale)) {
            return officialTerm;
        }
        return UYGHUR.getProperty(key(constant), officialTerm);
    }

    /**
     * A highest-education value ({@link CareerRecord#EDUCATION_LEVELS}: the Chinese the record stores) in the current
     * UI's language: key {@code CareerRecord.education.<index>}.
     */
    public static String education(String level) {
        UI ui = UI.getCurrent();
        int index = CareerRecord.EDUCATION_LEVELS.indexOf(level);
        if (index < 0 || ui == null || !ZhichengTranslations.rightToLeft(ui.getLocale())) {
            return level;
        }
        return UYGHUR.getProperty(EDUCATION_KEY + index, level);
    }

    static final String EDUCATION_KEY = "CareerRecord.education.";

    static String key(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Terms.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
