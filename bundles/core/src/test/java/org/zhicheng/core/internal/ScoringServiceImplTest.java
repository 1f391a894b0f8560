package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.series.DescriptorException;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Scoring against the standard version an application is pinned to, on a real Derby database. */
class ScoringServiceImplTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    /** Version 2 moves 5 points from papers to ability. */
    private static final String VERSION_2 = TestDescriptors.scoring(2023, 2, List.of("高", "中"))
            .replace("points=\"20\" evidence=\"论文", "points=\"15\" evidence=\"论文")
            .replace("points=\"20\" evidence=\"代表性成果", "points=\"25\" evidence=\"代表性成果");

    private int nextId = 300;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-01", 2023);
        declare("1.0.0", TestDescriptors.scoring(2023, 1, List.of("高", "中")));
    }

    private void declare(String bundleVersion, String scoringXml) throws DescriptorException {
        TestDescriptors.declare(store, WATER, scoringXml, bundleVersion);
    }

    /** A file with the committee, scored by expert-1 and expert-2. */
    private Application submitted(Tier tier, TitleLevel level) {
        Applicant applicant = applicants.register(new NewApplicant("评分测试", ResidentIdNumber.completing(
                "65290119800101" + nextId++), "阿克苏地区水利局", tier, ""), TESTER);
        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(applicant.id(),
                2023, "water", "水利专业", level, Channel.A_PREFECTURE_DIRECTED));
        TestFiles.assign(evaluation, file.id(), "water", "expert-1", "expert-2");
        return file;
    }

    /** Full marks on every item of the standard. */
    private static Map<String, BigDecimal> fullMarks(ScoringStandard standard) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (ScoringItem item : standard.items()) {
            if (item.computed()) {
                continue; // the platform gives those from the file's seniority
            }
            points.put(item.id(), item.points());
        }
        return points;
    }

    @Test
    void scoredApplicationsKeepTheirVersionAfterAnUpgrade_R21() throws Exception {
        Application scored = submitted(Tier.TOWNSHIP, TitleLevel.SENIOR_ASSOCIATE);
        ScoringStandard before = scoring.standardFor(scored.id());
        assertEquals(1, before.version());
        assertEquals(Tier.TOWNSHIP, before.tier(), "the applicant's tier picks the standard (R-26)");
        assertEquals(Grade.SENIOR, before.grade());
        ScoreSheet first = scoring.submitScoreSheet(scored.id(), TestActors.expert("expert-1"), fullMarks(before));
        assertEquals(1, first.version());
        assertEquals(new BigDecimal("100.00"), first.total());
        Application notYetScored = submitted(Tier.TOWNSHIP, TitleLevel.SENIOR_ASSOCIATE);

        declare("1.1.0", TestDescriptors.scoring(2023, 1, List.of("高", "中")).replace("</scoring>\n", "")
                + VERSION_2.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scoring>\n", ""));

        assertEquals(1, scoring.standardFor(scored.id()).version(), "pinned by its first sheet");
        Map<String, BigDecimal> secondExpert = fullMarks(before);
        secondExpert.put("papers", new BigDecimal("18"));
        ScoreSheet second = scoring.submitScoreSheet(scored.id(), TestActors.expert("expert-2"), secondExpert);
        assertEquals(1, second.version());
        assertEquals(new BigDecimal("98.00"), second.total());
        assertEquals(2, scoring.standardFor(notYetScored.id()).version(), "unscored files take the current version");
        assertEquals(List.of(first, second), scoring.scoreSheets(scored.id(), TESTER));
    }

    @Test
    void badScoreSheetsAreRefusedAndChangeNothing_R26() {
        Application application = submitted(Tier.PREFECTURE_DIRECT, TitleLevel.INTERMEDIATE);
        ScoringStandard standard = scoring.standardFor(application.id());

        Map<String, BigDecimal> tooMany = fullMarks(standard);
        tooMany.put("papers", new BigDecimal("20.5"));
        assertEquals("ITEM_OUT_OF_RANGE", refusal(application, tooMany).code());
        assertEquals("评分项“论文著作”的分值须在0至20之间", refusal(application, tooMany).chineseMessage());

        Map<String, BigDecimal> missing = fullMarks(standard);
        missing.remove("ethics");
        assertEquals("ITEM_NOT_SCORED", refusal(application, missing).code());

        Map<String, BigDecimal> unknown = fullMarks(standard);
        unknown.put("guanxi", BigDecimal.ONE);
        assertEquals("UNKNOWN_ITEM", refusal(application, unknown).code());

        Map<String, BigDecimal> negative = fullMarks(standard);
        negative.put("awards", new BigDecimal("-1"));
        assertEquals("ITEM_OUT_OF_RANGE", refusal(application, negative).code());

        assertTrue(scoring.scoreSheets(application.id(), TESTER).isEmpty());
        scoring.submitScoreSheet(application.id(), TestActors.expert("expert-1"), fullMarks(standard));
        assertEquals("ALREADY_SCORED", refusal(application, fullMarks(standard)).code());
        assertEquals(1, scoring.scoreSheets(application.id(), TESTER).size());
    }

    @Test
    void computedItemsTakeTheFilesSeniorityNotAnExpertsValue_R12() {
        Applicant applicant = applicants.register(new NewApplicant("任职年限", ResidentIdNumber.completing(
                "65290119800101" + nextId++), "阿克苏地区水利局", Tier.COUNTY_CITY, ""), TESTER);
        // appointed 2019-07-01: 4 full years to 2023-12-31, 1 point a year (the test standard's default)
        TestCareers.careers(jpa).record(new CareerRecord(applicant.id(), LocalDate.of(2013, 1, 1), "助理工程师",
                LocalDate.of(2019, 7, 1), "大学本科", null, null, 0, true), TESTER);
        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(
                applicant.id(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED));
        TestFiles.assign(evaluation, file.id(), "water", "expert-1");
        ScoringStandard standard = scoring.standardFor(file.id());

        Map<String, BigDecimal> typed = fullMarks(standard);
        typed.put("seniority", new BigDecimal("10"));
        ZhichengException refused = refusal(file, typed);
        assertEquals("ITEM_COMPUTED", refused.code());
        assertEquals("“任职年限”由平台按任职年限计算，不能填写", refused.chineseMessage());
        assertTrue(scoring.scoreSheets(file.id(), TESTER).isEmpty(), "nothing stored");

        ScoreSheet sheet = scoring.submitScoreSheet(file.id(), TestActors.expert("expert-1"), fullMarks(standard));
        assertEquals(new BigDecimal("4.00"), sheet.points().get("seniority"));
        assertEquals(new BigDecimal("94.00"), sheet.total(), "90 typed, 4 computed");
    }

    @Test
    void onlyAssignedExpertsScore_R17() {
        Application file = submitted(Tier.COUNTY_CITY, TitleLevel.INTERMEDIATE);
        ZhichengException e = assertThrows(ZhichengException.class,
                () -> scoring.submitScoreSheet(file.id(), TestActors.expert("expert-9"),
                        fullMarks(scoring.standardFor(file.id()))));
        assertEquals("NOT_ASSIGNED", e.code());
        assertTrue(scoring.scoreSheets(file.id(), TESTER).isEmpty());
    }

    @Test
    void draftsCannotBeScored() {
        Applicant applicant = applicants.register(new NewApplicant("草稿", ResidentIdNumber.completing("65290119800101" + nextId++),
                "单位", Tier.COUNTY_CITY, ""), TESTER);
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT);
        ZhichengException e = assertThrows(ZhichengException.class,
                () -> scoring.submitScoreSheet(draft.id(), TestActors.expert("expert-1"),
                        fullMarks(scoring.standardFor(draft.id()))));
        assertEquals("NOT_SCORABLE", e.code());
    }

    private ZhichengException refusal(Application application, Map<String, BigDecimal> points) {
        return assertThrows(ZhichengException.class,
                () -> scoring.submitScoreSheet(application.id(), TestActors.expert("expert-1"), points));
    }
}
