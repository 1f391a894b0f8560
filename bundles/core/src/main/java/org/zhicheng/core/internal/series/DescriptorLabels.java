package org.zhicheng.core.internal.series;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhicheng.api.series.LabelTranslations;

/**
 * A plugin's descriptor labels in resource bundles, as OSGi's Bundle-Localization does it for headers: a label written
 * {@code %key} in series.xml or scoring.xml is the key's text in {@value #BASE}.properties (zh_CN, the default), and
 * {@value #BASE}_en.properties (any {@code _<language>}) gives the same key in another language. The api records carry
 * the Chinese text; {@link #translations()} maps it to the other languages'. A descriptor without {@code %} labels needs
 * no bundle. Collects the translations of the labels it resolved: one instance per reading of one plugin.
 */
public final class DescriptorLabels {

    /** The bundles' folder and base name, beside the descriptors in ZH-INF/. */
    public static final String FOLDER = "l10n";
    public static final String BASE = "series";
    /** The languages looked for beside the default bundle. */
    public static final String[] LANGUAGES = {"en", "ug"}; // ug: Uyghur, issue 19

    private static final Pattern KEY = Pattern.compile("%([A-Za-z][A-Za-z0-9._-]*)");

    private final Properties chinese;
    private final Map<String, Properties> others;
    private final Map<String, Map<String, String>> translations = new TreeMap<>();

    private DescriptorLabels(Properties chinese, Map<String, Properties> others) {
        this.chinese = chinese;
        this.others = others;
    }

    /** For descriptors without resource bundles: a {@code %key} label is refused. */
    public static DescriptorLabels none() {
        return new DescriptorLabels(new Properties(), Map.of());
    }

    /** Where the bundles are: their path below ZH-INF/ (e.g. {@code l10n/series_en.properties}) to their content. */
    public interface Source {
        InputStream open(String path) throws IOException;
    }

    /** Reads {@code l10n/series.properties} and its language variants (UTF-8) through the source; absent ones are empty. */
    public static DescriptorLabels load(Source source) throws IOException {
        Properties chinese = read(source, FOLDER + "/" + BASE + ".properties");
        Map<String, Properties> others = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Properties texts = read(source, FOLDER + "/" + BASE + "_" + language + ".properties");
            if (!texts.isEmpty()) {
                others.put(language, texts);
            }
        }
        return new DescriptorLabels(chinese, others);
    }

    private static Properties read(Source source, String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = source.open(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (NoSuchFileException | FileNotFoundException absent) {
            // a source over files may throw for a language the plugin does not ship: absent, as a null stream
        }
        return properties;
    }

    /**
     * The label as the api records carry it: a {@code %key} is the key's Chinese text (its other languages' texts
     * remembered), anything else is the text itself.
     *
     * @throws IllegalArgumentException naming the key when the default bundle lacks it
     */
    public String resolve(String value) {
        if (value == null || !value.startsWith("%")) {
            return value;
        }
        String key = value.substring(1);
        String text = chinese.getProperty(key);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("label " + value + " has no text in ZH-INF/" + FOLDER + "/" + BASE
                    + ".properties");
        }
        text = text.strip();
        for (Map.Entry<String, Properties> other : others.entrySet()) {
            String translated = other.getValue().getProperty(key);
            if (translated != null && !translated.isBlank()) {
                translations.computeIfAbsent(other.getKey(), k -> new HashMap<>()).put(text, translated.strip());
            }
        }
        return text;
    }

    /** The other languages' texts of the labels resolved so far. */
    public LabelTranslations translations() {
        return new LabelTranslations(translations);
    }

    /**
     * Keys of a language bundle that the default one does not have (a typo would leave a label untranslated):
     * language to its unknown keys, for the build-time check.
     */
    public Map<String, Set<String>> unknownKeys() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        others.forEach((language, texts) -> texts.stringPropertyNames().stream()
                .filter(key -> !chinese.containsKey(key))
                .forEach(key -> unknown.computeIfAbsent(language, k -> new TreeSet<>()).add(key)));
        return unknown;
    }

    /**
     * The descriptor as stored for later readings without the bundles (a suspended series after a restart): every
     * {@code %key} the default bundle knows replaced by its Chinese text, XML-escaped.
     */
    public String resolveAll(String descriptor) {
        Matcher matcher = KEY.matcher(descriptor);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String text = chinese.getProperty(matcher.group(1));
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(text == null ? matcher.group() : escape(text.strip())));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
