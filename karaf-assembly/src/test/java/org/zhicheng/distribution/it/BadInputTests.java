package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.testfixtures.FileCompletion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bad-input suite (issue 15 item 1): a table of several hundred requests that are each wrong in one way (a value
 * of another JSON type, a fraction for an integer, a text longer than its column, an ID number with no area code or an
 * implausible birth date, a date outside any plausible range, a reference to nothing, an upload that is only a magic
 * number, a body that is no JSON, ...) sent over real HTTP with {@code Accept-Language: zh}. Each must be answered
 * with a 4xx RFC 7807 problem whose {@code detail} is Chinese, and must change nothing: the newest audit entry (every
 * change is audited, R-36), the draft's version and its attachments read back the same before and after.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class BadInputTests extends ContainerTestSupport {

    private static final Http.Credentials ADMIN = Api.demo("admin");
    private static final Http.Credentials OFFICE = Api.demo("office");
    private static final String JSON_TYPE = "application/json; charset=UTF-8";
    private static final String FIVE_MB = "长".repeat(5 * 1024 * 1024 / 3);

    /** One bad request and what it must get: a status (0: any 4xx) and a problem code (null: any). */
    private record Case(String name, String method, String path, byte[] body, String contentType,
                        Http.Credentials who, int status, String code) {
    }

    private final List<Case> cases = new ArrayList<>();
    /** The unspoilt requests the cases start from, sent last: each must succeed. */
    private final List<Case> controls = new ArrayList<>();
    private JsonApi api;

    @Test
    public void everyBadInputIsRefusedWithAChineseProblemAndChangesNothing() throws Exception {
        api = new JsonApi(httpPort());
        // first in a run on a busy machine the whiteboard takes its time
        Await.until("GET /api/v1/series answers 200", java.time.Duration.ofMinutes(3),
                () -> api.get("/api/v1/series", null).status() == 200);
        setToday("2023-08-14"); // the 2023 application window is open: a draft can be opened
        try {
            Await.until("GET /api/v1/me answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/me", OFFICE).status() == 200);
            Await.until("engineering accepting", STATE_TIMEOUT,
                    () -> catalog.find("engineering").map(s -> s.accepting()).orElse(false));
            for (String route : List.of("/api/v1/registrations", "/api/v1/applications", "/api/v1/accounts", "/api/v1/audit",
                    "/api/v1/experts", "/api/v1/units", "/api/v1/me/contact", "/api/v1/applicants/1/career")) {
                Await.until("route " + route, STATE_TIMEOUT, () -> !api.get(route, null).body().contains("No service was found"));
            }
            JsonApi.Registered me = api.register(TestData.token("温宿县水利局-"), "温宿县");
            JsonApi.Registered other = api.register(TestData.token("温宿县水利局-"), "温宿县");
            JsonNode draft = api.draft(me, "engineering", "水利专业", "中级");
            long file = draft.get("id").asLong();

            registrations();
            accounts();
            applications(me, other, file);
            careers(me);
            uploads(me, other, file);
            references(me);
            malformedBodies(me, file);
            assertTrue("at least 300 cases, not " + cases.size(), cases.size() >= 300);

            List<String> failures = new ArrayList<>();
            long started = System.currentTimeMillis();
            String before = state(file, me);
            for (Case bad : cases) {
                HttpResult answer = send(bad);
                String wrong = judge(bad, answer);
                String after = state(file, me);
                if (!after.equals(before)) {
                    wrong = (wrong == null ? "" : wrong + "; ") + "state changed: " + before + " -> " + after;
                    before = after;
                }
                if (wrong != null) {
                    failures.add(bad.name() + " [" + bad.method() + " " + abbreviated(bad.path()) + "]: " + wrong);
                }
            }
            System.out.println("BadInputTests: " + cases.size() + " cases in " + (System.currentTimeMillis() - started) + " ms");
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + cases.size() + " bad inputs not refused cleanly:\n" + String.join("\n", failures));
            }
            // the bodies the cases spoil are good ones: each is taken as it is (else a case could pass for another reason)
            for (Case good : controls) {
                HttpResult answer = send(good);
                assertTrue(good.name() + ": " + answer.status() + " " + abbreviated(answer.body()),
                        answer.status() >= 200 && answer.status() < 300);
            }
        } finally {
            setToday("2023-08-01");
        }
    }

    /**
     * Sends the case in Chinese. CXF republishes its endpoints for a while after the clock changed: a 404 'No service
     * was found' never reached a resource, so the request is sent again.
     */
    private static HttpResult send(Case request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResult answer = Http.send(httpPort(), request.method(), request.path(), request.body(), request.contentType(),
                    request.who(), Map.of("Accept-Language", "zh", "Accept", "application/json"));
            if (answer.status() != 404 || !answer.body().contains("No service was found") || attempt == 30) {
                return answer;
            }
            Thread.sleep(1000);
        }
    }

    /** Null when the answer is a clean refusal: 4xx (the expected one), a problem with a Chinese detail and code. */
    private static String judge(Case bad, HttpResult answer) {
        int status = answer.status();
        if (status < 400 || status > 499 || (bad.status() != 0 && status != bad.status())) {
            return "status " + status + (bad.status() == 0 ? "" : " (expected " + bad.status() + ")") + ": "
                    + abbreviated(answer.body());
        }
        if (!String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
            return "Content-Type " + answer.header("Content-Type") + ": " + abbreviated(answer.body());
        }
        JsonNode problem;
        try {
            problem = JsonApi.JSON.readTree(answer.body());
        } catch (IOException e) {
            return "no JSON problem: " + abbreviated(answer.body());
        }
        String detail = problem.path("detail").asText("");
        if (detail.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "detail not Chinese: " + abbreviated(answer.body());
        }
        if (problem.path("status").asInt() != status || !problem.path("type").asText().startsWith("https://")) {
            return "not RFC 7807: " + abbreviated(answer.body());
        }
        if (bad.code() != null && !bad.code().equals(problem.path("code").asText())) {
            return "code " + problem.path("code").asText() + " (expected " + bad.code() + "): " + detail;
        }
        return null;
    }

    /** What a bad request must not change: the newest audit entry, the draft's version and its attachments. */
    private String state(long file, JsonApi.Registered me) throws IOException {
        JsonNode newest = JsonApi.read(200, api.get("/api/v1/audit?limit=1", ADMIN));
        JsonNode draft = JsonApi.read(200, api.get("/api/v1/applications/" + file, me.credentials()));
        JsonNode attachments = JsonApi.read(200, api.get("/api/v1/applications/" + file + "/attachments", me.credentials()));
        return "audit#" + (newest.size() == 0 ? 0 : newest.get(0).get("sequence").asLong()) + " version "
                + draft.get("version").asLong() + " attachments " + attachments.size();
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
    }

    // --- the table ---------------------------------------------------------------------------------------------

    private void json(String name, String method, String path, String body, Http.Credentials who, int status, String code) {
        cases.add(new Case(name, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), JSON_TYPE,
                who, status, code));
    }

    /** Values of every other JSON type, for a field that takes a text. */
    private static final Map<String, String> NOT_TEXT = Map.of("number", "42", "fraction", "1.5", "boolean", "true",
            "array", "[\"a\"]", "object", "{\"a\":1}");
    /** Values that are no integer, for a field that takes one. */
    private static final Map<String, String> NOT_INTEGER = Map.of("fraction", "2023.5", "text", "\"2023\"",
            "boolean", "true", "exponent", "1e3", "array", "[2023]", "object", "{}", "overflow", "99999999999999999999",
            "fraction-one", "1.0");
    /** Dates no record of the platform holds, or in another form than YYYY-MM-DD. */
    private static final List<String> BAD_DATES = List.of("-2008-07-01", "+12008-08-01", "1899-12-31", "2200-01-01",
            "2023-02-30", "2023-13-01", "2023/07/01", "20230701", "2023-7-1", "2023-07-01T00:00:00", "昨天");

    private static ObjectNode registrationBody() {
        String username = "bad-" + TestData.token("").toLowerCase();
        ObjectNode body = JsonApi.JSON.createObjectNode().put("username", username).put("password", "secret-" + username);
        ObjectNode applicant = body.putObject("applicant");
        applicant.put("fullName", "坏输入" + TestData.token(""));
        applicant.put("idNumber", TestData.idNumber().value());
        applicant.put("employer", "阿克苏地区水利局");
        applicant.put("county", "库车市");
        applicant.put("tier", "县市");
        applicant.put("phone", "13912345678");
        return body;
    }

    /** The registration with one field (a.b for nested) set to raw JSON. */
    private void registration(String name, String field, String rawValue, int status, String code) {
        ObjectNode body = registrationBody();
        ObjectNode holder = field.startsWith("applicant.") ? (ObjectNode) body.get("applicant")
                : field.startsWith("proposedUnit.") ? proposedUnit(body) : body;
        String key = field.substring(field.indexOf('.') + 1);
        String text = body.toString();
        try {
            holder.set(key, rawValue == null ? null : JsonApi.JSON.readTree(rawValue));
            text = body.toString();
        } catch (IOException notJson) { // an overflowing number: spliced in as text
            holder.put(key, "__RAW__");
            text = body.toString().replace("\"__RAW__\"", rawValue);
        }
        json("registration " + field + " " + name, "POST", "/api/v1/registrations", text, null, status, code);
    }

    private static ObjectNode proposedUnit(ObjectNode body) {
        if (!body.has("proposedUnit")) {
            ObjectNode unit = body.putObject("proposedUnit");
            unit.put("name", TestData.token("温宿县坏输入站-"));
            unit.put("creditCode", TestData.creditCode().value());
            unit.put("type", "事业单位");
            unit.put("county", "温宿县");
            unit.put("tier", "县市");
        }
        return (ObjectNode) body.get("proposedUnit");
    }

    private static String quoted(String text) {
        return JsonApi.JSON.getNodeFactory().textNode(text).toString();
    }

    private void registrations() {
        for (String field : List.of("username", "password", "applicant.fullName", "applicant.idNumber", "applicant.employer",
                "applicant.county", "applicant.tier", "applicant.phone")) {
            NOT_TEXT.forEach((name, value) -> registration(name, field, value, 400, "INVALID_INPUT"));
        }
        // five megabytes where a name, an employer, a phone or a password belongs: refused naming the field, no 500
        for (String field : List.of("applicant.fullName", "applicant.employer", "applicant.phone", "password", "username")) {
            registration("5MB", field, quoted(FIVE_MB), 0, null);
        }
        registration("101 characters", "applicant.fullName", quoted("名".repeat(101)), 400, "INVALID_INPUT");
        registration("201 characters", "applicant.employer", quoted("单".repeat(201)), 0, null);
        registration("31 digits", "applicant.phone", quoted("1".repeat(31)), 400, "INVALID_INPUT");
        registration("65 characters", "username", quoted("u".repeat(65)), 0, null);
        registration("129 characters", "password", quoted("p".repeat(129) + "9"), 0, null);
        registration("51 characters", "applicant.county", quoted("县".repeat(51)), 400, "INVALID_INPUT");
        for (String field : List.of("username", "password", "applicant", "applicant.fullName", "applicant.idNumber",
                "applicant.tier")) {
            registration("null", field, "null", 0, null);
        }
        for (String field : List.of("username", "password", "applicant.fullName", "applicant.idNumber")) {
            registration("empty", field, "\"\"", 0, null);
        }
        // ID numbers with a valid check character but no area, or a birth date no applicant has
        // (652999: a county code on no list, of someone born after 2002, whose number took a listed code; issue 15)
        for (String first17 : List.of("00000019850505123", "65299920050505123", "99010119850505123", "65999919850505123",
                "65290118000101123", "65290120990101123", "65290118991231123", "65290120150505123", "65290119400101123",
                "65290119850230123", "65290119851301123")) {
            registration(first17, "applicant.idNumber", quoted(TestData.idNumberCompleting(first17)), 400, "INVALID_INPUT");
        }
        for (String id : List.of("65290119850505123X", "6529011985050512", "6529011985050512345", "ABCDEFGHIJKLMNOPQR",
                "652901 1985050512 3", "６５２９０１１９８５０５０５１２３４")) {
            registration("malformed " + id, "applicant.idNumber", quoted(id), 400, "INVALID_INPUT");
        }
        registration("outside the prefecture", "applicant.county", quoted("喀什市"), 400, "INVALID_INPUT");
        registration("Beijing", "applicant.county", quoted("北京市"), 400, "INVALID_INPUT");
        registration("unknown tier", "applicant.tier", quoted("省直"), 400, "INVALID_INPUT");
        registration("seven digits", "applicant.phone", quoted("2123456"), 400, "INVALID_INPUT");
        registration("letters", "applicant.phone", quoted("call me"), 400, "INVALID_INPUT");
        registration("text", "applicant.unitId", "\"1\"", 400, "INVALID_INPUT");
        registration("fraction", "applicant.unitId", "1.5", 400, "INVALID_INPUT");
        registration("no such unit", "applicant.unitId", "999999999", 0, null);
        registration("number", "proposedUnit.name", "42", 400, "INVALID_INPUT");
        registration("201 characters", "proposedUnit.name", quoted("站".repeat(201)), 400, "INVALID_INPUT");
        registration("bad check character", "proposedUnit.creditCode", quoted("91653000MA77XXXXX0"), 400, "INVALID_INPUT");
        registration("unknown type", "proposedUnit.type", quoted("外星单位"), 400, "INVALID_INPUT");
        registration("outside the prefecture", "proposedUnit.county", quoted("喀什市"), 0, null);
        registration("unknown field", "role", "\"ADMIN\"", 400, "INVALID_INPUT");
        registration("unknown field", "applicant.role", "\"ADMIN\"", 400, "INVALID_INPUT");
        registration("taken", "username", quoted("admin"), 0, null);
        registration("demo password", "password", quoted("zhicheng"), 400, "WEAK_PASSWORD");
        registration("short password", "password", quoted("12345678"), 400, "WEAK_PASSWORD");
        String valid = registrationBody().toString();
        control("registration", "POST", "/api/v1/registrations", valid, null);
        ObjectNode proposing = registrationBody();
        proposedUnit(proposing);
        control("registration proposing a unit", "POST", "/api/v1/registrations", proposing.toString(), null);
        json("registration duplicate key", "POST", "/api/v1/registrations",
                valid.replaceFirst("\\{", "{\"username\":\"dup-a\","), null, 400, null);
        json("registration trailing content", "POST", "/api/v1/registrations", valid + " {}", null, 400, null);
    }

    private void control(String name, String method, String path, String body, Http.Credentials who) {
        controls.add(new Case("control " + name, method, path, body.getBytes(StandardCharsets.UTF_8), JSON_TYPE, who, 0, null));
    }

    private void accounts() {
        Consumer<ObjectNode> bureau = body -> body.put("role", "COUNTY_BUREAU").put("county", "库车市");
        account("expert nobody", body -> body.put("role", "EXPERT").put("expertId", "nobody"), 404, "UNKNOWN_EXPERT");
        account("series nope", body -> body.put("role", "SERIES_DEPARTMENT").putArray("seriesCodes").add("nope"), 404,
                "UNKNOWN_SERIES");
        account("series nope among real", body -> body.put("role", "SERIES_DEPARTMENT").putArray("seriesCodes")
                .add("engineering").add("nope"), 404, "UNKNOWN_SERIES");
        account("series as text", body -> body.put("role", "SERIES_DEPARTMENT").put("seriesCodes", "engineering"), 400,
                "INVALID_INPUT");
        account("series as numbers", body -> body.put("role", "SERIES_DEPARTMENT").putArray("seriesCodes").add(42), 400,
                "INVALID_INPUT");
        account("county outside", body -> body.put("role", "COUNTY_BUREAU").put("county", "喀什市"), 0, null);
        account("unknown role", bureau.andThen(body -> body.put("role", "GOD")), 400, "INVALID_INPUT");
        account("role number", bureau.andThen(body -> body.put("role", 7)), 400, "INVALID_INPUT");
        account("system role", bureau.andThen(body -> body.put("role", "SYSTEM")), 400, null);
        account("username number", bureau.andThen(body -> body.put("username", 42)), 400, "INVALID_INPUT");
        account("username boolean", bureau.andThen(body -> body.put("username", true)), 400, "INVALID_INPUT");
        account("username taken", bureau.andThen(body -> body.put("username", "office")), 0, null);
        account("username 65", bureau.andThen(body -> body.put("username", "u".repeat(65))), 0, null);
        account("display name 5MB", bureau.andThen(body -> body.put("displayName", FIVE_MB)), 400, "INVALID_INPUT");
        account("display name 101", bureau.andThen(body -> body.put("displayName", "名".repeat(101))), 400, "INVALID_INPUT");
        account("password 5MB", bureau.andThen(body -> body.put("password", FIVE_MB)), 400, null);
        account("password common", bureau.andThen(body -> body.put("password", "password123")), 400, "WEAK_PASSWORD");
        account("password number", bureau.andThen(body -> body.put("password", 12345678901L)), 400, "INVALID_INPUT");
        account("applicant id text", body -> body.put("role", "APPLICANT").put("applicantId", "1"), 400, "INVALID_INPUT");
        account("applicant id fraction", body -> body.put("role", "APPLICANT").put("applicantId", 1.5), 400, "INVALID_INPUT");
        account("applicant nobody", body -> body.put("role", "APPLICANT").put("applicantId", 999999999L), 404, null);
        account("employer 201", body -> body.put("role", "EMPLOYER").put("employer", "单".repeat(201)), 400, "INVALID_INPUT");
        account("unknown field", bureau.andThen(body -> body.put("isAdmin", true)), 400, "INVALID_INPUT");
        account("expert without id", body -> body.put("role", "EXPERT"), 400, "INVALID_INPUT");
        ObjectNode body = accountBody();
        bureau.accept(body);
        control("account", "POST", "/api/v1/accounts", body.toString(), ADMIN);
        ObjectNode department = accountBody().put("role", "SERIES_DEPARTMENT");
        department.putArray("seriesCodes").add("engineering");
        control("series department account", "POST", "/api/v1/accounts", department.toString(), ADMIN);
        json("account by an applicant", "POST", "/api/v1/accounts", body.toString(), Api.demo("ayigul"), 403, null);
        json("account by an office", "POST", "/api/v1/accounts", body.toString(), OFFICE, 403, null);
        json("account anonymous", "POST", "/api/v1/accounts", body.toString(), null, 401, null);
        // experts and units name what exists, in texts that fit
        expert("name 5MB", e -> e.put("name", FIVE_MB), 400, "INVALID_INPUT");
        expert("employer 201", e -> e.put("employer", "单".repeat(201)), 400, "INVALID_INPUT");
        expert("related applicant text", e -> e.putArray("relatedApplicants").add("x"), 400, "INVALID_INPUT");
        expert("related applicant fraction", e -> e.putArray("relatedApplicants").add(1.5), 400, "INVALID_INPUT");
        expert("id number", e -> e.put("id", 42), 400, "INVALID_INPUT");
        expert("id 51", e -> e.put("id", "e".repeat(51)), 400, "INVALID_INPUT");
        // issue 15: an expert's series must exist (the pool of a series nobody installed is nobody's)
        expert("unknown series", e -> e.putArray("seriesCodes").add("nope"), 404, "UNKNOWN_SERIES");
        expert("one unknown series among known", e -> e.putArray("seriesCodes").add("engineering").add("nope"), 404,
                "UNKNOWN_SERIES");
        unit("name 5MB", u -> u.put("name", FIVE_MB), 400, "INVALID_INPUT");
        unit("name number", u -> u.put("name", 42), 400, "INVALID_INPUT");
        unit("credit code", u -> u.put("creditCode", "12345"), 400, "INVALID_INPUT");
        unit("type", u -> u.put("type", "外星单位"), 400, "INVALID_INPUT");
        unit("county", u -> u.put("county", "喀什市"), 400, null);
        unit("tier", u -> u.put("tier", "省直"), 400, "INVALID_INPUT");
        // a person's contact: addresses that reach no one
        for (String[] contact : new String[][] {{"email", "\"not-an-address\""}, {"mobile", "\"123\""}, {"mobile", "13912345678"},
                {"email", quoted(FIVE_MB)}, {"email", "true"}}) {
            json("contact " + contact[0] + " " + abbreviated(contact[1]).substring(0, Math.min(20, contact[1].length())), "PUT",
                    "/api/v1/me/contact", "{\"" + contact[0] + "\":" + contact[1] + "}", Api.demo("ayigul"), 400, null);
        }
    }

    private static ObjectNode accountBody() {
        String username = "bad-acc-" + TestData.token("").toLowerCase();
        return JsonApi.JSON.createObjectNode().put("username", username).put("password", "secret-" + username);
    }

    private void account(String name, Consumer<ObjectNode> shape, int status, String code) {
        ObjectNode body = accountBody();
        shape.accept(body);
        json("account " + name, "POST", "/api/v1/accounts", body.toString(), ADMIN, status, code);
    }

    private void expert(String name, Consumer<ObjectNode> shape, int status, String code) {
        ObjectNode body = JsonApi.JSON.createObjectNode().put("id", "bad-" + TestData.token("")).put("name", "坏专家")
                .put("employer", "新疆农业大学");
        body.putArray("seriesCodes").add("engineering");
        if (controls.stream().noneMatch(c -> c.name().equals("control expert"))) {
            control("expert", "POST", "/api/v1/experts", body.toString(), OFFICE);
        }
        shape.accept(body);
        json("expert " + name, "POST", "/api/v1/experts", body.toString(), OFFICE, status, code);
    }

    private void unit(String name, Consumer<ObjectNode> shape, int status, String code) {
        ObjectNode body = JsonApi.JSON.createObjectNode().put("name", TestData.token("温宿县坏单位-"))
                .put("creditCode", TestData.creditCode().value()).put("type", "事业单位").put("county", "温宿县").put("tier", "县市");
        if (controls.stream().noneMatch(c -> c.name().equals("control unit"))) {
            control("unit", "POST", "/api/v1/units", body.toString(), ADMIN);
        }
        shape.accept(body);
        json("unit " + name, "POST", "/api/v1/units", body.toString(), ADMIN, status, code);
    }

    private void applications(JsonApi.Registered me, JsonApi.Registered other, long file) {
        ObjectNode valid = JsonApi.JSON.createObjectNode().put("applicantId", other.applicantId()).put("evaluationYear", 2023)
                .put("seriesCode", "engineering").put("specialty", "水利专业").put("level", "中级").put("channel", "A");
        control("application", "POST", "/api/v1/applications", valid.toString(), other.credentials());
        NOT_INTEGER.forEach((name, value) -> json("application evaluationYear " + name, "POST", "/api/v1/applications",
                valid.toString().replace("\"evaluationYear\":2023", "\"evaluationYear\":" + value), other.credentials(), 400,
                "INVALID_INPUT"));
        NOT_INTEGER.forEach((name, value) -> json("application applicantId " + name, "POST", "/api/v1/applications",
                valid.toString().replace("\"applicantId\":" + other.applicantId(), "\"applicantId\":" + value),
                other.credentials(), 400, "INVALID_INPUT"));
        for (String field : List.of("seriesCode", "specialty", "level", "channel")) {
            NOT_TEXT.forEach((name, value) -> json("application " + field + " " + name, "POST", "/api/v1/applications",
                    valid.deepCopy().set(field, readJson(value)).toString(), other.credentials(), 400, "INVALID_INPUT"));
        }
        Map<String, Object[]> wrongValues = Map.of(
                "series nope", new Object[] {"seriesCode", "nope", 404, "UNKNOWN_SERIES"},
                "specialty nope", new Object[] {"specialty", "炼金术专业", 0, null},
                "level nope", new Object[] {"level", "特级", 400, "INVALID_INPUT"},
                "channel nope", new Object[] {"channel", "Z", 400, "INVALID_INPUT"},
                "year 1800", new Object[] {"evaluationYear", 1800, 0, null},
                "year 9999", new Object[] {"evaluationYear", 9999, 0, null},
                "another's applicant", new Object[] {"applicantId", me.applicantId(), 403, null},
                "nobody's applicant", new Object[] {"applicantId", 999999999L, 0, null});
        wrongValues.forEach((name, change) -> {
            ObjectNode body = valid.deepCopy();
            body.set((String) change[0], JsonApi.JSON.valueToTree(change[1]));
            json("application " + name, "POST", "/api/v1/applications", body.toString(), other.credentials(),
                    (Integer) change[2], (String) change[3]);
        });
        // the steps that take the version the caller saw: only an integer is a version
        for (String step : List.of("submit", "withdrawal", "recommendation", "material-acceptance", "evaluation")) {
            for (String version : List.of("1.5", "\"1\"", "true", "[1]", "{}")) {
                json(step + " expectedVersion " + version, "POST", "/api/v1/applications/" + file + "/" + step,
                        "{\"expectedVersion\":" + version + "}", step.equals("submit") || step.equals("withdrawal")
                                ? me.credentials() : OFFICE, 400, "INVALID_INPUT");
            }
        }
        json("submit stale version", "POST", "/api/v1/applications/" + file + "/submit", "{\"expectedVersion\":999}",
                me.credentials(), 0, null);
        json("submit another's file", "POST", "/api/v1/applications/" + file + "/submit", "{\"expectedVersion\":0}",
                other.credentials(), 403, null);
        json("returns reason 5MB", "POST", "/api/v1/applications/" + file + "/returns",
                "{\"expectedVersion\":0,\"reason\":" + quoted(FIVE_MB) + "}", OFFICE, 0, null);
        json("objection number", "POST", "/api/v1/applications/" + file + "/objections", "{\"objection\":42}",
                Api.demo("ayigul"), 400, "INVALID_INPUT");
        for (String date : BAD_DATES) {
            json("fee paidOn " + date, "POST", "/api/v1/applications/" + file + "/fee-payment",
                    "{\"expectedVersion\":0,\"amountYuan\":260,\"method\":\"ONLINE\",\"reference\":\"R1\",\"paidOn\":"
                            + quoted(date) + "}", OFFICE, 400, "INVALID_INPUT");
        }
        json("fee amount fraction", "POST", "/api/v1/applications/" + file + "/fee-payment",
                "{\"expectedVersion\":0,\"amountYuan\":260.5,\"method\":\"ONLINE\",\"reference\":\"R1\",\"paidOn\":\"2023-08-14\"}",
                OFFICE, 400, "INVALID_INPUT");
        json("fee amount text", "POST", "/api/v1/applications/" + file + "/fee-payment",
                "{\"expectedVersion\":0,\"amountYuan\":\"260\",\"method\":\"ONLINE\",\"reference\":\"R1\",\"paidOn\":\"2023-08-14\"}",
                OFFICE, 400, "INVALID_INPUT");
    }

    private static JsonNode readJson(String raw) {
        try {
            return JsonApi.JSON.readTree(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void careers(JsonApi.Registered me) {
        String path = "/api/v1/applicants/" + me.applicantId() + "/career";
        ObjectNode valid = JsonApi.JSON.createObjectNode().put("startedWork", "2010-07-01").put("currentTitle", "助理工程师")
                .put("appointed", "2015-09-01").put("education", "大学本科").put("yearsOfTechnicalWork", 0)
                .put("appraisalsPassed", true);
        control("career", "PUT", path, valid.toString(), me.credentials());
        for (String field : List.of("startedWork", "appointed")) {
            for (String date : BAD_DATES) {
                json("career " + field + " " + date, "PUT", path, valid.deepCopy().put(field, date).toString(),
                        me.credentials(), 400, "INVALID_INPUT");
            }
        }
        NOT_INTEGER.forEach((name, value) -> json("career yearsOfTechnicalWork " + name, "PUT", path,
                valid.toString().replace("\"yearsOfTechnicalWork\":0", "\"yearsOfTechnicalWork\":" + value),
                me.credentials(), 400, "INVALID_INPUT"));
        for (String value : List.of("-1", "99")) {
            json("career yearsOfTechnicalWork " + value, "PUT", path,
                    valid.toString().replace("\"yearsOfTechnicalWork\":0", "\"yearsOfTechnicalWork\":" + value),
                    me.credentials(), 400, "INVALID_INPUT");
        }
        for (String value : List.of("\"yes\"", "1", "0", "\"true\"")) {
            json("career appraisalsPassed " + value, "PUT", path,
                    valid.toString().replace("\"appraisalsPassed\":true", "\"appraisalsPassed\":" + value),
                    me.credentials(), 400, "INVALID_INPUT");
        }
        json("career title 5MB", "PUT", path, valid.deepCopy().put("currentTitle", FIVE_MB).toString(), me.credentials(),
                400, "INVALID_INPUT");
        json("career education unknown", "PUT", path, valid.deepCopy().put("education", "幼儿园").toString(),
                me.credentials(), 400, "INVALID_INPUT");
        json("career of another", "PUT", path, valid.toString(), Api.demo("ayigul"), 403, null);
    }

    private void upload(String name, long file, String query, byte[] content, Http.Credentials who, int status, String code) {
        cases.add(new Case("upload " + name, "POST", "/api/v1/applications/" + file + "/attachments?" + query, content,
                "application/octet-stream", who, status, code));
    }

    private static String scanQuery(String fileName) {
        return "type=PERFORMANCE_EVIDENCE&masked=false&fileName=" + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }

    private void uploads(JsonApi.Registered me, JsonApi.Registered other, long file) throws IOException {
        byte[] pdf = FileCompletion.SCAN;
        byte[] png = image("png");
        byte[] jpeg = image("jpg");
        byte[] pngSignature = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] jpegHeader = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        Map<String, byte[]> disguised = new java.util.LinkedHashMap<>();
        disguised.put("png signature.png", pngSignature);
        disguised.put("jpeg header.jpg", jpegHeader);
        disguised.put("jpeg header with JFIF.jpg", concat(jpegHeader, new byte[] {(byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0}));
        disguised.put("pdf magic.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));
        disguised.put("pdf version only.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        disguised.put("pdf without pages.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        disguised.put("half a png.png", Arrays.copyOf(png, png.length / 2));
        disguised.put("half a pdf.pdf", Arrays.copyOf(pdf, 60));
        disguised.put("jpeg header before a pdf.pdf", concat(jpegHeader, pdf));
        disguised.put("jpeg header before a pdf.jpg", concat(jpegHeader, pdf));
        disguised.put("png named.pdf", png);
        disguised.put("pdf named.jpg", pdf);
        disguised.put("jpeg named.png", jpeg);
        disguised.put("gif.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        disguised.put("bmp.bmp", "BM\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1));
        disguised.put("zip.pdf", "PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1));
        disguised.put("html.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        disguised.put("exe.png", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        disguised.put("png signature then text.png", concat(pngSignature, "not an image".getBytes(StandardCharsets.US_ASCII)));
        disguised.forEach((name, content) -> upload(name, file, scanQuery(name), content, me.credentials(), 422,
                "WRONG_FILE_TYPE"));
        controls.add(new Case("control upload pdf", "POST", "/api/v1/applications/" + file + "/attachments?"
                + scanQuery("good.pdf"), pdf, "application/octet-stream", me.credentials(), 0, null));
        controls.add(new Case("control upload jpeg", "POST", "/api/v1/applications/" + file + "/attachments?"
                + scanQuery("good.jpg"), jpeg, "application/octet-stream", me.credentials(), 0, null));
        upload("empty", file, scanQuery("empty.pdf"), new byte[0], me.credentials(), 0, null);
        upload("11 MB", file, scanQuery("big.pdf"), concat(pdf, new byte[11 * 1024 * 1024]), me.credentials(), 0, null);
        upload("unknown type", file, "type=NOPE&masked=false&fileName=a.pdf", pdf, me.credentials(), 400, null);
        upload("no type", file, "masked=false&fileName=a.pdf", pdf, me.credentials(), 400, null);
        upload("file name 201", file, scanQuery("名".repeat(197) + ".pdf"), pdf, me.credentials(), 400, "INVALID_INPUT");
        upload("file name control character", file, scanQuery("a\u0001b.pdf"), pdf, me.credentials(), 400, "INVALID_INPUT");
        upload("another's file", file, scanQuery("a.pdf"), pdf, other.credentials(), 403, null);
        upload("anonymous", file, scanQuery("a.pdf"), pdf, null, 401, null);
        cases.add(new Case("upload to no file", "POST", "/api/v1/applications/999999999/attachments?" + scanQuery("a.pdf"),
                pdf, "application/octet-stream", me.credentials(), 404, null));
        cases.add(new Case("upload to a file id that is no number", "POST", "/api/v1/applications/abc/attachments?"
                + scanQuery("a.pdf"), pdf, "application/octet-stream", me.credentials(), 400, "INVALID_INPUT"));
    }

    private static byte[] image(String format) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private void references(JsonApi.Registered me) {
        for (String[] read : new String[][] {{"/api/v1/applications/999999999", "UNKNOWN_APPLICATION"},
                {"/api/v1/applications/abc", null}, {"/api/v1/applications/-1", null},
                {"/api/v1/applicants/999999999", null}, {"/api/v1/experts/nobody", "UNKNOWN_EXPERT"},
                {"/api/v1/units/999999999", null}, {"/api/v1/applications/999999999/attachments", null},
                {"/api/v1/applications/999999999/sections", null}, {"/api/v1/nothing-here", null},
                {"/api/v1/audit?limit=0", "INVALID_INPUT"}, {"/api/v1/audit?limit=100000", "INVALID_INPUT"},
                {"/api/v1/audit?offset=-1", "INVALID_INPUT"}, {"/api/v1/audit?from=yesterday", "INVALID_INPUT"},
                {"/api/v1/audit?to=-2008-07-01", "INVALID_INPUT"}}) {
            json("read " + read[0], "GET", read[0], null, read[0].startsWith("/api/v1/audit") ? ADMIN : OFFICE, 0, read[1]);
        }
        // issue 15: a query or path value of the wrong type is the caller's mistake (400), not CXF's "no such resource"
        for (String path : List.of("/api/v1/audit?limit=abc", "/api/v1/audit?offset=abc", "/api/v1/audit?limit=1.5",
                "/api/v1/accounts?limit=abc", "/api/v1/accounts?offset=-1", "/api/v1/accounts?offset=1e3",
                "/api/v1/applications?year=abc", "/api/v1/applications?year=2023&limit=abc",
                "/api/v1/applications?year=2023&offset=-1", "/api/v1/filings?year=abc", "/api/v1/filings?year=20x3",
                "/api/v1/published-results?seriesCode=engineering&year=abc", "/api/v1/units/abc", "/api/v1/units?limit=zero")) {
            json("query " + path, "GET", path, null, path.startsWith("/api/v1/audit") || path.startsWith("/api/v1/accounts")
                    ? ADMIN : OFFICE, 400, "INVALID_INPUT");
        }
        json("audit by an applicant", "GET", "/api/v1/audit?limit=1", null, me.credentials(), 403, null);
    }

    /** Bodies that are no JSON object of the request's shape, at each endpoint that reads one. */
    private void malformedBodies(JsonApi.Registered me, long file) {
        Object[][] endpoints = {{"POST", "/api/v1/registrations", null}, {"POST", "/api/v1/accounts", ADMIN},
                {"POST", "/api/v1/applications", me.credentials()},
                {"POST", "/api/v1/applications/" + file + "/submit", me.credentials()},
                {"PUT", "/api/v1/applicants/" + me.applicantId() + "/career", me.credentials()},
                {"POST", "/api/v1/experts", OFFICE}, {"POST", "/api/v1/units", ADMIN},
                {"PUT", "/api/v1/me/contact", me.credentials()}};
        String[][] bodies = {{"truncated", "{"}, {"not json", "not json"}, {"array", "[1,2]"}, {"text", "\"text\""},
                {"number", "42"}, {"unknown field", "{\"nonsense\":1}"}, {"comment", "/* x */ {}"},
                {"single quotes", "{'username':'a'}"}};
        for (Object[] endpoint : endpoints) {
            for (String[] body : bodies) {
                json("malformed " + body[0], (String) endpoint[0], (String) endpoint[1], body[1],
                        (Http.Credentials) endpoint[2], 400, null);
            }
            cases.add(new Case("text/plain body", (String) endpoint[0], (String) endpoint[1],
                    "{}".getBytes(StandardCharsets.UTF_8), "text/plain", (Http.Credentials) endpoint[2], 0, null));
        }
    }
}
