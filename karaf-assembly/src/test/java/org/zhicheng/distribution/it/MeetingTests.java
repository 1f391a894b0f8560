package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

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
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.scoring.ScoringService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The committee meeting over real HTTP only (issue 14; MOHRSS order No. 40): the office appoints the members and runs
 * the meeting, quorum refused then met, a recusal derived from the candidate's unit, secret ballots on each member's own
 * paper, two thirds of the eligible, the chair's signature moving the files. The files are set up in the container;
 * every act of the meeting is an HTTP call with the role that takes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MeetingTests extends ContainerTestSupport {

    private static final String COMMITTEE = "engineering.6"; // 测绘专业, Annex 5 row 6: 副高 and below
    private static final String SPECIALTY = "测绘专业";
    private static final String MEMBERS_UNIT = "阿克苏地区测绘院";
    private static final Http.Credentials OFFICE = Api.demo("office");
    private static final Http.Credentials ADMIN = Api.demo("admin");
    private static final Http.Credentials DEPARTMENT = Api.demo("dept-engineering");

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ScoringService scoring;

    private Application scored(String employer) throws Exception {
        var applicant = withCareer(applicants.register(new NewApplicant("测绘师" + TestData.token(""), TestData.idNumber(),
                employer, Tier.COUNTY_CITY, ""), IT));
        Application file = underEvaluation(new NewApplication(applicant.id(), 2023, "engineering", SPECIALTY,
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), "mt-scorer");
        scoring.submitScoreSheet(file.id(), expert("mt-scorer"), FileLifecycleTests.points(scoring.standardFor(file.id()), "0.8"));
        return file;
    }

    private static Http.Credentials member(int i) {
        String id = "mt-%02d".formatted(i);
        return new Http.Credentials(id, "secret-" + id);
    }

    private static String appointments(int count, String title) {
        ArrayNode list = JsonApi.JSON.createArrayNode();
        for (int i = 1; i <= count; i++) {
            list.addObject().put("expertId", member(i).user()).put("title", title).put("role", i == 1 ? "主任委员" : "委员")
                    .put("termStart", "2022-01-01").put("termEnd", "2024-12-31");
        }
        return list.toString();
    }

    private static String choice(String choice) {
        return JsonApi.JSON.createObjectNode().put("choice", choice).toString();
    }

    @Test
    public void aMeetingFromAppointmentToSignedMinutesOverHttp() throws Exception {
        JsonApi api = new JsonApi(httpPort());
        Await.until("the meeting routes", STATE_TIMEOUT, () -> api.get("/api/v1/meetings/mine", null).status() == 401);
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find("engineering").map(s -> s.accepting()).orElse(false));
        Application passing = scored("拜城县自然资源局");
        Application recused = scored(MEMBERS_UNIT);
        for (int i = 1; i <= 11; i++) {
            evaluation.registerExpert(new Expert(member(i).user(), "委员" + i, i == 1 ? MEMBERS_UNIT : "新疆大学",
                    Set.of("engineering"), Set.of()), IT);
            ObjectNode account = JsonApi.JSON.createObjectNode().put("username", member(i).user()).put("role", "EXPERT")
                    .put("expertId", member(i).user()).put("password", member(i).password());
            assertEquals(201, api.post("/api/v1/accounts", account.toString(), ADMIN).status());
        }
        String members = "/api/v1/meetings/committees/" + COMMITTEE + "/members";

        // the pool the office's screen appoints from: the series' experts, for the office only
        String pool = "/api/v1/meetings/committees/" + COMMITTEE + "/pool";
        JsonNode experts = JsonApi.read(200, api.get(pool, OFFICE));
        List<String> ids = new ArrayList<>();
        experts.forEach(e -> ids.add(e.get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(List.of(member(1).user(), member(11).user())));
        experts.forEach(e -> assertTrue(e.toString(), e.get("seriesCodes").toString().contains("engineering")));
        JsonApi.assertProblem(api.get(pool, DEPARTMENT), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get(pool, member(1)), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get("/api/v1/meetings/committees/engineering.999/pool", OFFICE), 404, "UNKNOWN_COMMITTEE");

        // membership: the office appoints; an even number, a low title, another role are refused and change nothing
        JsonApi.assertProblem(api.call("PUT", members, appointments(10, "副高"), OFFICE), 422, "MEMBERS_EVEN");
        JsonApi.assertProblem(api.call("PUT", members, appointments(11, "中级"), OFFICE), 422, "MEMBER_TITLE_TOO_LOW");
        JsonApi.assertProblem(api.call("PUT", members, appointments(11, "教授"), OFFICE), 400, "INVALID_INPUT");
        JsonApi.assertProblem(api.call("PUT", members, appointments(11, "副高"), DEPARTMENT), 403, "FORBIDDEN");
        assertEquals(0, JsonApi.read(200, api.get(members, OFFICE)).size());
        JsonNode appointed = JsonApi.read(200, api.call("PUT", members, appointments(11, "副高"), OFFICE));
        assertEquals(11, appointed.size());
        assertEquals("主任委员", appointed.get(0).get("roleLabel").asText());

        try {
            setToday("2023-09-20"); // inside the meetings window
            ObjectNode schedule = JsonApi.JSON.createObjectNode().put("year", 2023).put("grade", "中")
                    .put("date", "2023-09-20").put("place", "地区自然资源局二楼会议室");
            JsonApi.assertProblem(api.post("/api/v1/meetings/committees/" + COMMITTEE, schedule.toString(), member(1)), 403,
                    "FORBIDDEN");
            long id = JsonApi.read(200, api.post("/api/v1/meetings/committees/" + COMMITTEE, schedule.toString(), OFFICE))
                    .get("id").asLong();
            String at = "/api/v1/meetings/" + id;

            // quorum: 7 of 11 is less than two thirds; 10 of 11 opens, and 委员1 withdraws from the candidate of their unit
            String seven = JsonApi.JSON.createObjectNode().set("present", presentNode(7)).toString();
            assertTrue(JsonApi.assertProblem(api.post(at + "/opening", seven, OFFICE), 422, "NO_QUORUM").contains("至少8人"));
            assertEquals("SCHEDULED", JsonApi.read(200, api.get(at, OFFICE)).get("status").asText());
            String ten = JsonApi.JSON.createObjectNode().set("present", presentNode(10)).toString();
            JsonApi.assertProblem(api.post(at + "/opening", ten, member(1)), 403, "FORBIDDEN");
            JsonNode opened = JsonApi.read(200, api.post(at + "/opening", ten, OFFICE));
            assertEquals("OPEN", opened.get("status").asText());
            JsonNode recusal = opened.get("recusals").get(0);
            assertEquals("mt-01", recusal.get("expertId").asText());
            assertEquals(recused.id(), recusal.get("applicationId").asLong());
            assertTrue(recusal.get("derived").asBoolean());

            // the ballot: each member's own paper; not the office's; not the absent member's; not the recused one's
            JsonNode paper = JsonApi.read(200, api.get(at + "/ballot", member(2)));
            assertEquals(2, paper.get("lines").size());
            assertFalse("anonymised (R-17)", paper.toString().contains(MEMBERS_UNIT));
            JsonApi.assertProblem(api.get(at + "/ballot", OFFICE), 403, "FORBIDDEN");
            String onPassing = at + "/ballot/" + passing.id();
            String onRecused = at + "/ballot/" + recused.id();
            JsonApi.assertProblem(api.post(onPassing, choice("同意"), OFFICE), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.post(onPassing, choice("同意"), member(11)), 422, "NOT_PRESENT");
            JsonApi.assertProblem(api.post(onRecused, choice("同意"), member(1)), 422, "RECUSED");
            JsonApi.assertProblem(api.post(onPassing, choice("也许"), member(2)), 400, "INVALID_INPUT");

            // issue 16 item 1: the same ballot answered with its line only (the member's screen uses it); same checks
            String castOnRecused = at + "/votes/" + recused.id();
            JsonApi.assertProblem(api.post(castOnRecused, choice("同意"), OFFICE), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.post(castOnRecused, choice("同意"), member(1)), 422, "RECUSED");
            JsonApi.assertProblem(api.post(castOnRecused, choice("也许"), member(2)), 400, "INVALID_INPUT");

            // 7 yes of 10 present pass (21 >= 20); 5 yes of 9 eligible fail, an abstention is not yes
            for (int i = 1; i <= 10; i++) {
                JsonApi.read(200, api.post(onPassing, choice(i <= 7 ? "YES" : "NO"), member(i)));
                if (i > 1) {
                    String onIt = i % 2 == 0 ? castOnRecused : onRecused; // both routes count the same
                    JsonNode answer = JsonApi.read(200, api.post(onIt, choice(i <= 6 ? "同意" : i == 7 ? "弃权" : "不同意"),
                            member(i)));
                    if (onIt.equals(castOnRecused)) {
                        assertEquals(recused.id(), answer.get("applicationId").asLong());
                        assertTrue(answer.get("voted").asBoolean());
                        assertFalse("the line, not the paper", answer.has("lines"));
                    }
                }
            }
            JsonApi.assertProblem(api.post(onPassing, choice("NO"), member(2)), 409, "ALREADY_VOTED");
            JsonApi.assertProblem(api.post(castOnRecused, choice("NO"), member(3)), 409, "ALREADY_VOTED");

            JsonApi.assertProblem(api.post(at + "/closing", "{}", member(1)), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.post(at + "/closing", "{\"seniorPassRate\":0.5}", OFFICE), 422, "PASS_RATE_NOT_APPLICABLE");
            JsonNode minutes = JsonApi.read(200, api.post(at + "/closing", "{}", OFFICE));
            JsonNode first = tally(minutes, passing.id());
            JsonNode second = tally(minutes, recused.id());
            assertEquals(List.of(10, 7, 3, 0), counts(first));
            assertTrue(first.get("passedBallot").asBoolean());
            assertEquals(List.of(9, 5, 3, 1), counts(second));
            assertFalse(second.get("passedBallot").asBoolean());
            // only counts: nothing in the minutes names a member next to a choice
            List<String> fields = new ArrayList<>();
            first.fieldNames().forEachRemaining(fields::add);
            assertFalse(fields.toString(), fields.stream().anyMatch(f -> f.toLowerCase().contains("expert") && !f.equals("expertScore")));
            JsonApi.assertProblem(api.post(onPassing, choice("NO"), member(10)), 409, "MEETING_STATUS");

            // the chair signs; a member cannot; the files move
            JsonApi.assertProblem(api.post(at + "/signature", "{}", member(3)), 403, "NOT_PRESIDING");
            JsonApi.assertProblem(api.post(at + "/signature", "{}", OFFICE), 403, "FORBIDDEN");
            JsonNode signed = JsonApi.read(200, api.post(at + "/signature", "{}", member(1)));
            assertEquals("SIGNED", signed.get("meeting").get("status").asText());
            assertEquals("mt-01", signed.get("signedBy").asText());
            assertEquals("PASSED", JsonApi.read(200, api.get("/api/v1/applications/" + passing.id(), OFFICE)).get("status").asText());
            assertEquals("FAILED", JsonApi.read(200, api.get("/api/v1/applications/" + recused.id(), OFFICE)).get("status").asText());
            assertEquals(1, JsonApi.read(200, api.get("/api/v1/meetings/mine", member(5))).size());
            // the signed minutes as PDF (issue 18): the office's and the members', nobody else's
            String minutesPdf = DocumentTests.pdf(at + "/minutes.pdf", OFFICE, "document-minutes");
            assertTrue(minutesPdf, minutesPdf.contains("评审会议纪要") && minutesPdf.contains("主持人（签字）")
                    && minutesPdf.contains("应到") && minutesPdf.contains("回避"));
            DocumentTests.pdf(at + "/minutes.pdf", member(4), "document-minutes-member");
            DocumentTests.refused(at + "/minutes.pdf", Api.demo("ayigul"), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get("/api/v1/meetings/999999", OFFICE), 404, "UNKNOWN_MEETING");
        } finally {
            setToday("2023-08-01");
        }
    }

    private static ArrayNode presentNode(int count) {
        ArrayNode present = JsonApi.JSON.createArrayNode();
        for (int i = 1; i <= count; i++) {
            present.add(member(i).user());
        }
        return present;
    }

    private static JsonNode tally(JsonNode minutes, long applicationId) {
        for (JsonNode tally : minutes.get("tallies")) {
            if (tally.get("applicationId").asLong() == applicationId) {
                return tally;
            }
        }
        throw new AssertionError("no tally of " + applicationId + " in " + minutes);
    }

    private static List<Integer> counts(JsonNode tally) {
        return List.of(tally.get("eligible").asInt(), tally.get("yes").asInt(), tally.get("no").asInt(), tally.get("abstain").asInt());
    }
}
