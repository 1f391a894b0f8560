package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.LevelCommittee;
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
}
