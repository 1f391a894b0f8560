package org.zhicheng.core.internal.series;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileField;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.LabelTranslations;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeniorityMinimum;
import org.zhicheng.api.series.SeriesPolicy;
import org.zhicheng.api.series.Specialty;
import org.zhicheng.core.internal.file.CommonLabels;
import org.zhicheng.core.internal.file.CommonSections;

/**
 * Reads a plugin's {@code ZH-INF/series.xml} (format: series-plugins/DESCRIPTOR.md). SAX rather than DOM
 * so that every complaint names the line.
 */
public final class SeriesDescriptorReader {

    public record Parsed(String code, String name, List<Specialty> specialties, SeriesPolicy policy, int seniorFee,
                         List<FileSection> sections, List<SeniorityMinimum> seniority) {
        public Series toSeries(SeriesAvailability availability, String bundle, String version) {
            return toSeries(availability, bundle, version, LabelTranslations.NONE);
        }

        public Series toSeries(SeriesAvailability availability, String bundle, String version, LabelTranslations labels) {
            // issue 19: core's common sections are part of every file, so their translations go with every series
            return new Series(code, name, specialties, policy, seniorFee, availability, bundle, version, sections, seniority,
                    CommonLabels.with(labels));
        }
    }

    /** Ids of sections and fields: stored with every value, so short and plain. */
    private static final String ID_PATTERN = "[a-z][a-z0-9-]{0,39}";

    private final DescriptorLimits limits;

    public SeriesDescriptorReader(DescriptorLimits limits) {
        this.limits = limits;
    }

    public Parsed read(String source, byte[] content) throws DescriptorException {
        return read(source, content, DescriptorLabels.none());
    }

