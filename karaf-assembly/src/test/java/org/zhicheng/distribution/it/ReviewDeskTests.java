package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reviewers' desk over real HTTP (issue 12): the queue with search by ID number, days waiting and the deadline, the
 * acts possible on a file and why not, the expert pool with its conflict flags, readable audit subjects and the account
 * search. The right role succeeds, a wrong role gets 403, a bad value a 4xx and changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ReviewDeskTests extends ContainerTestSupport {

    private static final Http.Credentials DEPARTMENT = Api.demo("dept-engineering");
    private static final Http.Credentials HOSPITAL = Api.demo("unit-yiyuan");
    private static final Http.Credentials EXPERT = Api.demo("expert1");
    private static final Http.Credentials OFFICE = Api.demo("office");
    private static final Http.Credentials ADMIN = Api.demo("admin");

    /** Built when a test runs: the port is known inside the container only. */
    private JsonApi api;

    @org.junit.Before
    public void client() {
        api = new JsonApi(httpPort());
    }

    /** A new engineering file submitted on 2023-08-14 by an applicant of 阿克苏地区水利局; the date is 08-17 afterwards. */
    private Application submitted(String name, String idNumber) throws Exception {
        setToday("2023-08-14");
        Applicant applicant = withCareer(applicants.register(new NewApplicant(name, new org.zhicheng.api.domain.ResidentIdNumber(
                idNumber), "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), IT));
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "engineering", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), as("applicant"));
        CompleteFiles.complete(contents, draft.id(), as("applicant"));
        Application submitted = applications.submit(draft.id(), draft.version(), as("applicant"));
        setToday("2023-08-17");
        return submitted;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    public void theQueueFindsAFileByItsIdNumberWithDaysWaitingAndTheReviewDeadline_R09() throws Exception {
        String idNumber = TestData.idNumber().value();
        try {
            Application file = submitted("队列检索", idNumber);
            // the beginning of the ID number (issue 16 item 7: searches use an index, so they find beginnings)
            HttpResult found = api.get("/api/v1/review-desk/queue?pending=false&q=" + idNumber.substring(0, 17), DEPARTMENT);
            JsonNode rows = JsonApi.read(200, found);
            assertEquals(found.body(), 1, rows.size());
            assertEquals("1", found.header("X-Total-Count"));
            JsonNode row = rows.get(0);
            assertEquals(file.id(), row.get("application").get("id").asLong());
            assertEquals("队列检索", row.get("applicantName").asText());
            assertEquals(idNumber.substring(0, 6) + "**********" + idNumber.substring(16), row.get("idNumberMasked").asText());
            assertEquals("2023-08-14", row.get("since").asText());
            assertEquals(3, row.get("daysWaiting").asInt());
            assertEquals("2023-09-10", row.get("deadline").asText());
            assertEquals("REVIEW_WINDOW", row.get("deadlineKind").asText());
            // by the beginning of the name and by the file's number too; not by the inside of a name or ID number;
            // and 待我办理 of the department holds recommended files, not this submitted one
            assertTrue(api.get("/api/v1/review-desk/queue?pending=false&q=" + encode("队列检"), DEPARTMENT).body()
                    .contains("\"id\":" + file.id() + ","));
            assertTrue(api.get("/api/v1/review-desk/queue?pending=false&q=" + encode("第" + file.id() + "号"), DEPARTMENT).body()
                    .contains("\"id\":" + file.id() + ","));
            assertEquals("0", api.get("/api/v1/review-desk/queue?pending=false&q=" + encode("列检索"), DEPARTMENT)
                    .header("X-Total-Count"));
            assertEquals("0", api.get("/api/v1/review-desk/queue?pending=false&q=" + idNumber.substring(8, 16), DEPARTMENT)
                    .header("X-Total-Count"));
            assertFalse(api.get("/api/v1/review-desk/queue?limit=1000", DEPARTMENT).body().contains("\"id\":" + file.id() + ","));

            // another unit's employer does not see it; an expert has no queue; bad values are 400
            assertEquals("0", api.get("/api/v1/review-desk/queue?pending=false&q=" + idNumber.substring(0, 17), HOSPITAL)
                    .header("X-Total-Count"));
            JsonApi.assertProblem(api.get("/api/v1/review-desk/queue", EXPERT), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get("/api/v1/review-desk/queue?limit=0", DEPARTMENT), 400, "INVALID_INPUT");
            JsonApi.assertProblem(api.get("/api/v1/review-desk/queue?status=NONSENSE", DEPARTMENT), 400, "INVALID_INPUT");
            assertEquals(401, api.get("/api/v1/review-desk/queue", null).status());
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void theActsSayWhatIsPossibleAndWhyNotAsTheActsThemselvesRefuse_R14_R20() throws Exception {
        try {
            Application file = submitted("可办事项", TestData.idNumber().value());
            JsonNode acts = JsonApi.read(200, api.get("/api/v1/review-desk/files/" + file.id() + "/acts", DEPARTMENT));
            List<String> names = new ArrayList<>();
            acts.forEach(a -> names.add(a.get("act").asText()));
            assertEquals("the department returns or refuses a submitted file; approving is the employer's",
                    List.of("RETURN", "REFUSE"), names);
            assertTrue(acts.get(0).get("possible").asBoolean());
            assertEquals("2023-08-19", acts.get(0).get("resubmissionDeadline").asText()); // 2 days

            // after the review window the return is offered disabled, with the words the act refuses with
            setToday("2023-09-11");
            JsonNode late = JsonApi.read(200, api.get("/api/v1/review-desk/files/" + file.id() + "/acts", DEPARTMENT)).get(0);
            assertFalse(late.get("possible").asBoolean());
            assertEquals("OUTSIDE_REVIEW_WINDOW", late.get("code").asText());
            assertEquals("审核时间为2023-08-01至2023-09-10", late.get("reason").get("zh").asText());
            String refusal = JsonApi.assertProblem(api.post("/api/v1/applications/" + file.id() + "/returns",
                    "{\"expectedVersion\":" + file.version() + ",\"reason\":\"请补充\"}", DEPARTMENT), 409, "OUTSIDE_REVIEW_WINDOW");
            assertEquals(late.get("reason").get("zh").asText(), refusal);
            assertEquals(ApplicationStatus.SUBMITTED, applications.find(file.id(), IT).orElseThrow().status());

            JsonApi.assertProblem(api.get("/api/v1/review-desk/files/" + file.id() + "/acts", HOSPITAL), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get("/api/v1/review-desk/files/" + file.id() + "/acts", EXPERT), 403, "FORBIDDEN");
            JsonApi.assertProblem(api.get("/api/v1/review-desk/files/99999999/acts", DEPARTMENT), 404, "UNKNOWN_APPLICATION");
        } finally {
            setToday("2023-08-01");
        }
    }

    @Test
    public void theOfficePicksFromTheSeriesPoolAndAdministratorsReadTheAuditInWords() throws Exception {
        Application file;
        try {
            file = submitted("专家库", TestData.idNumber().value());
        } finally {
            setToday("2023-08-01");
        }
        JsonNode pool = JsonApi.read(200, api.get("/api/v1/review-desk/files/" + file.id() + "/expert-candidates", OFFICE));
        List<String> ids = new ArrayList<>();
        pool.forEach(c -> ids.add(c.get("expert").get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(List.of("expert1", "expert2", "expert3"))); // the engineering pool
        pool.forEach(c -> assertTrue(c.get("expert").get("seriesCodes").toString().contains("engineering")));
        JsonApi.assertProblem(api.get("/api/v1/review-desk/files/" + file.id() + "/expert-candidates", DEPARTMENT), 403,
                "FORBIDDEN");

        JsonNode labels = JsonApi.read(200, api.get("/api/v1/review-desk/audit-subjects?subject=application:" + file.id()
                + "&subject=nonsense", ADMIN));
        assertEquals("第" + file.id() + "号 专家库 工程系列", labels.get("application:" + file.id()).asText());
        assertEquals(1, labels.size());
        JsonApi.assertProblem(api.get("/api/v1/review-desk/audit-subjects?subject=application:" + file.id(), OFFICE), 403,
                "FORBIDDEN");
    }

    @Test
    public void theFeesPayeeAndQrTextNameTheAmountAndTheFile_R29() throws Exception {
        Application file;
        try {
            file = submitted("缴费信息", TestData.idNumber().value());
        } finally {
            setToday("2023-08-01");
        }
        JsonNode transfer = JsonApi.read(200, api.get("/api/v1/payment/files/" + file.id() + "/fee-transfer", DEPARTMENT));
        assertEquals(400, transfer.get("amountYuan").asInt()); // the 2023 intermediate fee
        assertEquals("ZC2023-" + file.id(), transfer.get("reference").asText());
        String qr = transfer.get("qrText").asText();
        assertTrue(qr, qr.contains("金额：400元") && qr.contains("缴费编号：ZC2023-" + file.id())
                && qr.contains(transfer.get("payee").get("name").asText()));
        assertEquals(transfer.get("payee"), JsonApi.read(200, api.get("/api/v1/payment/payee", HOSPITAL)));
        JsonApi.assertProblem(api.get("/api/v1/payment/files/" + file.id() + "/fee-transfer", HOSPITAL), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get("/api/v1/payment/files/99999999/fee-transfer", DEPARTMENT), 404, "UNKNOWN_APPLICATION");
        assertEquals(401, api.get("/api/v1/payment/payee", null).status());
    }

    @Test
    public void administratorsSearchAndPageAccounts() throws IOException {
        HttpResult page = api.get("/api/v1/accounts?q=HR&limit=1", ADMIN);
        JsonNode rows = JsonApi.read(200, page);
        assertEquals(1, rows.size());
        assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 2); // kuqa-hr, wensu-hr
        JsonNode all = JsonApi.read(200, api.get("/api/v1/accounts?q=hr&limit=100", ADMIN));
        all.forEach(a -> assertTrue(a.toString(), (a.get("username").asText() + a.get("displayName").asText())
                .toLowerCase().contains("hr")));
        assertEquals("0", api.get("/api/v1/accounts?q=" + encode("没有这个账号"), ADMIN).header("X-Total-Count"));
        JsonApi.assertProblem(api.get("/api/v1/accounts?q=hr", OFFICE), 403, "FORBIDDEN");
        JsonApi.assertProblem(api.get("/api/v1/accounts?q=hr&limit=0", ADMIN), 400, "INVALID_INPUT");
    }
}
