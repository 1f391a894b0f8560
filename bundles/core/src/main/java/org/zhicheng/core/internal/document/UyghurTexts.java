package org.zhicheng.core.internal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.zhicheng.api.domain.TitleLevel;

/** The Uyghur of the bilingual documents (issue 19), from {@code documents_ug.properties} beside this class. */
final class UyghurTexts {

    static final Locale UYGHUR = Locale.forLanguageTag("ug");
    private static final Properties TEXTS = load();

    private UyghurTexts() {
    }

    static String text(String key, Object... args) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("documents_ug.properties has no " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, UYGHUR).format(args);
    }

    static String level(TitleLevel level) {
        return text("TitleLevel." + level.name());
    }

    /** 2023-يىلى 12-ئاينىڭ 1-كۈنى: the Uyghur way of writing a date. */
    static String day(LocalDate day) {
        return day.getYear() + "-يىلى " + day.getMonthValue() + "-ئاينىڭ " + day.getDayOfMonth() + "-كۈنى";
    }

    /** A bilingual label: the Chinese, and under it the Uyghur. */
    static String label(String chinese, String key) {
        return chinese + "\n" + text(key);
    }

    static Properties all() {
        Properties copy = new Properties();
        copy.putAll(TEXTS);
        return copy;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = UyghurTexts.class.getResourceAsStream("documents_ug.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