    /** Reads with the plugin's label bundles: {@code %key} labels become their Chinese text (translations kept in labels). */
    public Parsed read(String source, byte[] content, DescriptorLabels labels) throws DescriptorException {
        Handler handler = new Handler(source, limits);
        handler.labels = labels;
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
        private final List<FileSection> sections = new ArrayList<>();
        private final Map<TitleLevel, SeniorityMinimum> seniority = new EnumMap<>(TitleLevel.class);
        private final Set<String> sectionIds = new HashSet<>();
        private String sectionId;
        private String sectionTitle;
        private List<FileField> sectionFields;
        private boolean rootSeen;
        private boolean policySeen;

        Handler(String source, DescriptorLimits limits) {
            super(source);
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) throws SAXException {
            String tag = element(uri, localName);
            if (!tag.equals("series")) {
                requireRoot(tag);
            }
            if (sectionFields != null && !tag.equals("field")) {
                throw fail("<" + tag + "> cannot be inside <section>; a section holds <field> elements only");
            }
            switch (tag) {
                case "series" -> {
                    if (rootSeen) {
                        throw fail("<series> may appear only once, as the root element");
                    }
                    rootSeen = true;
                    code = required(attributes, "code", "series");
                    if (!code.matches("[a-z][a-z0-9-]{1,49}")) {
                        throw fail("series code '" + code + "' must be lower-case letters, digits or '-'");
                    }
                    name = localized(required(attributes, "name", "series"));
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
                                integer(attributes, "annualHours", tag), integer(attributes, "professionalHours", tag),
                                integer(attributes, "years", tag), flag(attributes, "sample"));
                    } catch (IllegalArgumentException e) {
                        throw fail("<continuingEducation>: professional hours must not exceed annual hours, none negative");
                    }
                }
                case "fees" -> {
                    seniorFee = integer(attributes, "senior", tag);
                    if (seniorFee < limits.seniorFeeMin() || seniorFee > limits.seniorFeeMax()) {
                        throw fail("senior fee " + seniorFee + " yuan is outside the prefecture's range "
                                + limits.seniorFeeMin() + "-" + limits.seniorFeeMax() + " (R-29)");
                    }
                }
                case "specialty" -> {
                    String specialtyName = localized(required(attributes, "name", "specialty"));
                    if (specialties.containsKey(specialtyName)) {
                        throw fail("specialty '" + specialtyName + "' is declared twice");
                    }
                    currentSpecialty = new EnumMap<>(TitleLevel.class);
                    specialties.put(specialtyName, currentSpecialty);
                    annexRows.put(specialtyName, optional(attributes, "annexRow").isEmpty() ? 0
                            : integer(attributes, "annexRow", tag));
                }
                case "committee" -> committee(attributes);
                case "seniority" -> seniority(attributes);
                case "section" -> section(attributes);
                case "field" -> field(attributes);
                default -> throw fail("unknown element <" + tag + ">");
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

        /** the years asked before a file at the level is opened, once per level, directly under the series. */
        private void seniority(Attributes attributes) throws SAXException {
            if (currentSpecialty != null) {
                throw fail("<seniority> belongs directly under <series>, not inside <specialty>");
            }
            String term = required(attributes, "level", "seniority");
            TitleLevel level;
            try {
                level = TitleLevel.fromOfficialTerm(term);
            } catch (IllegalArgumentException e) {
                throw fail("unknown level '" + term + "' (expected 正高, 副高, 中级, 助理 or 员级)");
            }
            int appointed = optional(attributes, "appointedYears").isEmpty() ? 0 : integer(attributes, "appointedYears", "seniority");
            int work = optional(attributes, "workYears").isEmpty() ? 0 : integer(attributes, "workYears", "seniority");
            if (appointed < 0 || work < 0 || appointed > 50 || work > 50) {
                throw fail("<seniority level=\"" + term + "\">: years must be between 0 and 50");
            }
            if (seniority.put(level, new SeniorityMinimum(level, appointed, work, flag(attributes, "sample"))) != null) {
                throw fail("level " + term + " has two <seniority> elements");
            }
        }

        /** A section of the applicant's file that this series adds after core's common ones. */
        private void section(Attributes attributes) throws SAXException {
            if (currentSpecialty != null) {
                throw fail("<section> belongs directly under <series>, not inside <specialty>");
            }
            DescriptorLimits.SectionLimits bounds = limits.sections();
            String id = id(attributes, "section");
            if (CommonSections.IDS.contains(id)) {
                throw fail("section id '" + id + "' is one of core's common sections " + new TreeSet<>(CommonSections.IDS)
                        + "; choose another");
            }
            if (!sectionIds.add(id)) {
                throw fail("section '" + id + "' is declared twice");
            }
            if (sectionIds.size() > bounds.sections()) {
                throw fail("at most " + bounds.sections() + " sections per series");
            }
            sectionId = id;
            sectionTitle = text(attributes, "title", "section", bounds.labelLength());
            sectionFields = new ArrayList<>();
        }

        private void field(Attributes attributes) throws SAXException {
            if (sectionFields == null) {
                throw fail("<field> must be inside <section>");
            }
            DescriptorLimits.SectionLimits bounds = limits.sections();
            String id = id(attributes, "field");
            if (sectionFields.stream().anyMatch(f -> f.id().equals(id))) {
                throw fail("field '" + id + "' is declared twice in section '" + sectionId + "'");
            }
            if (sectionFields.size() >= bounds.fieldsPerSection()) {
                throw fail("at most " + bounds.fieldsPerSection() + " fields per section");
            }
            String label = text(attributes, "label", "field", bounds.labelLength());
            String term = required(attributes, "type", "field");
            FieldType type;
            try {
                type = FieldType.fromDescriptorTerm(term);
            } catch (IllegalArgumentException e) {
                throw fail("unknown field type '" + term + "' (expected " + Arrays.stream(FieldType.values())
                        .map(FieldType::descriptorTerm).toList() + ")");
            }
            String choiceList = optional(attributes, "choices");
            List<String> choices = List.of();
            if (type == FieldType.CHOICE) {
                if (choiceList.isEmpty()) {
                    throw fail("field '" + id + "' of type choice needs choices=\"a;b\"");
                }
                Set<String> distinct = new LinkedHashSet<>();
                for (String choice : choiceList.split(";")) {
                    // a choice may name its text by %key too (issue 19): the Chinese text is the stored value
                    String trimmed = localized(choice.trim());
                    if (trimmed.isEmpty() || trimmed.length() > bounds.labelLength() || !distinct.add(trimmed)) {
                        throw fail("choices of field '" + id + "' must be distinct, non-empty and at most "
                                + bounds.labelLength() + " characters each");
                    }
                }
                if (distinct.size() > bounds.choicesPerField()) {
                    throw fail("field '" + id + "' has more than " + bounds.choicesPerField() + " choices");
                }
                choices = List.copyOf(distinct);
            } else if (!choiceList.isEmpty()) {
                throw fail("choices belong to fields of type choice only, not to '" + id + "' (" + term + ")");
            }
            String hint = localized(optional(attributes, "hint"));
            if (hint.length() > bounds.hintLength()) {
                throw fail("hint of field '" + id + "' is longer than " + bounds.hintLength() + " characters");
            }
            sectionFields.add(new FileField(id, label, type, flag(attributes, "required"), choices,
                    flag(attributes, "identity"), hint));
        }

        private String id(Attributes attributes, String element) throws SAXException {
            String id = required(attributes, "id", element);
            if (!id.matches(ID_PATTERN)) {
                throw fail(element + " id '" + id + "' must be lower-case letters, digits or '-', at most 40");
            }
            return id;
        }

        private String text(Attributes attributes, String attribute, String element, int maxLength) throws SAXException {
            String value = localized(required(attributes, attribute, element));
            if (value.length() > maxLength) {
                throw fail("'" + attribute + "' of <" + element + "> is longer than " + maxLength + " characters");
            }
            return value;
        }

        @Override
        public void endElement(String uri, String localName, String qualifiedName) throws SAXException {
            String tag = localName;
            if ("specialty".equals(tag)) {
                currentSpecialty = null;
            }
            if ("section".equals(tag)) {
                if (sectionFields.isEmpty()) {
                    throw fail("section '" + sectionId + "' declares no <field>");
                }
                sections.add(new FileSection(sectionId, sectionTitle, true, sectionFields));
                sectionFields = null;
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
                    universitySelfEvaluation, continuingEducation), seniorFee, List.copyOf(sections),
                    List.copyOf(seniority.values()));
        }

        private void requireRoot(String element) throws SAXException {
            if (!rootSeen) {
                throw fail("<" + element + "> must be inside <series>");
            }
        }
    }
}
