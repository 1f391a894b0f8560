package org.zhicheng.core.internal.series;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.Specialty;

/**
 * Reads a plugin's {@code ZH-INF/series.xml}. SAX rather than DOM so that every complaint names the line.
 *
 * <pre>
 * &lt;series code="engineering" name="工程系列"&gt;
 *   &lt;committee levels="正高" unit="地区人社局" phone="0997-2282697"/&gt;      (applies to every specialty)
 *   &lt;specialty name="林业专业"&gt;
 *     &lt;committee levels="副高 中级 助理 员级" unit="地区林业和草原局" phone="0997-6797234"/&gt;
 *   &lt;/specialty&gt;
 * &lt;/series&gt;
 * </pre>
 * A committee with {@code examOnly="true"} marks levels filled by exam (以考代评, R-01).
 */
public final class SeriesDescriptorReader {

    public record Parsed(String code, String name, List<Specialty> specialties) {
        public Series toSeries(SeriesAvailability availability, String bundle, String version) {
            return new Series(code, name, specialties, availability, bundle, version);
        }
    }

    public Parsed read(String source, byte[] content) throws DescriptorException {
        Handler handler = new Handler(source);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(new ByteArrayInputStream(content), handler);
        } catch (SAXParseException e) {
            throw new DescriptorException(source, e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            if (e.getCause() instanceof DescriptorException de) {
                throw de;
            }
            throw new DescriptorException(source, 0, e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new DescriptorException(source, 0, e.toString());
        }
        return handler.result();
    }

    public Parsed read(String source, String content) throws DescriptorException {
        return read(source, content.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Handler extends DefaultHandler {
        private final String source;
        private Locator locator;
        private String code;
        private String name;
        private final Map<TitleLevel, LevelCommittee> seriesWide = new EnumMap<>(TitleLevel.class);
        private final Map<String, Map<TitleLevel, LevelCommittee>> specialties = new LinkedHashMap<>();
        private Map<TitleLevel, LevelCommittee> currentSpecialty;
        private boolean rootSeen;

        Handler(String source) {
            this.source = source;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (qName) {
                case "series" -> {
                    if (rootSeen) {
                        throw fail("<series> may appear only once, as the root element");
                    }
                    rootSeen = true;
                    code = required(attributes, "code", "series");
                    if (!code.matches("[a-z][a-z0-9-]{1,49}")) {
                        throw fail("series code '" + code + "' must be lower-case letters, digits or '-'");
                    }
                    name = required(attributes, "name", "series");
                }
                case "specialty" -> {
                    requireRoot(qName);
                    String specialtyName = required(attributes, "name", "specialty");
                    if (specialties.containsKey(specialtyName)) {
                        throw fail("specialty '" + specialtyName + "' is declared twice");
                    }
                    currentSpecialty = new EnumMap<>(TitleLevel.class);
                    specialties.put(specialtyName, currentSpecialty);
                }
                case "committee" -> {
                    requireRoot(qName);
                    boolean examOnly = Boolean.parseBoolean(attributes.getValue("examOnly"));
                    String unit = examOnly ? optional(attributes, "unit") : required(attributes, "unit", "committee");
                    String phone = examOnly ? optional(attributes, "phone") : required(attributes, "phone", "committee");
                    Map<TitleLevel, LevelCommittee> target = currentSpecialty != null ? currentSpecialty : seriesWide;
                    for (String term : required(attributes, "levels", "committee").trim().split("\\s+")) {
                        TitleLevel level;
                        try {
                            level = TitleLevel.fromOfficialTerm(term);
                        } catch (IllegalArgumentException e) {
                            throw fail("unknown level '" + term + "' (expected 正高, 副高, 中级, 助理 or 员级)");
                        }
                        if (target.put(level, new LevelCommittee(level, unit, phone, examOnly)) != null) {
                            throw fail("level " + term + " has two committees");
                        }
                    }
                }
                default -> throw fail("unknown element <" + qName + ">");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("specialty".equals(qName)) {
                currentSpecialty = null;
            }
        }

        Parsed result() throws DescriptorException {
            if (specialties.isEmpty()) {
                throw new DescriptorException(source, 0, "series '" + code + "' declares no specialty");
            }
            List<Specialty> list = new ArrayList<>();
            for (Map.Entry<String, Map<TitleLevel, LevelCommittee>> entry : specialties.entrySet()) {
                Map<TitleLevel, LevelCommittee> merged = new EnumMap<>(seriesWide);
                merged.putAll(entry.getValue());
                list.add(new Specialty(entry.getKey(), new ArrayList<>(merged.values())));
            }
            return new Parsed(code, name, list);
        }

        private void requireRoot(String element) throws SAXException {
            if (!rootSeen) {
                throw fail("<" + element + "> must be inside <series>");
            }
        }

        private String required(Attributes attributes, String attribute, String element) throws SAXException {
            String value = attributes.getValue(attribute);
            if (value == null || value.isBlank()) {
                throw fail("<" + element + "> needs the attribute '" + attribute + "'");
            }
            return value.trim();
        }

        private static String optional(Attributes attributes, String attribute) {
            String value = attributes.getValue(attribute);
            return value == null ? "" : value.trim();
        }

        private SAXException fail(String problem) {
            int line = locator == null ? 0 : locator.getLineNumber();
            return new SAXException(new DescriptorException(source, line, problem));
        }
    }
}
