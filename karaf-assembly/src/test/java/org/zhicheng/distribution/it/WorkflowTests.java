package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workflow table over real HTTP (issue 13): the allowed next steps of a file per caller, the table itself, and the
 * applicant's withdrawal. The right role succeeds, a wrong role gets 403, a withdrawal after the material is
 * received gets 409 and changes nothing; a withdrawn file still counts as the year's one application.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WorkflowTests extends ContainerTestSupport {

    private static final Http.Credentials BUREAU = Api.demo("wensu-hr"); // 温宿县人社局
    private static final Http.Credentials OTHER_UNIT = Api.demo("unit-yiyuan");
    private static final Http.Credentials EXPERT = Api.demo("expert1");

    private JsonApi api;

    @Before
    public void client() throws Exception {
        api = new JsonApi(httpPort());
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/series", null).status() == 200);
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find("engineering").map(s -> s.accepting()).orElse(false));
        Await.until("the workflow routes", STATE_TIMEOUT, () -> api.get("/api/v1/workflow", null).status() == 401);
    }

    private static List<String> acts(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(row -> names.add(row.get("act").asText()));
        return names;
    }

    private JsonApi.Registered applicant() throws Exception {
        return api.register(TestData.token("温宿县水利局-"), "温宿县");
    }

    private interface DraftTest {
        void run(JsonApi.Registered me, JsonNode draft) throws Exception;
    }

    /** A new applicant's engineering draft opened on 2023-08-14; the date is back at the shipped 2023-08-01 afterwards. */
    private void withADraft(DraftTest test) throws Exception {
        setToday("2023-08-14");
        try {
            JsonApi.Registered me = applicant();
            test.run(me, api.draft(me, "engineering", "水利专业", "中级"));
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void theTableAndEachCallersNextStepsWithLabels_R07() throws Exception {
        withADraft((me, draft) -> {
            String at = "/api/v1/applications/" + draft.get("id").asLong();

            JsonNode mine = JsonApi.read(200, api.get(at + "/acts", me.credentials()));
            assertEquals(List.of("EDIT", "SUBMIT", "WITHDRAW"), acts(mine));
            JsonNode withdraw = mine.get(2);
            assertEquals("撤回申报", withdraw.get("label").get("zh").asText());
            assertEquals("withdraw", withdraw.get("label").get("en").asText());
            assertEquals("WITHDRAWN", withdraw.get("to").asText());
            assertEquals("the county bureau may refuse the file (R-37), nothing else yet", List.of("REFUSE"),
                    acts(JsonApi.read(200, api.get(at + "/acts", BUREAU))));

            JsonApi.assertProblem(api.get(at + "/acts", OTHER_UNIT), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get(at + "/acts", EXPERT), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get(at + "/acts", applicant().credentials()), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get("/api/v1/applications/99999999/acts", BUREAU), 404, "UNKNOWN_APPLICATION");
            assertEquals(401, api.get(at + "/acts", null).status());

            JsonNode table = JsonApi.read(200, api.get("/api/v1/workflow", me.credentials()));
            assertTrue(table.toString(), acts(table).containsAll(List.of("CREATE", "SUBMIT", "WITHDRAW", "REVOKE_CERTIFICATE")));
            assertEquals(401, api.get("/api/v1/workflow", null).status());
        });
    }

    @Test
    public void theApplicantWithdrawsAndTheFileStillCountsForTheYear_R07() throws Exception {
        withADraft((me, draft) -> {
            long id = draft.get("id").asLong();
            String at = "/api/v1/applications/" + id;

            // not the applicant's to take back: another unit's employer, the county bureau (changes nothing)
            JsonApi.assertProblem(api.post(at + "/withdrawal", JsonApi.version(draft), OTHER_UNIT), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.post(at + "/withdrawal", JsonApi.version(draft), BUREAU), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.post(at + "/withdrawal", "{}", me.credentials()), 400, "INVALID_INPUT");
            assertEquals(ApplicationStatus.DRAFT, applications.find(id, IT).orElseThrow().status());

            JsonNode withdrawn = JsonApi.read(200, api.post(at + "/withdrawal", JsonApi.version(draft), me.credentials()));
            assertEquals("WITHDRAWN", withdrawn.get("status").asText());
            assertEquals(List.of(), acts(JsonApi.read(200, api.get(at + "/acts", me.credentials()))));
            JsonNode history = JsonApi.read(200, api.get(at + "/history", me.credentials()));
            assertEquals("WITHDRAWN", history.get(history.size() - 1).get("to").asText());

            // a second file the same year is refused
            JsonNode second = secondDraft(me);
            JsonApi.assertProblem(api.post("/api/v1/applications", second.toString(), me.credentials()), 409,
                    "ONE_CHANNEL_PER_YEAR");
        });
    }

    @Test
    public void noWithdrawalOnceTheMaterialIsReceived_R07() throws Exception {
        withADraft((me, draft) -> {
            long id = draft.get("id").asLong();
            CompleteFiles.complete(contents, id, as("applicant"));
            Application submitted = applications.submit(id, draft.get("version").asLong(), as("applicant"));
            Application approved = applications.approveByEmployer(id, submitted.version(), as("employer"), "同意推荐");
            setToday("2023-08-21"); // after the publicity
            Application recommended = applications.recommend(id, approved.version(), as("employer"));
            Application received = applications.acceptMaterial(id, recommended.version(), as("county-bureau"));
            String at = "/api/v1/applications/" + id;
            int changes = applications.history(id, IT).size();

            String refusal = JsonApi.assertProblem(api.post(at + "/withdrawal",
                    "{\"expectedVersion\":" + received.version() + "}", me.credentials()), 409, "NOT_WITHDRAWABLE");
            assertTrue(refusal, refusal.contains("已接收材料"));
            Application after = applications.find(id, IT).orElseThrow();
            assertEquals(ApplicationStatus.MATERIAL_RECEIVED, after.status());
            assertEquals(received.version(), after.version());
            assertEquals(changes, applications.history(id, IT).size());
            assertEquals("the applicant may pay now, not withdraw", List.of("PAY_FEE"),
                    acts(JsonApi.read(200, api.get(at + "/acts", me.credentials()))));
        });
    }

    /** Another file of the same applicant and year. */
    private static JsonNode secondDraft(JsonApi.Registered me) {
        return JsonApi.JSON.createObjectNode().put("applicantId", me.applicantId()).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级").put("channel", "A");
    }
}
