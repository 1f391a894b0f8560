package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.Configuration;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.calendar.HolidayAdministration;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.calendar.WorkingDayCalendar;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignAdministration;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The prefecture administrator edits the 2023 calendar and holiday arrangement over REST in the running platform:
 * the services and the working-day calendar follow at once, Karaf writes the change back to etc/,
 * everyone else is refused and bad dates change nothing. The shipped values are put back after each test.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CalendarAdministrationTests extends ContainerTestSupport {

    private static final int YEAR = 2023;
    private static final String CAMPAIGN_PATH = "/api/v1/campaigns/" + YEAR;
    private static final String HOLIDAYS_PATH = "/api/v1/calendar/" + YEAR + "/holidays";
    private static final Http.Credentials ADMIN = demo("admin");
    /** A Thursday in the 2023 review window, a working day as shipped. */
    private static final LocalDate THURSDAY = LocalDate.of(2023, 8, 3);
    private static final LocalDate APPROVAL_DAY = LocalDate.of(2023, 8, 1);

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private CampaignAdministration campaignAdministration;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private HolidayAdministration holidays;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private WorkingDayCalendar calendar;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();
    private Campaign shippedCampaign;
    private HolidaySchedule shippedHolidays;

    @Before
    public void readTheShippedYear() {
        Await.until("GET " + CAMPAIGN_PATH + " answers 200", STATE_TIMEOUT, () -> publicStatus(CAMPAIGN_PATH) == 200);
        shippedCampaign = campaigns.campaign(YEAR).orElseThrow();
        shippedHolidays = holidays.schedule(YEAR).orElseThrow();
        assertTrue("shipped: " + shippedHolidays, calendar.isWorkingDay(THURSDAY));
    }

    @After
    public void restoreTheShippedYear() {
        campaignAdministration.save(shippedCampaign, IT);
        holidays.saveHolidays(YEAR, shippedHolidays.holidays(), shippedHolidays.adjustedWorkingDays(), IT);
        assertEquals(shippedCampaign, campaigns.campaign(YEAR).orElseThrow());
        assertTrue(calendar.isWorkingDay(THURSDAY));
    }

    @Test
    public void adminMovesTheApplicationWindowOverRestAndThePlatformFollows_R08_R36() throws Exception {
        HttpResult read = Http.get(httpPort(), CAMPAIGN_PATH);
        assertEquals("public, like the notice (R-35)", 200, read.status());
        ObjectNode body = (ObjectNode) json.readTree(read.body());
        assertEquals("2023-07-15", body.get("applicationWindow").get("first").asText());
        ObjectNode window = (ObjectNode) body.get("applicationWindow");
        window.put("first", "2023-07-12");
        window.put("last", "2023-08-31");
        long entries = audit.entries("campaign:" + YEAR, IT).size();

        HttpResult saved = Http.request(httpPort(), "PUT", CAMPAIGN_PATH, body.toString(), ADMIN);
        assertEquals(saved.body(), 200, saved.status());
        assertEquals("2023-08-31", json.readTree(saved.body()).get("applicationWindow").get("last").asText());

        // the service answers the new window as soon as the PUT has answered
        Campaign now = campaigns.campaign(YEAR).orElseThrow();
        assertEquals(new Campaign.Period(LocalDate.of(2023, 7, 12), LocalDate.of(2023, 8, 31)), now.applicationWindow());
        assertEquals(shippedCampaign.reviewWindow(), now.reviewWindow());
        assertEquals(body, json.readTree(Http.get(httpPort(), CAMPAIGN_PATH).body()));

        List<AuditEntry> log = audit.entries("campaign:" + YEAR, IT);
        assertEquals(entries + 1, log.size());
        AuditEntry entry = log.get(log.size() - 1);
        assertEquals("admin", entry.actor());
        assertEquals("CAMPAIGN_SAVED", entry.action());
        assertTrue(entry.detail(), entry.detail().contains("applicationOpens：07-15 → 07-12"));
        assertTrue(entry.detail(), entry.detail().contains("applicationCloses：08-30 → 08-31"));

        // Karaf's file install writes the change back to the year's file, so that it survives a restart
        Path file = etc().resolve("org.zhicheng.campaign-" + YEAR + ".cfg");
        Await.until(file + " holds the new window", STATE_TIMEOUT, () -> read(file).matches("(?s).*\\bapplicationOpens\\s*=\\s*07-12\\b.*"),
                () -> read(file));
    }

    @Test
    public void adminAddsAHolidayOverRestAndThePublicityEndsADayLater_R20() throws Exception {
        Applicant applicant = withCareer(applicants.register(new NewApplicant("工程师" + TestData.token(""), TestData.idNumber(),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), IT));
        assertEquals("5 working days from Tuesday 08-01 as shipped", LocalDate.of(2023, 8, 7),
                calendar.endOfPeriod(APPROVAL_DAY, shippedCampaign.publicityWorkingDays()));

        ObjectNode body = (ObjectNode) json.readTree(Http.get(httpPort(), HOLIDAYS_PATH).body());
        ((ArrayNode) body.get("holidays")).add(THURSDAY.toString());
        HttpResult saved = Http.request(httpPort(), "PUT", HOLIDAYS_PATH, body.toString(), ADMIN);
        assertEquals(saved.body(), 200, saved.status());
        assertTrue(saved.body(), json.readTree(saved.body()).get("holidays").toString().contains("\"2023-08-03\""));

        assertTrue(holidays.schedule(YEAR).orElseThrow().holidays().contains(THURSDAY));
        assertFalse("the new holiday is not a working day", calendar.isWorkingDay(THURSDAY));
        assertEquals(LocalDate.of(2023, 8, 8), calendar.endOfPeriod(APPROVAL_DAY, shippedCampaign.publicityWorkingDays()));
        // a file approved today (the platform runs on 2023-08-01) is in publicity one working day longer
        Application draft = applications.createDraft(new NewApplication(applicant.id(), YEAR, "engineering", "林业专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), as("applicant"));
        CompleteFiles.complete(contents, draft.id(), as("applicant")); // every field, the commitment signed
        Application submitted = applications.submit(draft.id(), draft.version(), as("applicant"));
        Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), as("employer"), "同意推荐");
        Publicity publicity = applications.publicity(approved.id(), IT).orElseThrow();
        assertEquals(APPROVAL_DAY, publicity.firstDay());
        assertEquals(LocalDate.of(2023, 8, 8), publicity.lastDay());

        AuditEntry entry = last(audit.entries("calendar:" + YEAR, IT));
        assertEquals("admin", entry.actor());
        assertEquals("HOLIDAYS_SAVED", entry.action());
        assertTrue(entry.detail(), entry.detail().contains("holidays：+2023-08-03"));
        Path file = etc().resolve("org.zhicheng.calendar-" + YEAR + ".cfg");
        Await.until(file + " holds the new holiday", STATE_TIMEOUT, () -> read(file).contains("2023-08-03"), () -> read(file));
    }

    @Test
    public void onlyAdministratorsAndIntegrationsMayChangeTheCalendar() throws Exception {
        String campaign = Http.get(httpPort(), CAMPAIGN_PATH).body();
        String moved = campaign.replace("\"2023-07-15\"", "\"2023-07-12\"");
        String withHoliday = json.writeValueAsString(json.createObjectNode()
                .<ObjectNode>set("holidays", json.createArrayNode().add(THURSDAY.toString()))
                .set("adjustedWorkingDays", json.createArrayNode()));
        long campaignEntries = audit.entries("campaign:" + YEAR, IT).size();
        long calendarEntries = audit.entries("calendar:" + YEAR, IT).size();

        for (String user : List.of("office", "dept-engineering", "kuqa-hr", "unit-shuili", "expert1", "ayigul")) {
            JsonNode refused = assertProblem(Http.request(httpPort(), "PUT", CAMPAIGN_PATH, moved, demo(user)), 403, "FORBIDDEN");
            assertTrue(refused.toString(), refused.get("message").get("zh").asText().contains("无权修改评审年度日程"));
            assertProblem(Http.request(httpPort(), "PUT", HOLIDAYS_PATH, withHoliday, demo(user)), 403, "FORBIDDEN");
        }
        assertProblem(Http.request(httpPort(), "PUT", CAMPAIGN_PATH, moved, null), 401, "UNAUTHENTICATED");
        assertProblem(Http.request(httpPort(), "PUT", HOLIDAYS_PATH, withHoliday, null), 401, "UNAUTHENTICATED");

        assertEquals(shippedCampaign, campaigns.campaign(YEAR).orElseThrow());
        assertEquals(shippedHolidays, holidays.schedule(YEAR).orElseThrow());
        assertEquals(campaignEntries, audit.entries("campaign:" + YEAR, IT).size());
        assertEquals(calendarEntries, audit.entries("calendar:" + YEAR, IT).size());
    }

    @Test
    public void badDatesAreRefusedInChineseAndChangeNothing_R08_R20() throws Exception {
        ObjectNode campaign = (ObjectNode) json.readTree(Http.get(httpPort(), CAMPAIGN_PATH).body());
        ((ObjectNode) campaign.get("applicationWindow")).put("first", "2024-07-15").put("last", "2024-08-30");
        JsonNode outside = assertProblem(Http.request(httpPort(), "PUT", CAMPAIGN_PATH, campaign.toString(), ADMIN), 400, "INVALID_INPUT");
        assertEquals("申报开始日期（2024-07-15）不在2023年度内（R-08）", outside.get("message").get("zh").asText());

        ObjectNode reviewFirst = (ObjectNode) json.readTree(Http.get(httpPort(), CAMPAIGN_PATH).body());
        ((ObjectNode) reviewFirst.get("reviewWindow")).put("first", "2023-07-01");
        JsonNode order = assertProblem(Http.request(httpPort(), "PUT", CAMPAIGN_PATH, reviewFirst.toString(), ADMIN), 400, "INVALID_INPUT");
        assertEquals("审核开始日期（2023-07-01）不得早于申报开始日期（2023-07-15）（R-08、R-09）", order.get("message").get("zh").asText());

        ObjectNode schedule = (ObjectNode) json.readTree(Http.get(httpPort(), HOLIDAYS_PATH).body());
        ((ArrayNode) schedule.get("holidays")).add("2023-10-07");
        JsonNode both = assertProblem(Http.request(httpPort(), "PUT", HOLIDAYS_PATH, schedule.toString(), ADMIN), 400, "INVALID_INPUT");
        assertEquals("2023-10-07不能既是节假日又是调休上班日", both.get("message").get("zh").asText());

        String noSuchDay = "{\"holidays\": [\"2023-02-30\"], \"adjustedWorkingDays\": []}";
        JsonNode malformed = assertProblem(Http.request(httpPort(), "PUT", HOLIDAYS_PATH, noSuchDay, ADMIN), 400, "INVALID_INPUT");
        assertTrue(malformed.toString(), malformed.get("message").get("zh").asText().contains("holidays"));

        assertEquals(shippedCampaign, campaigns.campaign(YEAR).orElseThrow());
        assertEquals(shippedHolidays, holidays.schedule(YEAR).orElseThrow());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 10, 7)));
        assertProblem(Http.get(httpPort(), "/api/v1/campaigns/1999"), 404, "UNKNOWN_CAMPAIGN");
    }

    @Test
    public void aNewYearGetsItsOwnConfigurationAndFileInEtc() throws Exception {
        int year = 2030;
        Path campaignFile = etc().resolve("org.zhicheng.campaign-" + year + ".cfg");
        Path calendarFile = etc().resolve("org.zhicheng.calendar-" + year + ".cfg");
        try {
            String campaign = Http.get(httpPort(), CAMPAIGN_PATH).body().replace("2023-", year + "-").replace(":2023,", ":" + year + ",");
            HttpResult created = Http.request(httpPort(), "PUT", "/api/v1/campaigns/" + year, campaign, ADMIN);
            assertEquals(created.body(), 200, created.status());
            assertEquals(LocalDate.of(year, 7, 15), campaigns.campaign(year).orElseThrow().applicationWindow().first());
            String holidaysOf2030 = "{\"holidays\": [\"2030-10-01\"], \"adjustedWorkingDays\": [\"2030-09-29\"]}";
            HttpResult scheduled = Http.request(httpPort(), "PUT", "/api/v1/calendar/" + year + "/holidays", holidaysOf2030, ADMIN);
            assertEquals(scheduled.body(), 200, scheduled.status());
            assertTrue(calendar.knowsYear(year));
            assertFalse(calendar.isWorkingDay(LocalDate.of(year, 10, 1)));
            assertTrue("Sunday worked instead", calendar.isWorkingDay(LocalDate.of(year, 9, 29)));

            // File Install writes the files from Config Admin on its own thread: one may still be empty at first
            Await.until("the campaign's file in etc/", STATE_TIMEOUT,
                    () -> read(campaignFile).matches("(?s).*\\bapplicationOpens\\s*=\\s*07-15\\b.*"), () -> read(campaignFile));
            Await.until("the calendar's file in etc/", STATE_TIMEOUT, () -> read(calendarFile).contains("2030-09-29"),
                    () -> read(calendarFile));
            // the creation is audited (File Install writing the new file back may add an entry of its own after it)
            List<AuditEntry> entries = audit.entries("campaign:" + year, IT);
            assertTrue(entries.toString(), entries.stream().anyMatch(e -> e.detail().startsWith("新建：")));
            assertEquals(1, configurationAdmin.listConfigurations("(&(service.factoryPid=org.zhicheng.campaign)(year=" + year + "))").length);
        } finally {
            forget(year, campaignFile, calendarFile);
        }
    }

    /** Deletes a year the test created, as an administrator would in the console (config:delete). */
    private void forget(int year, Path... files) throws Exception {
        for (String factoryPid : List.of("org.zhicheng.campaign", "org.zhicheng.calendar")) {
            Configuration[] configurations = configurationAdmin.listConfigurations("(&(service.factoryPid=" + factoryPid
                    + ")(year=" + year + "))");
            for (Configuration configuration : configurations == null ? new Configuration[0] : configurations) {
                configuration.delete();
            }
        }
        Await.until(year + " gone", STATE_TIMEOUT, () -> campaigns.campaign(year).isEmpty() && !calendar.knowsYear(year));
        // file install deletes a deleted configuration's file; whatever it left would come back at the next start
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    // ---- helpers

    private static Http.Credentials demo(String user) {
        return new Http.Credentials(user, RestLifecycleTests.DEMO_PASSWORD);
    }

    /** The status of a public GET; 0 while the platform does not answer. */
    private static int publicStatus(String path) {
        try {
            return Http.get(httpPort(), path).status();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Asserts the RFC 7807 problem with a Chinese message and returns it. */
    private JsonNode assertProblem(HttpResult response, int status, String code) throws IOException {
        assertEquals(response.body(), status, response.status());
        assertTrue(String.valueOf(response.header("Content-Type")), String.valueOf(response.header("Content-Type"))
                .startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertEquals(code, problem.get("code").asText());
        String zh = problem.get("message").get("zh").asText();
        assertTrue("Chinese message: " + zh, zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return problem;
    }

    private static AuditEntry last(List<AuditEntry> entries) {
        assertFalse(entries.isEmpty());
        return entries.get(entries.size() - 1);
    }

    private static Path etc() {
        return Paths.get(System.getProperty("karaf.etc"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
