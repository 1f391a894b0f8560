package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A series department's overview over real HTTP (issue 13, the web UI's 本系列概况): {@code GET
 * /api/v1/series-overview/{code}?year=} counts the series' files by status and tier for its department, and
 * refuses another series' department, a county bureau, a bad year, an unknown series and an anonymous caller.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SeriesOverviewTests extends ContainerTestSupport {

    private static final String HEALTH = "/api/v1/series-overview/health?year=2023";

    private JsonApi api;

    @Before
    public void client() {
        api = new JsonApi(httpPort());
        Await.until("route /api/v1/series-overview", STATE_TIMEOUT, () -> api.get(HEALTH, null).status() != 404);
    }

    @Test
    public void theSeriesDepartmentCountsItsSeriesFilesByStatusAndTier_R19() throws Exception {
        int before = drafts(JsonApi.read(200, api.get(HEALTH, Api.demo("dept-health"))), "TOWNSHIP");
        // a day of the application window other than the suite's usual one: the wait then sees it applied
        setToday("2023-08-02");
        try {
            Applicant applicant = withCareer(applicants.register(new NewApplicant("概况统计" + TestData.token(""),
                    TestData.idNumber(), "温宿县托乎拉乡卫生院", Tier.TOWNSHIP, ""), IT));
            applications.createDraft(new NewApplication(applicant.id(), 2023, "health", "卫生健康系列高级专业",
                    TitleLevel.SENIOR_ASSOCIATE, Channel.A_PREFECTURE_DIRECTED), as("applicant"));
        } finally {
            setToday("2023-08-01");
        }

        JsonNode overview = JsonApi.read(200, api.get(HEALTH, Api.demo("dept-health")));
        assertEquals("health", overview.get("seriesCode").asText());
        assertEquals(before + 1, drafts(overview, "TOWNSHIP"));
        // the committee office of every series reads the same figures
        assertEquals(overview.get("total"), JsonApi.read(200, api.get(HEALTH, Api.demo("office"))).get("total"));
    }

    @Test
    public void othersABadYearAndAnUnknownSeriesAreRefused() throws Exception {
        JsonApi.assertProblem(api.get(HEALTH, Api.demo("dept-engineering")), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get(HEALTH, Api.demo("kuqa-hr")), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get(HEALTH, Api.demo("lina")), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get("/api/v1/series-overview/health?year=1800", Api.demo("dept-health")), 400,
                "INVALID_INPUT");
        JsonApi.assertProblem(api.get("/api/v1/series-overview/health", Api.demo("dept-health")), 400, "INVALID_INPUT");
        JsonApi.assertProblem(api.get("/api/v1/series-overview/nosuch?year=2023", Api.demo("dept-health")), 404,
                "UNKNOWN_SERIES");
        assertEquals(401, api.get(HEALTH, null).status());
    }

    /** The DRAFT files of a tier in an overview (0 when the combination does not occur). */
    private static int drafts(JsonNode overview, String tier) {
        for (JsonNode files : overview.get("files")) {
            if (files.get("status").asText().equals("DRAFT") && tier.equals(files.get("tier").asText())) {
                return files.get("count").asInt();
            }
        }
        return 0;
    }
}
