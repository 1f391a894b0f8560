package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Committees are the rows of Annex 5, derived from the plugin's descriptor with stable ids. */
class CommitteesTest {

    private static final String UNIVERSITY = TestDescriptors.series("university-teachers", "高等院校教师系列", """
            <specialty name="就业指导专业" annexRow="20">
              <committee levels="正高 副高" unit="地区教育局" phone="0997-2530856"/>
              <committee levels="中级 助理 员级" unit="地区教育局、各县(市)教科局" phone="0997-2530856"/>
            </specialty>
            <specialty name="高等学校教师专业" annexRow="22">
              <committee levels="正高 副高 中级 助理 员级" unit="地区教育局" phone="0997-2530856"/>
            </specialty>
            <specialty name="卫生管理专业">
              <committee levels="副高" unit="地区卫生健康委员会" phone="0997-2131480"/>
              <committee levels="中级 助理 员级" examOnly="true"/>
            </specialty>""");

    private static DerbyJpa jpa;
    private static SeriesStore store;

    @BeforeAll
    static void start() throws Exception {
        jpa = new DerbyJpa();
        store = new SeriesStore(jpa);
        TestDescriptors.declare(store, UNIVERSITY, List.of("高", "中", "初"));
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void eachSpecialtyRowIsACommitteeWithItsLevelsUnitAndPhone_R39() {
        Series series = store.find("university-teachers").orElseThrow();
        List<Committee> committees = series.committees();
        String unnamedRow = "university-teachers.n" + Integer.toHexString("卫生管理专业".hashCode());
        assertEquals(List.of("university-teachers.20.senior-full", "university-teachers.20.intermediate",
                "university-teachers.22", unnamedRow), committees.stream().map(Committee::id).toList());
        Committee intermediate = committees.get(1);
        assertEquals("地区教育局、各县(市)教科局", intermediate.organisingUnit());
        assertEquals(List.of(TitleLevel.INTERMEDIATE, TitleLevel.ASSISTANT, TitleLevel.JUNIOR), intermediate.levels());
        // levels filled by exam have no committee
        assertEquals(List.of(TitleLevel.SENIOR_ASSOCIATE), committees.get(3).levels());
        assertTrue(series.committeeFor("卫生管理专业", TitleLevel.INTERMEDIATE).isEmpty());
    }

    @Test
    void aFilesCommitteeFollowsFromSeriesSpecialtyAndLevel() {
        Series series = store.find("university-teachers").orElseThrow();
        assertEquals("university-teachers.20.senior-full",
                series.committeeFor("就业指导专业", TitleLevel.SENIOR_ASSOCIATE).orElseThrow().id());
        assertEquals("university-teachers.20.intermediate", series.committeeFor("就业指导专业", TitleLevel.ASSISTANT).orElseThrow().id());
        assertEquals("university-teachers.22", series.committeeFor("高等学校教师专业", TitleLevel.JUNIOR).orElseThrow().id());
        assertEquals("就业指导专业", store.committee("university-teachers.20.intermediate").orElseThrow().specialty());
        assertTrue(store.committee("university-teachers").isEmpty());
        assertTrue(store.committee("nosuch.20").isEmpty());
    }
}
