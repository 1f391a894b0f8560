package org.zhicheng.ui.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ZhichengTranslationsTest {

    private final ZhichengTranslations translations = new ZhichengTranslations();

    @Test
    void chineseIsTheDefaultWhateverTheLocale() {
        assertEquals("首页", translations.getTranslation("nav.home", Locale.SIMPLIFIED_CHINESE));
        assertEquals("首页", translations.getTranslation("nav.home", Locale.GERMAN));
        assertEquals("首页", translations.getTranslation("nav.home", null));
        assertEquals("Home", translations.getTranslation("nav.home", Locale.US));
    }

    @Test
    void suspendedSeriesReadsAsOfficialTerm() {
        assertEquals("暂停受理", translations.getTranslation("series.suspended", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void fillsParameters() {
        assertEquals("没有“x/y”这个页面，它所属的系列可能已暂停受理。",
                translations.getTranslation("notFound.text", Locale.SIMPLIFIED_CHINESE, "x/y"));
    }

    @Test
    void missingKeyIsVisibleNotBlank() {
        assertEquals("!no.such.key", translations.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("texts.properties");
        Properties english = load("texts_en.properties");
        assertEquals(chinese.keySet(), english.keySet());
        assertTrue(chinese.size() > 5);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ZhichengTranslations.class.getResourceAsStream("/org/zhicheng/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
