package org.zhicheng.core.internal.series;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesPolicy;
import org.zhicheng.api.series.Specialty;

/**
 * Reads a plugin's {@code ZH-INF/series.xml} (format: series-plugins/DESCRIPTOR.md). SAX rather than DOM
 * so that every complaint names the line.
 */
public final class SeriesDescriptorReader {

    public record Parsed(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee) {
        public Series toSeries(SeriesAvailability availability, String bundle, String version) {
            return new Series(code, name, specialties, policy, seniorFee, availability, bundle, version);
        }
    }

    private final DescriptorLimits limits;

    public SeriesDescriptorReader(DescriptorLimits limits) {
        this.limits = limits;
    }

    public Parsed read(String source, byte[] content) throws DescriptorException {
        Handler handler = new Handler(source, limits);
        DescriptorParsing.parse(source, content, handler);
        return handler.result();
    }

    public Parsed read(String source, String content) throws DescriptorException {
        return read(source, content.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Handler extends DescriptorParsing.LocatingHandler {
        private final DescriptorLimits limits;
        private String code;
        private String name;
        private boolean privateEnterpriseChannel;
        private boolean highSkillBridge;
        private boolean universitySelfEvaluation;
        private String continuingEducationSource = "prefecture";
        private ContinuingEducationRule departmentRule;
        private int seniorFee = -1;
        private final Map<TitleLevel, LevelCommittee> seriesWide = new EnumMap<>(TitleLevel.class);
        private final Map<String, Map<TitleLevel, LevelCommittee>> specialties = new LinkedHashMap<>();
        private final Map<String, Integer> annexRows = new LinkedHashMap<>();
        private Map<TitleLevel, LevelCommittee> currentSpecialty;
        private boolean rootSeen;
        private boolean policySeen;

        Handler(String source, DescriptorLimits limits) {
            super(source);
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (!qName.equals("series")) {
                requireRoot(qName);
            }
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
                case "policy" -> {
                    policySeen = true;
                    privateEnterpriseChannel = flag(attributes, "privateEnterpriseChannel");
                    highSkillBridge = flag(attributes, "highSkillBridge");
                    universitySelfEvaluation = flag(attributes, "universitySelfEvaluation");
                    continuingEducationSource = required(attributes, "continuingEducation", "policy");
                    if (!continuingEducationSource.equals("prefecture") && !continuingEducationSource.equals("department")) {
                        throw fail("continuingEducation must be 'prefecture' (R-24) or 'department' (R-25), not '"
                                + continuingEducationSource + "'");
                    }
                }
                case "continuingEducation" -> {
                    try {
                        departmentRule = new ContinuingEducationRule(ContinuingEducationRule.Source.DEPARTMENT,
                                integer(attributes, "annualHours", qName), integer(attributes, "professionalHours", qName),
                                integer(attributes, "years", qName), flag(attributes, "sample"));
                    } catch (IllegalArgumentException e) {
                        throw fail("<continuingEducation>: professional hours must not exceed annual hours, none negative");
                    }
                }
                case "fees" -> {
                    seniorFee = integer(attributes, "senior", qName);
                    if (seniorFee < limits.seniorFeeMin() || seniorFee > limits.seniorFeeMax()) {
                        throw fail("senior fee " + seniorFee + " yuan is outside the prefecture's range "
                                + limits.seniorFeeMin() + "-" + limits.seniorFeeMax() + " (R-29)");
                    }
                }
                case "specialty" -> {
                    String specialtyName = required(attributes, "name", "specialty");
                    if (specialties.containsKey(specialtyName)) {
                        throw fail("specialty '" + specialtyName + "' is declared twice");
                    }
                    currentSpecialty = new EnumMap<>(TitleLevel.class);
                    specialties.put(specialtyName, currentSpecialty);
                    annexRows.put(specialtyName, optional(attributes, "annexRow").isEmpty() ? 0
                            : integer(attributes, "annexRow", qName));
                }
                case "committee" -> committee(attributes);
                default -> throw fail("unknown element <" + qName + ">");
            }
        }

        private void committee(Attributes attributes) throws SAXException {
            boolean examOnly = flag(attributes, "examOnly");
            String unit = examOnly ? optional(attributes, "unit") : required(attributes, "unit", "committee");
            String phone = examOnly ? optional(attributes, "phone") : required(attributes, "phone", "committee");
            Map<TitleLevel, LevelCommittee> target = currentSpecialty != null ? currentSpecialty : seriesWide;
            for (String term : required(attributes, "levels", "committee").split("\\s+")) {
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
            if (!policySeen) {
                throw new DescriptorException(source, 0, "series '" + code + "' declares no <policy>");
            }
            if (seniorFee < 0) {
                throw new DescriptorException(source, 0, "series '" + code + "' declares no <fees senior=\"...\"/> (R-29)");
            }
            ContinuingEducationRule continuingEducation = ContinuingEducationRule.PREFECTURE_2023;
            if (continuingEducationSource.equals("department")) {
                if (departmentRule == null) {
                    throw new DescriptorException(source, 0, "continuingEducation=\"department\" needs a <continuingEducation"
                            + " annualHours=... professionalHours=... years=.../> element (R-25)");
                }
                continuingEducation = departmentRule;
            }
            List<Specialty> list = new ArrayList<>();
            for (Map.Entry<String, Map<TitleLevel, LevelCommittee>> entry : specialties.entrySet()) {
                Map<TitleLevel, LevelCommittee> merged = new EnumMap<>(seriesWide);
                merged.putAll(entry.getValue());
                list.add(new Specialty(entry.getKey(), annexRows.get(entry.getKey()), new ArrayList<>(merged.values())));
            }
            return new Parsed(code, name, list, new SeriesPolicy(privateEnterpriseChannel, highSkillBridge,
                    universitySelfEvaluation, continuingEducation), seniorFee);
        }

        private void requireRoot(String element) throws SAXException {
            if (!rootSeen) {
                throw fail("<" + element + "> must be inside <series>");
            }
        }
    }
}
