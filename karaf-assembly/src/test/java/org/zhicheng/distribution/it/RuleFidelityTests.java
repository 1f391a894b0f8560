package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 11 over HTTP: a suspended series takes no submission, committees of Annex 5 rows hold the meetings and
 * publish the results, and the platform's date is public and kept with every history and audit entry.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RuleFidelityTests extends ContainerTestSupport {

    private static final String ARCHIVES_FEATURE = "zhicheng-series-archives";
    private static final Http.Credentials OFFICE = new Http.Credentials("office", RestLifecycleTests.DEMO_PASSWORD);
    private static final Http.Credentials BUREAU = new Http.Credentials("wensu-hr", RestLifecycleTests.DEMO_PASSWORD);

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ScoringService scoring;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private FeaturesService features;

    private JsonApi api;

    @Before
    public void apiIsUp() {
        api = restApi();
    }

    @Test
    public void aSuspendedSeriesRefusesSubmissionOverRestUntilItsPluginIsBack_R08() throws Exception {
        setToday("2023-08-01"); // inside the 2023 application window
        awaitArchives(SeriesAvailability.ACCEPTING);
        JsonApi.Registered applicant = api.register(TestData.token("阿克苏地区档案馆-"), "温宿县");
        JsonNode draft = api.draft(applicant, "archives", "档案系列专业", "中级");
        long id = draft.get("id").asLong();
        CompleteFiles.completeOverHttp(httpPort(), id, applicant.credentials());
        String submit = "/api/v1/applications/" + id + "/submit";
        try {
            features.uninstallFeature(ARCHIVES_FEATURE);
            awaitArchives(SeriesAvailability.SUSPENDED);
            String why = JsonApi.assertProblem(api.post(submit, JsonApi.version(draft), applicant.credentials()), 409,
                    "SUBMISSION_SUSPENDED");
            assertTrue(why, why.startsWith("档案系列暂停受理"));
            JsonNode unchanged = JsonApi.read(200, api.get("/api/v1/applications/" + id, applicant.credentials()));
            assertEquals("DRAFT", unchanged.get("status").asText());
            assertEquals(draft.get("version").asLong(), unchanged.get("version").asLong());
            // another applicant is refused as before, suspended or not
            JsonApi.Registered stranger = api.register(TestData.token("库车市档案馆-"), "库车市");
            JsonApi.assertProblem(api.post(submit, JsonApi.version(draft), stranger.credentials()), 403, "FORBIDDEN");
        } finally {
            if (!features.isInstalled(features.getFeature(ARCHIVES_FEATURE))) {
                features.installFeature(ARCHIVES_FEATURE);
            }
        }
        awaitArchives(SeriesAvailability.ACCEPTING);
        JsonNode submitted = JsonApi.read(200, api.post(submit, JsonApi.version(draft), applicant.credentials()));
        assertEquals("SUBMITTED", submitted.get("status").asText());
    }

    @Test
    public void everyAnnex5RowIsACommitteeListedPublicly_R39() throws Exception {
        List<Map<String, String>> table = CommitteeTablesTests.readTable();
        Set<String> tableSeries = new HashSet<>();
        table.forEach(row -> tableSeries.add(row.get("series")));
        Map<Integer, List<JsonNode>> byRow = new HashMap<>();
        int committees = 0;
        for (JsonNode series : JsonApi.read(200, api.get("/api/v1/series", null))) {
            if (!tableSeries.contains(series.get("name").asText())) {
                continue; // a plugin other tests deploy
            }
            for (JsonNode committee : JsonApi.read(200, api.get("/api/v1/series/" + series.get("code").asText() + "/committees", null))) {
                committees++;
                byRow.computeIfAbsent(committee.get("annexRow").asInt(), row -> new ArrayList<>()).add(committee);
            }
        }
        for (Map<String, String> row : table) {
            List<JsonNode> ofRow = byRow.getOrDefault(Integer.parseInt(row.get("no")), List.of());
            assertFalse("no committee for Annex 5 row " + row, ofRow.isEmpty());
            JsonNode senior = ofRow.get(0); // the first of a row evaluates its senior ranks
            assertEquals(row.toString(), row.get("senior_unit"), senior.get("organisingUnit").asText());
            assertEquals(row.toString(), row.get("phone"), senior.get("phone").asText());
            assertTrue(row.toString(), senior.get("levelLabels").toString().contains(row.get("senior_ranks").split(";")[0]));
        }
        // the universities' rows (20-23) have a senior and an intermediate-and-junior committee each
        assertEquals(table.size() + 4, committees);
        JsonNode engineering = JsonApi.read(200, api.get("/api/v1/series/engineering/committees", null));
        assertEquals(17, engineering.size());
        assertEquals("engineering.17", engineering.get(16).get("id").asText());
        assertEquals("[\"正高\"]", engineering.get(16).get("levelLabels").toString());
        JsonApi.assertProblem(api.get("/api/v1/series/nosuch/committees", null), 404, "UNKNOWN_SERIES");
    }

    @Test
    public void theMeetingAndTheResultsAreACommittees_R34_R10_R35() throws Exception {
        setToday("2023-08-01");
        // an intermediate file of Annex 5 row 16 (engineering, 煤炭专业) under evaluation, scored by one expert
        long applicant = withCareer(applicants.register(new NewApplicant("煤炭工程师", TestData.idNumber(), TestData.token("库车市煤矿-"),
                Tier.COUNTY_CITY, ""), IT)).id();
        Application file = underEvaluation(new NewApplication(applicant, 2023, "engineering", "煤炭专业", TitleLevel.INTERMEDIATE,
                Channel.A_PREFECTURE_DIRECTED), "coal-1");
        Map<String, BigDecimal> points = new HashMap<>();
        for (ScoringItem item : scoring.standardFor(file.id()).items().stream().filter(i -> !i.computed()).toList()) {
            points.put(item.id(), item.points().multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN));
        }
        scoring.submitScoreSheet(file.id(), expert("coal-1"), points);

        // the committee's meeting (issue 14); the per-series meeting is gone: a series code names no committee
        ObjectNode schedule = JsonApi.JSON.createObjectNode().put("year", 2023).put("grade", "INTERMEDIATE")
                .put("date", "2023-09-15").put("place", "地区煤炭工业局会议室");
        String why = JsonApi.assertProblem(api.post("/api/v1/meetings/committees/engineering", schedule.toString(), OFFICE),
                404, "UNKNOWN_COMMITTEE");
        assertTrue(why, why.contains("工程系列按专业设评审委员会"));
        JsonApi.assertProblem(api.post("/api/v1/meetings/committees/engineering.16", schedule.toString(), BUREAU), 403,
                "FORBIDDEN");
        JsonApi.assertProblem(api.post("/api/v1/meetings/committees/engineering.17", schedule.toString(), OFFICE), 422,
                "GRADE_NOT_EVALUATED");

        // the meeting of 09-15 does not open before the meetings window does, and nothing is decided
        MeetingOverHttp committee = new MeetingOverHttp(httpPort(), OFFICE);
        committee.appoint("engineering.16");
        long early = JsonApi.read(200, api.post("/api/v1/meetings/committees/engineering.16", schedule.toString(), OFFICE))
                .get("id").asLong();
        why = JsonApi.assertProblem(committee.open("engineering.16", early), 422, "MEETING_OUTSIDE_WINDOW");
        assertTrue(why, why.startsWith("评审会议须在2023-09-15至2023-10-30之间召开"));
        assertEquals("UNDER_EVALUATION", JsonApi.read(200, api.get("/api/v1/applications/" + file.id(), OFFICE)).get("status").asText());
        setToday("2023-09-15");
        JsonNode minutes = committee.decide("engineering.16", 2023, "INTERMEDIATE", "2023-09-15", null,
                Map.of(file.id(), true));
        setToday("2023-08-01");
        assertEquals("engineering.16", minutes.get("meeting").get("committeeId").asText());
        assertTrue("R-34: no pass rate for an intermediate meeting", minutes.get("passRate").isNull());
        assertEquals(minutes.toString(), file.id(), minutes.get("tallies").get(0).get("applicationId").asLong());
        assertTrue(minutes.get("tallies").get(0).get("passed").asBoolean());

        // published per committee, to all
        JsonNode published = JsonApi.read(200, api.get("/api/v1/committees/engineering.16/2023/results", null));
        Set<Long> ids = new HashSet<>();
        published.forEach(line -> ids.add(line.get("applicationId").asLong()));
        assertTrue(published.toString(), ids.contains(file.id()));
        assertEquals("engineering.16", published.get(0).get("committeeId").asText());
        assertFalse(JsonApi.read(200, api.get("/api/v1/committees/engineering.15/2023/results", null)).toString()
                .contains("\"applicationId\":" + file.id() + ","));
        JsonApi.assertProblem(api.get("/api/v1/committees/nosuch.1/2023/results", null), 404, "UNKNOWN_COMMITTEE");

        // the file's history keeps the platform dates its steps counted on beside the real instants
        JsonNode history = JsonApi.read(200, api.get("/api/v1/applications/" + file.id() + "/history", OFFICE));
        Set<String> platformDates = new HashSet<>();
        history.forEach(change -> platformDates.add(change.get("platformDate").asText()));
        assertTrue(history.toString(), platformDates.containsAll(List.of("2023-08-14", "2023-08-21", "2023-09-15")));
    }

    @Test
    public void theClockTellsThePlatformsTodayToAll() throws Exception {
        setToday("2023-08-01");
        JsonNode clock = JsonApi.read(200, api.get("/api/v1/clock", null));
        assertEquals("2023-08-01", clock.get("date").asText());
        assertEquals("Asia/Shanghai", clock.get("zone").asText());
        assertEquals("CONFIGURED", clock.get("source").asText());
        assertEquals("设定的平台日期", clock.get("sourceLabel").asText());
        setToday("2023-08-02");
        try {
            assertEquals("2023-08-02", JsonApi.read(200, api.get("/api/v1/clock", null)).get("date").asText());
        } finally {
            setToday("2023-08-01");
        }
    }

    private void awaitArchives(SeriesAvailability availability) {
        Await.until("archives " + availability, STATE_TIMEOUT,
                () -> catalog.find("archives").map(Series::availability).equals(Optional.of(availability)));
    }
}
