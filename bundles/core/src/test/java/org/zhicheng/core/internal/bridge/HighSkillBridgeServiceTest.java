package org.zhicheng.core.internal.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.bridge.BridgeCheck;
import org.zhicheng.api.bridge.TechnicalSchoolClass;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

class HighSkillBridgeServiceTest {

    private DerbyJpa jpa;
    private HighSkillBridgeService bridge;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        String specialty = "<specialty name=\"机械电子专业\"><committee levels=\"副高 中级 助理\" unit=\"地区工信局\" phone=\"1\"/></specialty>";
        for (String[] series : new String[][] {{"engineering", "工程系列", "true"}, {"archives", "档案系列", "false"}}) {
            String descriptor = TestDescriptors.series(series[0], series[1], specialty)
                    .replace("highSkillBridge=\"false\"", "highSkillBridge=\"" + series[2] + "\"");
            TestDescriptors.declare(store, descriptor, List.of("高", "中", "初"));
        }
        bridge = new HighSkillBridgeService(store);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void onlyTheBridgeSeriesOpenTheBridge_R30() {
        assertTrue(bridge.check("engineering", VocationalQualification.TECHNICIAN, 3, true, TitleLevel.INTERMEDIATE).eligible());
        BridgeCheck archives = bridge.check("archives", VocationalQualification.TECHNICIAN, 3, true, TitleLevel.INTERMEDIATE);
        assertFalse(archives.eligible());
        assertEquals("档案系列不属于贯通领域", archives.chineseReason());
    }

    @Test
    void qualificationAndYearsOfTechnicalWorkOpenALevel_R31() {
        assertTrue(bridge.check("engineering", VocationalQualification.SENIOR_WORKER, 2, true, TitleLevel.ASSISTANT).eligible());
        assertFalse(bridge.check("engineering", VocationalQualification.SENIOR_WORKER, 1, true, TitleLevel.ASSISTANT).eligible());
        assertFalse(bridge.check("engineering", VocationalQualification.SENIOR_WORKER, 9, true, TitleLevel.INTERMEDIATE).eligible());
        assertEquals("取得技师后须从事技术工作满3年",
                bridge.check("engineering", VocationalQualification.TECHNICIAN, 2, true, TitleLevel.INTERMEDIATE).chineseReason());
        assertTrue(bridge.check("engineering", VocationalQualification.SENIOR_TECHNICIAN, 4, true, TitleLevel.SENIOR_ASSOCIATE).eligible());
        assertEquals("高级技师可申报副高及以下职称", bridge.check("engineering", VocationalQualification.SENIOR_TECHNICIAN, 10, true,
                TitleLevel.SENIOR_FULL).chineseReason());
        assertEquals("近三年年度考核须均为合格以上", bridge.check("engineering", VocationalQualification.SENIOR_TECHNICIAN, 4, false,
                TitleLevel.SENIOR_ASSOCIATE).chineseReason());
    }

    @Test
    void technicalSchoolClassesCountAsEducation_R32() {
        assertEquals("中专", TechnicalSchoolClass.INTERMEDIATE_WORKER_CLASS.equivalentEducation());
        assertEquals("大专", TechnicalSchoolClass.SENIOR_WORKER_CLASS.equivalentEducation());
        assertEquals("本科", TechnicalSchoolClass.PREPARATORY_TECHNICIAN_CLASS.equivalentEducation());
    }
}
