package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.unit.UnitService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Units over real HTTP in the running platform: the public picker (confirmed units, and nothing but what an applicant
 * chooses by), the keepers' list, recording and CSV import (any bad row: nothing imported), the proposal at
 * self-registration and its confirmation by the unit's county bureau; the right role succeeds, another gets 403, a bad
 * value a 4xx and changes nothing. Channel C for a confirmed 民营企业's staff.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UnitTests extends ContainerTestSupport {

    private static final Http.Credentials ADMIN = demo("admin");
    private static final Http.Credentials KUQA_BUREAU = demo("kuqa-hr");
    private static final Http.Credentials WENSU_BUREAU = demo("wensu-hr");
    private static final Http.Credentials EMPLOYER = demo("unit-shuili");
    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private UnitService units;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void thePublicPickerListsConfirmedUnitsWithTheirNameCountyTypeAndTierOnly() throws Exception {
        JsonNode direct = read(expect(200, Http.get(httpPort(), "/api/v1/units/confirmed?q=" + encode("水利局"))));
        JsonNode water = find(direct, "阿克苏地区水利局");
        List<String> fields = new ArrayList<>();
        water.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "name", "county", "type", "typeLabel", "tier", "tierLabel"), fields);
        assertEquals("党政机关", water.get("typeLabel").asText());
        assertTrue(water.get("county").isNull());

        JsonNode kuqa = read(expect(200, Http.get(httpPort(), "/api/v1/units/confirmed?county=" + encode("库车市"))));
        assertFalse("the county filter", kuqa.toString().contains("阿克苏地区水利局"));
        assertTrue(kuqa.toString().contains("库车市住房和城乡建设局"));
        assertFalse("the demo's proposal waits", kuqa.toString().contains("库车市丝路农业科技有限公司"));
        assertEquals(400, Http.get(httpPort(), "/api/v1/units/confirmed?limit=5000").status());
    }

    @Test
    public void countyBureausListAndRecordTheirOwnCountysUnitsOthersAreRefused() throws Exception {
        HttpResult listed = expect(200, Http.request(httpPort(), "GET", "/api/v1/units?limit=1000", null, KUQA_BUREAU));
        for (JsonNode unit : read(listed)) {
            assertEquals(unit.toString(), "库车市", unit.get("county").asText());
        }
        assertTrue("the demo's proposal, for the bureau to decide", listed.body().contains("库车市丝路农业科技有限公司"));
        assertTrue(Long.parseLong(listed.header("X-Total-Count")) >= 2);
        problem(Http.request(httpPort(), "GET", "/api/v1/units", null, EMPLOYER), 403, "FORBIDDEN");
        assertEquals(401, Http.request(httpPort(), "GET", "/api/v1/units", null, null).status());

        String code = TestData.creditCode().value();
        long before = units.count(null, IT);
        problem(post("/api/v1/units", unit("库车市测试局", code, "党政机关", "库车市", "县市"), WENSU_BUREAU), 403, "FORBIDDEN");
        problem(post("/api/v1/units", unit("库车市测试局", code, "党政机关", "库车市", "县市"), EMPLOYER), 403, "FORBIDDEN");
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        assertEquals("统一社会信用代码校验位错误", problem(post("/api/v1/units",
                unit("库车市测试局", wrongCheck, "党政机关", "库车市", "县市"), ADMIN), 400, "INVALID_INPUT").get("message").get("zh").asText());
        problem(post("/api/v1/units", unit("库车市测试局", code, "私营企业", "库车市", "县市"), ADMIN), 400, "INVALID_INPUT");
        problem(post("/api/v1/units", unit("库车市测试局", code, "党政机关", "库车市", "地直"), ADMIN), 400, "INVALID_INPUT");
        assertEquals(before, units.count(null, IT));

        JsonNode created = read(expect(201, post("/api/v1/units", unit("库车市测试局", code, "党政机关", "库车市", "县市"),
                KUQA_BUREAU)));
        assertEquals("CONFIRMED", created.get("status").asText());
        assertEquals(code, created.get("creditCode").asText());
        problem(post("/api/v1/units", unit("库车市另一测试局", code, "党政机关", "库车市", "县市"), ADMIN), 409,
                "DUPLICATE_CREDIT_CODE");
        assertEquals(before + 1, units.count(null, IT));
    }

    @Test
    public void aCsvFileIsImportedWholeOrWithOneBadRowNotAtAll() throws Exception {
        String good = TestData.creditCode().value();
        String other = TestData.creditCode().value();
        String header = "单位名称,统一社会信用代码,单位类型,县市,层级\n";
        String rows = "库车市导入测试甲," + good + ",事业单位,库车市,县市\n" + "库车市导入测试乙," + other + ",民营企业,库车市,乡镇\n";
        long before = units.count(null, IT);

        problem(Http.post(httpPort(), "/api/v1/units/import", (header + rows).getBytes(StandardCharsets.UTF_8), CSV, EMPLOYER),
                403, "FORBIDDEN");
        JsonNode refused = problem(Http.post(httpPort(), "/api/v1/units/import", (header + rows + "坏行,"
                + TestData.creditCode() + ",事业单位,喀什市,县市\n").getBytes(StandardCharsets.UTF_8), CSV, ADMIN), 422,
                "UNITS_NOT_IMPORTED");
        assertEquals(1, refused.get("errors").size());
        assertEquals(4, refused.get("errors").get(0).get("row").asInt());
        assertTrue(refused.get("detail").asText(), refused.get("detail").asText().contains("第4行：县（市）无效：“喀什市”"));
        problem(Http.post(httpPort(), "/api/v1/units/import", new byte[] {(byte) 0xC4, (byte) 0xE3, ','}, CSV, ADMIN), 400,
                "INVALID_INPUT");
        assertEquals("nothing imported", before, units.count(null, IT));

        JsonNode imported = read(expect(200, Http.post(httpPort(), "/api/v1/units/import",
                (header + rows).getBytes(StandardCharsets.UTF_8), CSV, KUQA_BUREAU)));
        assertEquals(2, imported.get("imported").asInt());
        assertEquals("民营企业", imported.get("units").get(1).get("typeLabel").asText());
        assertEquals(before + 2, units.count(null, IT));
    }

    @Test
    public void anApplicantProposesTheirUnitAndFilesOnlyOnceItsCountyBureauConfirmsIt_R06() throws Exception {
        String username = TestData.token("proposer-").toLowerCase();
        Http.Credentials applicant = new Http.Credentials(username, "secret-" + username);
        ObjectNode registration = registration(username);
        registration.set("proposedUnit", unit("库车市提议测试有限公司", TestData.creditCode().value(), "民营企业", "库车市", "县市"));
        JsonNode account = read(expect(201, post("/api/v1/registrations", registration, null)));
        long unitId = account.get("unitId").asLong();
        assertEquals("库车市", account.get("county").asText());
        CompleteFiles.recordCareerOverHttp(httpPort(), account.get("applicantId").asLong(), applicant);
        ObjectNode draft = json.createObjectNode().put("applicantId", account.get("applicantId").asLong())
                .put("evaluationYear", 2023).put("seriesCode", "engineering").put("specialty", "水利专业")
                .put("level", "中级").put("channel", "C");
        JsonNode waiting = problem(post("/api/v1/applications", draft, applicant), 409, "UNIT_NOT_CONFIRMED");
        assertTrue(waiting.get("message").get("zh").asText().contains("库车市人社局"));

        JsonNode unit = find(read(expect(200, Http.request(httpPort(), "GET", "/api/v1/units?status=PROPOSED&q="
                + encode("提议测试"), null, KUQA_BUREAU))), "库车市提议测试有限公司");
        assertEquals(unitId, unit.get("id").asLong());
        String confirmation = "/api/v1/units/" + unitId + "/confirmation";
        ObjectNode version = json.createObjectNode().put("expectedVersion", unit.get("version").asLong());
        problem(post(confirmation, version, WENSU_BUREAU), 403, "FORBIDDEN");
        problem(post(confirmation, json.createObjectNode().put("expectedVersion", unit.get("version").asLong() + 7),
                KUQA_BUREAU), 409, "STALE_VERSION");
        problem(post(confirmation, json.createObjectNode(), KUQA_BUREAU), 400, "INVALID_INPUT");
        assertEquals("PROPOSED", units.find(unitId).orElseThrow().status().name());

        assertEquals("CONFIRMED", read(expect(200, post(confirmation, version, KUQA_BUREAU))).get("status").asText());
        problem(post("/api/v1/units/" + unitId + "/rejection", version, KUQA_BUREAU), 409, "STALE_VERSION");
        JsonNode file = read(expect(201, post("/api/v1/applications", draft, applicant)));
        assertEquals("a 民营企业's engineer in channel C (R-06)", "C_PRIVATE_ENTERPRISE", file.get("channel").asText());
        // the applicant reads their unit (its type decides ); signed in only; an unknown id is a 404
        String own = "/api/v1/units/" + unitId;
        assertEquals("民营企业", read(expect(200, Http.request(httpPort(), "GET", own, null, applicant))).get("typeLabel").asText());
        assertEquals(401, Http.request(httpPort(), "GET", own, null, null).status());
        problem(Http.request(httpPort(), "GET", "/api/v1/units/999999999", null, applicant), 404, "UNKNOWN_UNIT");
    }

    @Test
    public void aRejectedProposalAndAnUnknownUnitOpenNothing() throws Exception {
        String username = TestData.token("rejected-").toLowerCase();
        ObjectNode registration = registration(username);
        registration.set("proposedUnit", unit("地区提议测试协会", TestData.creditCode().value(), "社会组织", "", "地直"));
        long unitId = read(expect(201, post("/api/v1/registrations", registration, null))).get("unitId").asLong();
        ObjectNode version = json.createObjectNode().put("expectedVersion", units.find(unitId).orElseThrow().version());
        problem(post("/api/v1/units/" + unitId + "/rejection", version, KUQA_BUREAU), 403, "FORBIDDEN");
        assertEquals("REJECTED", read(expect(200, post("/api/v1/units/" + unitId + "/rejection", version, ADMIN)))
                .get("status").asText());

        String stranger = TestData.token("stranger-").toLowerCase();
        ObjectNode unknown = registration(stranger);
        ((ObjectNode) unknown.get("applicant")).put("unitId", 987_654_321L);
        problem(post("/api/v1/registrations", unknown, null), 404, "UNKNOWN_UNIT");
        assertEquals("no account", 401, Http.request(httpPort(), "GET", "/api/v1/me", null,
                new Http.Credentials(stranger, "secret-" + stranger)).status());
        ObjectNode badCode = registration(stranger);
        badCode.set("proposedUnit", unit("某公司", "91652902MA0000000Z", "民营企业", "库车市", "县市"));
        problem(post("/api/v1/registrations", badCode, null), 400, "INVALID_INPUT");
    }

    @Test
    public void anApplicantPicksAConfirmedUnitWhoseCountyAndTierApply() throws Exception {
        JsonNode school = find(read(expect(200, Http.get(httpPort(), "/api/v1/units/confirmed?county=" + encode("新和县")))),
                "新和县第二中学");
        String username = TestData.token("picker-").toLowerCase();
        ObjectNode registration = registration(username);
        ((ObjectNode) registration.get("applicant")).put("unitId", school.get("id").asLong());
        JsonNode account = read(expect(201, post("/api/v1/registrations", registration, null)));
        assertEquals("新和县第二中学", account.get("employer").asText());
        assertEquals("新和县", account.get("county").asText());
        assertEquals(school.get("id").asLong(), account.get("unitId").asLong());
    }

    // ---- helpers

    private ObjectNode registration(String username) {
        ObjectNode registration = json.createObjectNode().put("username", username).put("password", "secret-" + username);
        registration.putObject("applicant").put("fullName", "单位测试" + TestData.token(""))
                .put("idNumber", TestData.idNumber().value());
        return registration;
    }

    private ObjectNode unit(String name, String creditCode, String type, String county, String tier) {
        return json.createObjectNode().put("name", name).put("creditCode", creditCode).put("type", type)
                .put("county", county).put("tier", tier);
    }

    private static HttpResult post(String path, JsonNode body, Http.Credentials credentials) throws IOException {
        return Http.request(httpPort(), "POST", path, body.toString(), credentials);
    }

    private static Http.Credentials demo(String user) {
        return new Http.Credentials(user, RestLifecycleTests.DEMO_PASSWORD);
    }

    private static HttpResult expect(int status, HttpResult response) {
        assertEquals(response.body(), status, response.status());
        return response;
    }

    private JsonNode read(HttpResult response) throws IOException {
        return json.readTree(response.body());
    }

    private static JsonNode find(JsonNode list, String name) {
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            JsonNode unit = it.next();
            if (unit.get("name").asText().equals(name)) {
                return unit;
            }
        }
        throw new AssertionError(name + " not in " + list);
    }

    /** The RFC 7807 problem with its code and a Chinese message. */
    private JsonNode problem(HttpResult response, int status, String code) throws IOException {
        expect(status, response);
        JsonNode problem = read(response);
        assertEquals(response.body(), code, problem.get("code").asText());
        assertTrue(response.body(), problem.get("message").get("zh").asText().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return problem;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
