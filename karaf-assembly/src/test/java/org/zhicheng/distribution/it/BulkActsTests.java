package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bulk office acts over HTTP (issue 16, {@code /api/v1/bulk/...}): each list in one call, ALL OR NOTHING. The right
 * role succeeds for every file, a wrong role gets 403, a list with one bad file gets that file's 4xx with a detail
 * naming it and changes no file (status and version of every other file checked), an empty or over-long list 400.
 * Files of engineering 水利专业 at 中级, which no meeting of the suite decides.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class BulkActsTests extends ContainerTestSupport {

    private static final Http.Credentials INTEGRATION = Api.demo("integration");
    private static final Http.Credentials BUREAU = Api.demo("wensu-hr"); // 温宿县人社局
    private static final Http.Credentials OFFICE = Api.demo("office"); // 地区职称办, the committee office
    private static final int FILES = 3;

    private Api api;

    @Before
    public void apiIsUp() {
        api = new Api(httpPort());
        Await.until("engineering accepting", STATE_TIMEOUT, () -> catalog.find("engineering").map(s -> s.accepting()).orElse(false));
        api.awaitRoutes(STATE_TIMEOUT, "/api/v1/series", "/api/v1/bulk/evaluations");
    }

    @Test
    public void bulkActsAreAllOrNothingWithTheSingleActsRoles_R19_R29() throws Exception {
        try {
            setToday("2023-08-01");
            List<JsonNode> files = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                files.add(recommended());
            }

            // ---- material acceptance: the committee office may not; one stale version refuses the list
            api.assertProblem(api.post("/api/v1/bulk/material-acceptances", refs(files, f -> version(f)), OFFICE), 403,
                    "FORBIDDEN");
            JsonNode stale = api.assertProblem(api.post("/api/v1/bulk/material-acceptances",
                    refs(files, f -> f == files.get(1) ? version(f) - 1 : version(f)), BUREAU), 409, "STALE_VERSION");
            assertTrue(stale.toString(), stale.get("detail").asText().contains("第" + id(files.get(1)) + "号申报"));
            unchanged(files);
            api.assertProblem(api.post("/api/v1/bulk/material-acceptances", "{\"files\": []}", BUREAU), 400, "BULK_EMPTY");
            ObjectNode tooMany = api.object();
            ArrayNode items = tooMany.putArray("files");
            for (int i = 0; i <= 500; i++) {
                items.addObject().put("applicationId", id(files.get(0))).put("expectedVersion", version(files.get(0)));
            }
            api.assertProblem(api.post("/api/v1/bulk/material-acceptances", tooMany, BUREAU), 400, "BULK_TOO_MANY");
            unchanged(files);
            replace(files, done(api.post("/api/v1/bulk/material-acceptances", refs(files, f -> version(f)), BUREAU),
                    "MATERIAL_RECEIVED"));

            // ---- fees from a bank statement: one amount that is not the fee refuses the statement
            int fee = api.expect(200, api.get("/api/v1/applications/" + id(files.get(0)) + "/fee", BUREAU)).get("amountYuan").asInt();
            api.assertProblem(api.post("/api/v1/bulk/fee-payments", statement(files, fee, null), OFFICE), 403, "FORBIDDEN");
            JsonNode wrong = api.assertProblem(api.post("/api/v1/bulk/fee-payments", statement(files, fee, files.get(2)),
                    BUREAU), 422, "WRONG_FEE");
            assertTrue(wrong.toString(), wrong.get("detail").asText().startsWith("列表第3项（第" + id(files.get(2)) + "号申报）"));
            unchanged(files);
            replace(files, done(api.post("/api/v1/bulk/fee-payments", statement(files, fee, null), BUREAU), "FEE_PAID"));
            assertEquals("ICBC-" + id(files.get(1)), api.expect(200, api.get("/api/v1/applications/" + id(files.get(1))
                    + "/fee-payment", BUREAU)).get("reference").asText());

            // ---- to the committee: not the bureau's act; a file twice is refused
            api.assertProblem(api.post("/api/v1/bulk/evaluations", refs(files, f -> version(f)), BUREAU), 403, "FORBIDDEN");
            List<JsonNode> twice = new ArrayList<>(files);
            twice.add(files.get(0));
            api.assertProblem(api.post("/api/v1/bulk/evaluations", refs(twice, f -> version(f)), OFFICE), 400,
                    "BULK_DUPLICATE");
            unchanged(files);

            // ---- certificates: the bureau may not; files not passed refuse the list, naming the first
            api.assertProblem(api.post("/api/v1/bulk/certificates", refs(files, f -> version(f)), BUREAU), 403, "FORBIDDEN");
            setToday("2023-12-04");
            JsonNode notPassed = api.assertProblem(api.post("/api/v1/bulk/certificates", refs(files, f -> version(f)),
                    OFFICE), 409, "NOT_PASSED");
            assertTrue(notPassed.toString(), notPassed.get("detail").asText().startsWith("列表第1项"));
            unchanged(files);
            setToday("2023-08-21");

            replace(files, done(api.post("/api/v1/bulk/evaluations", refs(files, f -> version(f)), OFFICE),
                    "UNDER_EVALUATION"));
            for (JsonNode file : files) {
                JsonNode history = api.expect(200, api.get("/api/v1/applications/" + id(file) + "/history", OFFICE));
                JsonNode last = history.get(history.size() - 1);
                assertEquals("each file has its own status change (R-36)", "UNDER_EVALUATION", last.get("to").asText());
                assertEquals("office", last.get("actor").asText());
            }
        } finally {
            setToday("2023-08-01");
        }
    }

    /** A 2023 file of a new applicant of 温宿县, filed and recommended after the publicity (the date ends on 08-21). */
    private JsonNode recommended() throws Exception {
        setToday("2023-08-01");
        ObjectNode person = api.object().put("fullName", "批量" + TestData.token("")).put("idNumber", TestData.idNumber().value())
                .put("employer", TestData.token("温宿县水利局-")).put("county", "温宿县").put("tier", "县市");
        long applicantId = api.expect(201, api.post("/api/v1/applicants", person, INTEGRATION)).get("id").asLong();
        CompleteFiles.recordCareerOverHttp(httpPort(), applicantId, INTEGRATION); // before any file
        ObjectNode draft = api.object().put("applicantId", applicantId).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级").put("channel", "A");
        JsonNode file = api.expect(201, api.post("/api/v1/applications", draft, INTEGRATION));
        String at = "/api/v1/applications/" + id(file);
        CompleteFiles.completeOverHttp(httpPort(), id(file), INTEGRATION);
        file = api.step(at + "/submit", api.version(file), INTEGRATION);
        file = api.step(at + "/employer-approval", api.version(file).put("opinion", "同意推荐"), INTEGRATION);
        setToday("2023-08-21"); // after the five working days of publicity
        return api.step(at + "/recommendation", api.version(file), INTEGRATION);
    }

    private static long id(JsonNode file) {
        return file.get("id").asLong();
    }

    private static long version(JsonNode file) {
        return file.get("version").asLong();
    }

    private ObjectNode refs(List<JsonNode> files, Function<JsonNode, Long> version) {
        ObjectNode body = api.object();
        ArrayNode items = body.putArray("files");
        files.forEach(f -> items.addObject().put("applicationId", id(f)).put("expectedVersion", version.apply(f)));
        return body;
    }

    /** The bank statement of the files, each paid the fee; {@code underpaid} (if any) 50 yuan less. */
    private ObjectNode statement(List<JsonNode> files, int fee, JsonNode underpaid) {
        ObjectNode body = api.object();
        ArrayNode lines = body.putArray("lines");
        files.forEach(f -> lines.addObject().put("applicationId", id(f)).put("expectedVersion", version(f))
                .put("amountYuan", f == underpaid ? fee - 50 : fee).put("method", "BANK_TRANSFER")
                .put("reference", "ICBC-" + id(f)).put("paidOn", "2023-08-21"));
        return body;
    }

    /** Every file as the caller last saw it: same status, same version. */
    private void unchanged(List<JsonNode> files) {
        for (JsonNode file : files) {
            JsonNode now = api.expect(200, api.get("/api/v1/applications/" + id(file), INTEGRATION));
            assertEquals("a refused list changes no file", file.get("status").asText(), now.get("status").asText());
            assertEquals("a refused list changes no file", version(file), version(now));
        }
    }

    /** The answer of a bulk act that succeeded: every file, in order, in the status. */
    private List<JsonNode> done(HttpResult response, String status) {
        JsonNode done = api.expect(200, response);
        assertEquals(done.toString(), FILES, done.get("count").asInt());
        List<JsonNode> files = new ArrayList<>();
        done.get("files").forEach(f -> {
            assertEquals(f.toString(), status, f.get("status").asText());
            files.add(f);
        });
        return files;
    }

    private static void replace(List<JsonNode> files, List<JsonNode> now) {
        for (int i = 0; i < files.size(); i++) {
            assertEquals(id(files.get(i)), id(now.get(i)));
            files.set(i, now.get(i));
        }
    }
}
