package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.SeniorityMinimum;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesPolicy;
import org.zhicheng.api.series.Specialty;

class SeriesDescriptorReaderTest {

    private final SeriesDescriptorReader reader = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS);

    static final String HEALTH = """
            <?xml version="1.0" encoding="UTF-8"?>
            <series code="health" name="卫生健康系列">
              <policy privateEnterpriseChannel="false" highSkillBridge="false" universitySelfEvaluation="false"
                      continuingEducation="department"/>
              <continuingEducation annualHours="80" professionalHours="50" years="3" sample="true"/>
              <fees senior="700"/>
              <committee levels="正高 副高" unit="地区卫生健康委员会" phone="0997-2131480"/>
              <committee levels="中级 助理 员级" examOnly="true"/>
              <specialty name="卫生健康系列高级专业" annexRow="45"/>
              <specialty name="护理">
                <committee levels="副高" unit="地区护理学会" phone="0997-2000000;0997-2000001"/>
              </specialty>
            </series>
            """;

    @Test
    void seriesWideCommitteesApplyToEverySpecialtyAndSpecialtyOnesOverride_R39() throws Exception {
        SeriesDescriptorReader.Parsed parsed = reader.read("test.xml", HEALTH);
        assertEquals("health", parsed.code());
        assertEquals("卫生健康系列", parsed.name());
        Specialty senior = parsed.specialties().get(0);
        assertEquals(45, senior.annexRow());
        assertEquals(5, senior.committees().size());
        LevelCommittee nursing = parsed.specialties().get(1).committee(TitleLevel.SENIOR_ASSOCIATE).orElseThrow();
        assertEquals("地区护理学会", nursing.organisingUnit());
        assertEquals("0997-2000000;0997-2000001", nursing.phone(), "phones as written, shown to applicants");
        assertEquals("地区卫生健康委员会", senior.committee(TitleLevel.SENIOR_ASSOCIATE).orElseThrow().organisingUnit());
    }

    @Test
    void seniorityMinimumsAreReadPerLevelAndCheckedOnLoad_R12() throws Exception {
        String declared = HEALTH.replace("<fees senior=\"700\"/>", """
                <fees senior="700"/>
                  <seniority level="副高" appointedYears="5" workYears="10" sample="true"/>
                  <seniority level="正高" appointedYears="5"/>""");
        Series series = reader.read("test.xml", declared).toSeries(SeriesAvailability.ACCEPTING, "b", "1.0.0");
        assertEquals(new SeniorityMinimum(TitleLevel.SENIOR_ASSOCIATE, 5, 10, true),
                series.seniorityFor(TitleLevel.SENIOR_ASSOCIATE).orElseThrow());
        assertEquals(new SeniorityMinimum(TitleLevel.SENIOR_FULL, 5, 0, false), series.seniorityFor(TitleLevel.SENIOR_FULL).orElseThrow());
        assertTrue(series.seniorityFor(TitleLevel.INTERMEDIATE).isEmpty(), "no years asked");
        DescriptorException twice = assertThrows(DescriptorException.class, () -> reader.read("h.xml",
                declared.replace("level=\"正高\" appointedYears", "level=\"副高\" appointedYears")));
        assertTrue(twice.getMessage().endsWith("level 副高 has two <seniority> elements"), twice.getMessage());
        DescriptorException negative = assertThrows(DescriptorException.class, () -> reader.read("h.xml",
                declared.replace("workYears=\"10\"", "workYears=\"-1\"")));
        assertTrue(negative.getMessage().endsWith("years must be between 0 and 50"), negative.getMessage());
    }

    @Test
    void examOnlyLevelsAreMarkedAndNotEvaluated_R01() throws Exception {
        Specialty senior = reader.read("test.xml", HEALTH).specialties().get(0);
        assertTrue(senior.committee(TitleLevel.INTERMEDIATE).orElseThrow().examOnly());
        assertFalse(senior.evaluates(TitleLevel.INTERMEDIATE));
        assertTrue(senior.evaluates(TitleLevel.SENIOR_FULL));
    }

    @Test
    void departmentContinuingEducationRuleIsTheSeries_R25() throws Exception {
        SeriesPolicy policy = reader.read("test.xml", HEALTH).policy();
        assertEquals(new ContinuingEducationRule(ContinuingEducationRule.Source.DEPARTMENT, 80, 50, 3, true),
                policy.continuingEducation());
        String withoutRule = HEALTH.replace("<continuingEducation annualHours=\"80\" professionalHours=\"50\" years=\"3\" sample=\"true\"/>", "");
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("h.xml", withoutRule));
        assertTrue(e.getMessage().startsWith("h.xml: continuingEducation=\"department\" needs"), e.getMessage());
    }

    @Test
    void prefectureRuleAndChannelCAndBridgeAreDeclared_R06_R24_R30_R02() throws Exception {
        String engineering = TestDescriptors.series("engineering", "工程系列",
                "<specialty name=\"水利专业\"><committee levels=\"副高\" unit=\"地区水利局\" phone=\"1\"/></specialty>")
                .replace("privateEnterpriseChannel=\"false\" highSkillBridge=\"false\"",
                        "privateEnterpriseChannel=\"true\" highSkillBridge=\"true\"");
        SeriesPolicy policy = reader.read("e.xml", engineering).policy();
        assertTrue(policy.privateEnterpriseChannel());
        assertTrue(policy.highSkillBridge());
        assertFalse(policy.universitySelfEvaluation());
        assertEquals(ContinuingEducationRule.PREFECTURE_2023, policy.continuingEducation());
    }

    @Test
    void seniorFeeOutsideThePrefectureRangeIsRefused_R29() throws Exception {
        assertEquals(700, reader.read("test.xml", HEALTH).seniorFee());
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> reader.read("plugin/ZH-INF/series.xml", HEALTH.replace("senior=\"700\"", "senior=\"800\"")));
        assertEquals("plugin/ZH-INF/series.xml:6: senior fee 800 yuan is outside the prefecture's range 550-700 (R-29)",
                e.getMessage());
        SeriesDescriptorReader wider = new SeriesDescriptorReader(
                new DescriptorLimits(500, 900, DescriptorLimits.DEFAULTS.fourOnlysMaxShare()));
        assertEquals(800, wider.read("x", HEALTH.replace("senior=\"700\"", "senior=\"800\"")).seniorFee());
    }

    @Test
    void refusesUnknownLevelNamingFileAndLine() {
        String bad = TestDescriptors.series("x-series", "X", """
                  <specialty name="A">
                    <committee levels="高级" unit="U" phone="1"/>
                  </specialty>""");
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("plugin/ZH-INF/series.xml", bad));
        assertEquals("plugin/ZH-INF/series.xml:7: unknown level '高级' (expected 正高, 副高, 中级, 助理 or 员级)", e.getMessage());
    }

    @Test
    void refusesMalformedXmlAndMissingParts() {
        DescriptorException broken = assertThrows(DescriptorException.class,
                () -> reader.read("a.xml", "<series code=\"ok\" name=\"N\">\n<specialty name=\"A\">\n</series>"));
        assertTrue(broken.getMessage().startsWith("a.xml:3: "), broken.getMessage());
        DescriptorException missing = assertThrows(DescriptorException.class,
                () -> reader.read("b.xml", "<series code=\"ok\">\n</series>"));
        assertEquals("b.xml:1: <series> needs the attribute 'name'", missing.getMessage());
        DescriptorException empty = assertThrows(DescriptorException.class,
                () -> reader.read("c.xml", "<series code=\"ok\" name=\"N\"/>"));
        assertEquals("c.xml: series 'ok' declares no specialty", empty.getMessage());
        DescriptorException noFees = assertThrows(DescriptorException.class,
                () -> reader.read("d.xml", HEALTH.replace("<fees senior=\"700\"/>", "")));
        assertEquals("d.xml: series 'health' declares no <fees senior=\"...\"/> (R-29)", noFees.getMessage());
        DescriptorException doctype = assertThrows(DescriptorException.class,
                () -> reader.read("e.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE series [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<series/>"));
        assertTrue(doctype.getMessage().startsWith("e.xml:2: "), doctype.getMessage());
    }

    // ------------------------------------------------------------------ the series' own sections of the file

    private static String withSection(String section) {
        return TestDescriptors.series("engineering", "工程系列",
                "<specialty name=\"水利专业\"><committee levels=\"副高\" unit=\"地区水利局\" phone=\"1\"/></specialty>\n" + section);
    }

    private static final String PROJECTS = """
              <section id="engineering-projects" title="主持或参与的工程项目">
                <field id="project-name" label="项目名称" type="text" required="true"/>
                <field id="role" label="本人角色" type="choice" required="true" choices="项目负责人; 技术负责人;主要参与人"/>
                <field id="completed" label="竣工时间" type="date" hint="在建项目可不填"/>
                <field id="owner" label="建设单位" type="text" identity="true"/>
              </section>""";

    @Test
    void sectionsAreReadInOrderWithTheirFields_R13_R17() throws Exception {
        SeriesDescriptorReader.Parsed parsed = reader.read("e.xml", withSection(PROJECTS));
        assertEquals(1, parsed.sections().size());
        org.zhicheng.api.file.FileSection section = parsed.sections().get(0);
        assertEquals("engineering-projects", section.id());
        assertEquals("主持或参与的工程项目", section.title());
        assertTrue(section.seriesSpecific());
        assertEquals(java.util.List.of("project-name", "role", "completed", "owner"),
                section.fields().stream().map(org.zhicheng.api.file.FileField::id).toList());
        assertEquals(java.util.List.of("项目负责人", "技术负责人", "主要参与人"), section.field("role").orElseThrow().choices());
        assertFalse(section.field("completed").orElseThrow().required());
        assertEquals("在建项目可不填", section.field("completed").orElseThrow().hint());
        assertTrue(section.field("owner").orElseThrow().identity());
        assertEquals(parsed.sections(), parsed.toSeries(org.zhicheng.api.series.SeriesAvailability.ACCEPTING, "b", "1")
                .fileSections());
        assertTrue(reader.read("h.xml", HEALTH).sections().isEmpty(), "sections are optional");
    }

    @Test
    void faultySectionsAreRefusedNamingFileAndLine() {
        assertRefusal("p/series.xml:7: section id 'basic' is one of core's common sections "
                + "[achievements, awards, basic, papers, work-history]; choose another",
                "<section id=\"basic\" title=\"基本情况\"><field id=\"a\" label=\"A\" type=\"text\"/></section>");
        assertRefusal("p/series.xml:8: section 'x' is declared twice",
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\"/></section>\n"
                        + "<section id=\"x\" title=\"Y\"><field id=\"a\" label=\"A\" type=\"text\"/></section>");
        assertRefusal("p/series.xml:7: field 'a' is declared twice in section 'x'",
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\"/><field id=\"a\" label=\"B\" type=\"text\"/></section>");
        assertRefusal("p/series.xml:7: unknown field type 'money' (expected [text, long-text, number, date, choice])",
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"money\"/></section>");
        assertRefusal("p/series.xml:7: choices belong to fields of type choice only, not to 'a' (text)",
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\" choices=\"1;2\"/></section>");
        assertRefusal("p/series.xml:7: field 'a' of type choice needs choices=\"a;b\"",
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"choice\"/></section>");
        assertRefusal("p/series.xml:7: <field> must be inside <section>", "<field id=\"a\" label=\"A\" type=\"text\"/>");
        assertRefusal("p/series.xml:7: section 'x' declares no <field>", "<section id=\"x\" title=\"X\"></section>");
        assertRefusal("p/series.xml:7: <committee> cannot be inside <section>; a section holds <field> elements only",
                "<section id=\"x\" title=\"X\"><committee levels=\"中级\" unit=\"U\" phone=\"1\"/></section>");
        assertRefusal("p/series.xml:7: field id 'Project_Name' must be lower-case letters, digits or '-', at most 40",
                "<section id=\"x\" title=\"X\"><field id=\"Project_Name\" label=\"A\" type=\"text\"/></section>");
        assertRefusal("p/series.xml:7: 'required' must be true or false, not 'yes'",
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\" required=\"yes\"/></section>");
    }

    @Test
    void sectionCountsAndLengthsAreBoundedByTheLimits() throws Exception {
        DescriptorLimits.SectionLimits tight = new DescriptorLimits.SectionLimits(1, 2, 2, 6, 5);
        SeriesDescriptorReader strict = new SeriesDescriptorReader(new DescriptorLimits(550, 700,
                DescriptorLimits.DEFAULTS.fourOnlysMaxShare(), tight));
        String two = "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\"/></section>\n"
                + "<section id=\"y\" title=\"Y\"><field id=\"a\" label=\"A\" type=\"text\"/></section>";
        assertEquals("s.xml:8: at most 1 sections per series", refusal(strict, two));
        assertEquals("s.xml:7: at most 2 fields per section", refusal(strict, "<section id=\"x\" title=\"X\">"
                + "<field id=\"a\" label=\"A\" type=\"text\"/><field id=\"b\" label=\"B\" type=\"text\"/>"
                + "<field id=\"c\" label=\"C\" type=\"text\"/></section>"));
        assertEquals("s.xml:7: field 'a' has more than 2 choices", refusal(strict,
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"choice\" choices=\"1;2;3\"/></section>"));
        assertEquals("s.xml:7: 'title' of <section> is longer than 6 characters", refusal(strict,
                "<section id=\"x\" title=\"主持或参与的工程项目\"><field id=\"a\" label=\"A\" type=\"text\"/></section>"));
        assertEquals("s.xml:7: hint of field 'a' is longer than 5 characters", refusal(strict,
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\" hint=\"请勿填写本人姓名\"/></section>"));
        assertEquals(1, strict.read("s.xml", withSection(
                "<section id=\"x\" title=\"X\"><field id=\"a\" label=\"A\" type=\"text\"/></section>")).sections().size());
    }

    static final String SCHEMA_ATTRIBUTES = "xmlns=\"" + DescriptorParsing.NAMESPACE + "\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
            + DescriptorParsing.NAMESPACE + " zhicheng-series-1.0.xsd\"";

    @Test
    void namespacedDescriptorReadsAsTheUnNamespacedOne() throws Exception {
        String namespaced = HEALTH.replace("<series code", "<series " + SCHEMA_ATTRIBUTES + " code");
        assertEquals(reader.read("plain.xml", HEALTH), reader.read("namespaced.xml", namespaced));
    }

    @Test
    void prefixedNamespaceIsReadToo() throws Exception {
        String prefixed = HEALTH.replaceAll("<(/?)([a-zA-Z]+)", "<$1zs:$2")
                .replace("<zs:series code", "<zs:series xmlns:zs=\"" + DescriptorParsing.NAMESPACE + "\" code");
        assertEquals(reader.read("plain.xml", HEALTH), reader.read("prefixed.xml", prefixed));
    }

    @Test
    void refusesAForeignNamespaceOrAMixOfNamespacesNamingTheLine() {
        String foreign = HEALTH.replace("<series code", "<series xmlns=\"urn:other\" code");
        assertEquals("f.xml:2: <series> is in the namespace 'urn:other'; descriptors use '" + DescriptorParsing.NAMESPACE + "'",
                assertThrows(DescriptorException.class, () -> reader.read("f.xml", foreign)).getMessage());
        String mixed = HEALTH.replace("<series code", "<zs:series xmlns:zs=\"" + DescriptorParsing.NAMESPACE + "\" code")
                .replace("</series>", "</zs:series>");
        // SAX names the line where the start tag ends
        assertEquals("m.xml:4: <policy> is in no namespace but the root element is in '" + DescriptorParsing.NAMESPACE + "'",
                assertThrows(DescriptorException.class, () -> reader.read("m.xml", mixed)).getMessage());
    }

    private void assertRefusal(String message, String section) {
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("p/series.xml", withSection(section)));
        assertEquals(message, e.getMessage());
    }

    private static String refusal(SeriesDescriptorReader strict, String section) {
        return assertThrows(DescriptorException.class, () -> strict.read("s.xml", withSection(section))).getMessage();
    }
}
