package org.zhicheng.core.internal.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Specialty;

class SeriesDescriptorReaderTest {

    private final SeriesDescriptorReader reader = new SeriesDescriptorReader();

    static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <series code="health" name="卫生健康系列">
              <committee levels="正高 副高" unit="地区卫生健康委员会" phone="0997-2123456"/>
              <committee levels="中级 助理 员级" examOnly="true"/>
              <specialty name="临床医学"/>
              <specialty name="护理">
                <committee levels="副高" unit="地区护理学会" phone="0997-2000000"/>
              </specialty>
            </series>
            """;

    @Test
    void seriesWideCommitteesApplyToEverySpecialtyAndSpecialtyOnesOverride_R39() throws Exception {
        SeriesDescriptorReader.Parsed parsed = reader.read("test.xml", SAMPLE);
        assertEquals("health", parsed.code());
        assertEquals("卫生健康系列", parsed.name());
        Specialty clinical = parsed.specialties().get(0);
        assertEquals(5, clinical.committees().size());
        LevelCommittee associate = committee(parsed.specialties().get(1), TitleLevel.SENIOR_ASSOCIATE);
        assertEquals("地区护理学会", associate.organisingUnit());
        assertEquals("0997-2000000", associate.phone());
        assertEquals("地区卫生健康委员会", committee(clinical, TitleLevel.SENIOR_ASSOCIATE).organisingUnit());
    }

    @Test
    void examOnlyLevelsAreMarked_R01() throws Exception {
        Specialty clinical = reader.read("test.xml", SAMPLE).specialties().get(0);
        assertTrue(committee(clinical, TitleLevel.INTERMEDIATE).examOnly());
        assertTrue(!committee(clinical, TitleLevel.SENIOR_FULL).examOnly());
    }

    @Test
    void refusesUnknownLevelNamingFileAndLine() {
        String bad = """
                <series code="x-series" name="X">
                  <specialty name="A">
                    <committee levels="高级" unit="U" phone="1"/>
                  </specialty>
                </series>
                """;
        DescriptorException e = assertThrows(DescriptorException.class, () -> reader.read("plugin/ZH-INF/series.xml", bad));
        assertEquals("plugin/ZH-INF/series.xml:3: unknown level '高级' (expected 正高, 副高, 中级, 助理 or 员级)", e.getMessage());
    }

    @Test
    void refusesMalformedXmlAndMissingAttributes() {
        DescriptorException broken = assertThrows(DescriptorException.class,
                () -> reader.read("a.xml", "<series code=\"ok\" name=\"N\">\n<specialty name=\"A\">\n</series>"));
        assertTrue(broken.getMessage().startsWith("a.xml:3: "), broken.getMessage());
        DescriptorException missing = assertThrows(DescriptorException.class,
                () -> reader.read("b.xml", "<series code=\"ok\">\n</series>"));
        assertEquals("b.xml:1: <series> needs the attribute 'name'", missing.getMessage());
        DescriptorException empty = assertThrows(DescriptorException.class,
                () -> reader.read("c.xml", "<series code=\"ok\" name=\"N\"/>"));
        assertEquals("c.xml: series 'ok' declares no specialty", empty.getMessage());
    }

    private static LevelCommittee committee(Specialty specialty, TitleLevel level) {
        return specialty.committees().stream().filter(c -> c.level() == level).findFirst().orElseThrow();
    }
}
