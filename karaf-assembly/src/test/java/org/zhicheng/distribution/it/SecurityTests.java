package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Security hardening over real HTTP (issue 15): login throttling and the password policy (item 2), reads narrowed to
 * who needs them (item 7). The right role succeeds, a wrong one gets 403 and learns nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityTests extends ContainerTestSupport {

    /** Built when a test runs: the port is known inside the container only. */
    private JsonApi api;

    @org.junit.Before
    public void client() {
        api = new JsonApi(httpPort());
        Await.until("GET /api/v1/me answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/me", Api.demo("office")).status() == 200);
    }

    @Test
    public void anExpertsRealNameIsForTheOfficeAdminsAndTheExpertAlone_R17() throws Exception {
        String path = "/api/v1/experts/expert1";
        for (String reader : new String[] {"office", "admin", "expert1"}) {
            assertEquals(reader, "周志刚", JsonApi.read(200, api.get(path, Api.demo(reader))).get("name").asText());
        }
        for (String stranger : new String[] {"ayigul", "unit-shuili", "dept-engineering", "kuqa-hr", "expert2"}) {
            String body = JsonApi.assertProblem(api.get(path, Api.demo(stranger)), 403, "FORBIDDEN");
            assertEquals(stranger + ": " + body, -1, body.indexOf("周志刚"));
        }
        // an unknown id: 404 for the office, but the same 403 for a stranger (nothing learnt of which ids exist)
        JsonApi.assertProblem(api.get("/api/v1/experts/nobody", Api.demo("office")), 404, "UNKNOWN_EXPERT");
        JsonApi.assertProblem(api.get("/api/v1/experts/nobody", Api.demo("ayigul")), 403, "FORBIDDEN");
        assertEquals(401, api.get(path, null).status());
    }

    @Test
    public void repeatedWrongPasswordsLockTheAccountWith429AndRetryAfterUntilTheLockoutEnds() throws Exception {
        JsonApi.Registered user = api.register("阿克苏地区水利局", "库车市");
        Http.Credentials wrong = new Http.Credentials(user.credentials().user(), user.credentials().password() + "x");
        org.osgi.service.cm.Configuration login = configurationAdmin.getConfiguration("org.zhicheng.login", null);
        try {
            // as an administrator would: config:property-set -p org.zhicheng.login lockoutSeconds 4 ...
            Dictionary<String, Object> short4 = new Hashtable<>();
            short4.put("accountMaxFailures", 3);
            short4.put("lockoutSeconds", 4);
            short4.put("delayMillis", 10);
            login.update(short4);
            Thread.sleep(1000); // the service takes the new numbers (its @Modified), without restarting
            for (int i = 0; i < 3; i++) {
                JsonApi.assertProblem(api.get("/api/v1/me", wrong), 401, "UNAUTHENTICATED");
            }
            // locked: even the right password is refused, and the answer says when to retry
            HttpResult locked = api.get("/api/v1/me", user.credentials());
            String detail = JsonApi.assertProblem(locked, 429, "LOGIN_LOCKED");
            assertTrue(detail, detail.contains("之后重试"));
            long retryAfter = Long.parseLong(locked.header("Retry-After"));
            assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= 4);
            JsonApi.assertProblem(api.get("/api/v1/me", wrong), 429, "LOGIN_LOCKED");
            // another account is not locked by it
            assertEquals(200, api.get("/api/v1/me", Api.demo("office")).status());

            Thread.sleep(retryAfter * 1000 + 500);
            assertEquals(user.credentials().user(),
                    JsonApi.read(200, api.get("/api/v1/me", user.credentials())).get("username").asText());
        } finally {
            login.delete();
        }
    }

    @Test
    public void aNewPasswordNeedsTenCharactersIsNotCommonAndNotTheUserName() throws Exception {
        String username = "pw-" + TestData.token("").toLowerCase();
        for (String weak : new String[] {"zhicheng", "1234567890", "password123", username}) {
            String detail = JsonApi.assertProblem(api.post("/api/v1/registrations", registration(username, weak), null), 400,
                    "WEAK_PASSWORD");
            assertTrue(weak + ": " + detail, detail.startsWith("密码"));
        }
        // nothing was registered: the name is still free for a good password
        assertEquals(201, api.post("/api/v1/registrations", registration(username, "tarim-river-7"), null).status());
    }

    /** A self-registration of a new applicant of 阿克苏地区水利局 with the user name and password. */
    private static String registration(String username, String password) {
        ObjectNode registration = JsonApi.JSON.createObjectNode().put("username", username).put("password", password);
        ObjectNode applicant = registration.putObject("applicant");
        applicant.put("fullName", "密码" + TestData.token(""));
        applicant.put("idNumber", TestData.idNumber().value());
        applicant.put("employer", "阿克苏地区水利局");
        applicant.put("county", "库车市");
        applicant.put("tier", "县市");
        return registration.toString();
    }
}
