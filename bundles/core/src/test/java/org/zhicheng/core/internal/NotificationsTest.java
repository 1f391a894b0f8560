package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.notify.ContactSettings;
import org.zhicheng.api.notify.MessageChannel;
import org.zhicheng.api.notify.Notification;
import org.zhicheng.api.notify.NotificationKind;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.LabelTranslations;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.calendar.TestCalendars;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.notify.HttpSmsChannel;
import org.zhicheng.core.internal.notify.NotificationCenter;
import org.zhicheng.core.internal.notify.NotifyConfiguration;
import org.zhicheng.core.internal.notify.OutboxEntity;
import org.zhicheng.core.internal.notify.OutboxWorker;
import org.zhicheng.core.internal.notify.SmtpMailChannel;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

/**
 * Notifications (issue 12) on a real Derby database: who is told what, decided from the act; the outbox written in
 * the act's transaction and delivered once, through a real SMTP server (GreenMail) and a local SMS gateway stand-in.
 */
class NotificationsTest {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String WATER_UG = "سۇچىلىق سېرىيىسى";
    private static final String UNIT = "阿克苏地区水利局";
    private static final Locale UYGHUR = new Locale("ug");
    private static final char[] PASSWORD = "zhicheng-2023".toCharArray();

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private AuditLogImpl audit;
    private NotificationCenter center;
    private ApplicationServiceImpl applications;
    private FileContentServiceImpl contents;
    private AccountServiceImpl accounts;
    private Actor applicant;
    private Actor employer;
    private int nextId = 700;
    private GreenMail smtp;
    private HttpServer gateway;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        // the series' Uyghur name, as its plugin's series_ug.properties gives it (issue 19)
        TestDescriptors.declare(store, WATER, TestDescriptors.scoring(2023, 1, List.of("高", "中", "初")), "1.0.0",
                new LabelTranslations(Map.of("ug", Map.of("水利系列", WATER_UG))));
        campaigns = TestCampaigns.registry("2023-08-14", 2023);
        audit = new AuditLogImpl(jpa);
        center = new NotificationCenter(jpa, campaigns, store, config(Map.of()));
        audit.addObserver(center);
        applications = new ApplicationServiceImpl(jpa, store, campaigns, TestCalendars.china2023(),
                TestServices.universities2023(), audit);
        contents = TestServices.fileContents(jpa, store);
        accounts = new AccountServiceImpl(jpa, audit);
        applicant = applicantAccount("阿依古丽", "ayigul", "13912345678");
        employer = CoreActors.issue(accounts.createAccount(Actor.employer("unit-shuili", UNIT), PASSWORD, CoreActors.issue(Actor.admin("admin"))));
    }

    @AfterEach
    void close() {
        if (smtp != null) {
            smtp.stop();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
        jpa.close();
    }

    private static NotifyConfiguration config(Map<String, Object> values) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of("workerEnabled", false, "retrySeconds", 30));
        all.putAll(values);
        return TestCampaigns.configuration(NotifyConfiguration.class, all);
    }

    private Actor applicantAccount(String name, String username, String phone) {
        Actor account = accounts.registerApplicant(newApplicant(name, phone), username, PASSWORD);
        TestCareers.careers(jpa).record(TestCareers.engineer(account.applicantId()), TESTER);
        return account;
    }

    private NewApplicant newApplicant(String name, String phone) {
        return new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++), UNIT, null,
                Tier.PREFECTURE_DIRECT, phone);
    }

    private Application submitted(Actor owner) {
        Application draft = applications.createDraft(new NewApplication(owner.applicantId(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), owner);
        return CompleteFiles.submit(applications, contents, draft, owner);
    }

    private Application returned() {
        Application file = submitted(applicant);
        return applications.returnForRevision(file.id(), file.version(), employer, "毕业证书扫描件不清晰");
    }

    private List<Object[]> outbox() {
        return jpa.txExpr(em -> em.createQuery("SELECT o.channel, o.address, o.status, o.attempts, o.subject, o.text, o.id"
                + " FROM OutboxEntity o ORDER BY o.id", Object[].class).getResultList());
    }

    @Test
    void aReturnedFileTellsTheApplicantTheResubmissionDeadline_R14() {
        center.updateContact(new ContactSettings("ayigul@example.com", "13912345678"), applicant);
        Application file = returned();
        assertEquals(ApplicationStatus.RETURNED, file.status());

        List<Notification> mine = center.mine(applicant, 0, 20, Locale.CHINA);
        assertEquals(1, mine.size(), "one message to the applicant: the return");
        Notification message = mine.get(0);
        assertEquals(NotificationKind.RETURNED, message.kind());
        // returned on 2023-08-14, two days to resubmit
        assertTrue(message.title().contains("2023年8月16日"), message.title());
        assertTrue(message.body().contains("毕业证书扫描件不清晰"), message.body());
        assertEquals(file.id(), message.applicationId());
        assertEquals("2023-" + String.format("%06d", file.id()), message.fileNumber());
        assertEquals(1, center.unreadCount(applicant));
        assertTrue(center.mine(applicant, 0, 20, Locale.ENGLISH).get(0).title().contains("2023-08-16"));

        List<Object[]> rows = outbox().stream().filter(r -> ((String) r[1]).contains("ayigul") || "13912345678".equals(r[1]))
                .toList();
        assertEquals(2, rows.size(), "an email and an SMS for the applicant");
        assertTrue(rows.stream().allMatch(r -> ((String) r[5]).contains("2023年8月16日")));

        // the employer was told when the file reached it, and sees only its own messages
        List<Notification> employers = center.mine(employer, 0, 20, Locale.CHINA);
        assertEquals(List.of(NotificationKind.TO_REVIEW), employers.stream().map(Notification::kind).toList());
        ZhichengException notTheirs = assertThrows(ZhichengException.class,
                () -> center.markRead(message.id(), employer, Locale.CHINA));
        assertEquals("UNKNOWN_NOTIFICATION", notTheirs.code());
        assertEquals(1, center.unreadCount(applicant), "nothing changed by the refusal");

        assertTrue(center.markRead(message.id(), applicant, Locale.CHINA).read());
        assertEquals(0, center.unreadCount(applicant));
        assertEquals(1, center.markAllRead(employer));
        assertEquals(0, center.unreadCount(employer));
    }

    @Test
    void aRolledBackActLeavesNoMessageAndNoOutboxRow() {
        center.updateContact(new ContactSettings("ayigul@example.com", null), applicant);
        Application file = submitted(applicant);
        int rowsBefore = outbox().size();
        long before = center.unreadCount(applicant);
        assertThrows(IllegalStateException.class, () -> jpa.tx(em -> {
            ApplicationEntity entity = em.find(ApplicationEntity.class, file.id());
            entity.returnedOn(campaigns.today());
            new FileHistory(audit).move(em, entity, WorkflowAct.RETURN, "unit-shuili", "退回");
            assertEquals(before + 1, em.createQuery("SELECT COUNT(n) FROM NotificationEntity n WHERE n.recipient = 'ayigul'",
                    Long.class).getSingleResult(), "written inside the act's transaction");
            throw new IllegalStateException("the act fails after recording");
        }));
        assertEquals(before, center.unreadCount(applicant));
        assertEquals(rowsBefore, outbox().size());
    }

    @Test
    void theWorkerSendsEachMailOnceThroughSmtp() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        center.updateContact(new ContactSettings("ayigul@example.com", null), applicant);
        returned();
        OutboxWorker worker = new OutboxWorker(jpa, campaigns, center, config(Map.of()));
        worker.addChannel(mail(smtp.getSmtp().getPort()), Map.of(MessageChannel.CHANNEL, MessageChannel.EMAIL));

        assertEquals(1, worker.deliverDue());
        assertEquals(0, worker.deliverDue(), "a sent row is not sent again");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertTrue(received[0].getSubject().contains("2023年8月16日"), received[0].getSubject());
        assertTrue(((String) received[0].getContent()).contains("毕业证书扫描件不清晰"));
        long rowId = (Long) outbox().stream().filter(r -> "EMAIL".equals(r[0])).findFirst().orElseThrow()[6];
        assertEquals("<zhicheng-outbox-" + rowId + "@zhicheng.local>", received[0].getMessageID());
        assertEquals("SENT", outbox().stream().filter(r -> "EMAIL".equals(r[0])).findFirst().orElseThrow()[2].toString());
    }

    @Test
    void aRowClaimedButNotConfirmedBeforeARestartIsSentAgain() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        center.updateContact(new ContactSettings("ayigul@example.com", null), applicant);
        returned();
        // the JVM died after claiming the row: SENDING, never confirmed
        jpa.tx(em -> em.createQuery("UPDATE OutboxEntity o SET o.status = :s, o.claimedAt = :t")
                .setParameter("s", OutboxEntity.Status.SENDING).setParameter("t", Instant.now().minusSeconds(5))
                .executeUpdate());
        OutboxWorker restarted = new OutboxWorker(jpa, campaigns, center, config(Map.of()));
        restarted.addChannel(mail(smtp.getSmtp().getPort()), Map.of(MessageChannel.CHANNEL, MessageChannel.EMAIL));
        assertEquals(1, restarted.deliverDue());
        assertEquals(0, restarted.deliverDue());
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void aFailedSmsIsRetriedLaterWithTheSameIdAndThenGivenUp() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = new ArrayList<>();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = calls.incrementAndGet() == 1 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        gateway.start();
        returned(); // the registration phone 13912345678 is the applicant's mobile
        OutboxWorker worker = new OutboxWorker(jpa, campaigns, center, config(Map.of()));
        worker.addChannel(sms("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"),
                Map.of(MessageChannel.CHANNEL, MessageChannel.SMS));

        assertEquals(0, worker.deliverDue(), "the gateway failed");
        Object[] row = outbox().stream().filter(r -> "SMS".equals(r[0])).findFirst().orElseThrow();
        assertEquals("PENDING", row[2].toString());
        assertEquals(1, row[3]);
        assertEquals(0, worker.deliverDue(), "not due again before the backoff");
        makeDue();
        assertEquals(1, worker.deliverDue());
        assertEquals(2, bodies.size());
        assertEquals(bodies.get(0), bodies.get(1), "the same message, with the same id");
        assertTrue(bodies.get(1).contains("\"to\":\"13912345678\""), bodies.get(1));
        assertTrue(bodies.get(1).contains("2023年8月16日"), bodies.get(1));

        // a gateway that never answers 2xx: FAILED after maxAttempts, not retried for ever
        OutboxWorker patient = new OutboxWorker(jpa, campaigns, center, config(Map.of("maxAttempts", 2)));
        patient.addChannel(sms("http://127.0.0.1:1/none"), Map.of(MessageChannel.CHANNEL, MessageChannel.SMS));
        Application other = submitted(applicantAccount("艾尔肯", "erkin", "13800000000"));
        applications.returnForRevision(other.id(), other.version(), employer, "缺少继续教育证明");
        assertEquals(0, patient.deliverDue());
        makeDue();
        assertEquals(0, patient.deliverDue());
        makeDue();
        assertEquals(0, patient.deliverDue());
        assertTrue(outbox().stream().anyMatch(r -> "FAILED".equals(r[2].toString()) && (Integer) r[3] == 2));
    }

    @Test
    void eachNextReviewerTheApplicantAndTheAssignedExpertsAreTold() {
        Actor department = CoreActors.issue(accounts.createAccount(Actor.seriesDepartment("dept-water", java.util.Set.of("water")), PASSWORD,
                CoreActors.issue(Actor.admin("admin"))));
        Actor otherCounty = CoreActors.issue(accounts.createAccount(Actor.countyBureau("kuqa-hr", "库车市"), PASSWORD, CoreActors.issue(Actor.admin("admin"))));
        Actor office = CoreActors.issue(accounts.createAccount(Actor.committeeOffice("office", java.util.Set.of()), PASSWORD, CoreActors.issue(Actor.admin("admin"))));
        EvaluationServiceImpl evaluation = new EvaluationServiceImpl(jpa,
                new ScoringServiceImpl(jpa, new SeriesStore(jpa), audit, campaigns), audit, new SeriesStore(jpa));
        // an expert account names an expert of the pool (issue 15 item 1)
        for (String id : List.of("ea", "eb")) {
            evaluation.registerExpert(new org.zhicheng.api.evaluation.Expert(id, "专家" + id, "新疆农业大学",
                    java.util.Set.of("water"), java.util.Set.of()), CoreActors.issue(Actor.admin("admin")));
        }
        Actor expert = CoreActors.issue(accounts.createAccount(Actor.expert("expert-a", "ea"), PASSWORD, CoreActors.issue(Actor.admin("admin"))));
        Actor otherExpert = CoreActors.issue(accounts.createAccount(Actor.expert("expert-b", "eb"), PASSWORD, CoreActors.issue(Actor.admin("admin"))));

        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(
                applicant.applicantId(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED));
        assertEquals(List.of(NotificationKind.TO_REVIEW), kinds(employer), "submitted: the employer");
        assertEquals(List.of(NotificationKind.TO_REVIEW), kinds(department), "recommended: the series department");
        assertEquals(List.of(), kinds(otherCounty), "a county bureau that does not cover the file (R-19)");
        assertEquals(List.of(NotificationKind.TO_REVIEW), kinds(office), "fee paid: the committee office");
        Notification received = center.mine(applicant, 0, 10, Locale.CHINA).get(0);
        assertEquals(NotificationKind.MATERIAL_RECEIVED, received.kind());
        assertTrue(received.body().contains("2023年9月15日"), "the fee deadline (R-09): " + received.body());

        TestFiles.assign(evaluation, file.id(), "water", "ea");
        TestFiles.assign(evaluation, file.id(), "water", "eb");
        assertEquals(List.of(NotificationKind.EXPERT_ASSIGNED), kinds(expert), "once, however many assignments follow");
        assertEquals(List.of(NotificationKind.EXPERT_ASSIGNED), kinds(otherExpert));
        String task = center.mine(expert, 0, 10, Locale.CHINA).get(0).body();
        assertTrue(!task.contains("阿依古丽") && !task.contains(UNIT), "no identity for an expert (R-17): " + task);
    }

    @Test
    void theResultAndTheCertificateAreToldToTheApplicant_R10_R11() {
        Application file = submitted(applicant);
        for (ApplicationStatus to : List.of(ApplicationStatus.PASSED, ApplicationStatus.CERTIFIED)) {
            // the committee's vote and the certificate record the move in the history as here (skipping the steps between)
            jpa.tx(em -> StatusJumps.jump(em, audit, em.find(ApplicationEntity.class, file.id()), to, "office", "评审"));
        }
        assertEquals(List.of(NotificationKind.CERTIFIED, NotificationKind.PASSED), kinds(applicant));
        assertTrue(center.mine(applicant, 0, 1, Locale.CHINA).get(0).body().contains("文书与证书"));
    }

    @Test
    void reviewersWithFilesWaitingAreRemindedOnceTheDayBeforeTheReviewWindowCloses_R09() {
        submitted(applicant); // 2023-08-14, waiting for the employer
        OutboxWorker worker = new OutboxWorker(jpa, campaigns, center, config(Map.of()));
        TestCampaigns.setToday(campaigns, "2023-09-08");
        assertEquals(0, worker.remindNow());
        TestCampaigns.setToday(campaigns, "2023-09-09"); // the review window closes 09-10
        assertEquals(1, worker.remindNow());
        assertEquals(0, worker.remindNow());
        Notification reminder = center.mine(employer, 0, 1, Locale.CHINA).get(0);
        assertEquals(NotificationKind.DEADLINE_TOMORROW, reminder.kind());
        assertTrue(reminder.body().contains("尚有1件申报待办理"), reminder.body());
        assertEquals(List.of(), center.mine(applicant, 0, 10, Locale.CHINA), "nothing for the applicant to do");
    }

    @Test
    void anApplicantReadsTheReturnInUyghurWithTheSeriesUyghurName_R14() {
        Application file = returned();
        String number = "2023-" + String.format("%06d", file.id());

        Notification ug = center.mine(applicant, 0, 1, UYGHUR).get(0);
        assertEquals(NotificationKind.RETURNED, ug.kind());
        assertUyghur(ug.title());
        // the reviewer's reason is quoted as typed, the rest is Uyghur; returned 2023-08-14, two days to resubmit
        assertTrue(ug.body().contains("«\u2068毕业证书扫描件不清晰\u2069»"), ug.body());
        assertUyghur(ug.body().replace("毕业证书扫描件不清晰", ""));
        assertTrue(ug.title().contains("2023-يىلى 8-ئاينىڭ 16-كۈنىگىچە"), ug.title());
        assertTrue(ug.body().contains(number) && ug.body().contains(WATER_UG), ug.body());
        assertUyghur(ug.kind().uyghurTerm());

        // Chinese and English read as before
        Notification zh = center.mine(applicant, 0, 1, Locale.CHINA).get(0);
        assertTrue(zh.title().contains("2023年8月16日") && zh.body().contains("水利系列") && zh.body().contains(number),
                zh.body());
        Notification en = center.mine(applicant, 0, 1, Locale.ENGLISH).get(0);
        assertTrue(en.title().contains("2023-08-16") && !UyghurScript.hasChinese(en.title()), en.title());
        assertEquals(zh.id(), ug.id());
        // the mails and texts go out in Chinese, the platform's language
        assertTrue(outbox().stream().noneMatch(row -> UyghurScript.isUyghur((String) row[5])));
    }

    @Test
    void feeResultAndCertificateReadInUyghur_R29_R10_R11() {
        Application file = submitted(applicant);
        for (ApplicationStatus to : List.of(ApplicationStatus.MATERIAL_RECEIVED, ApplicationStatus.PASSED,
                ApplicationStatus.CERTIFIED)) {
            jpa.tx(em -> StatusJumps.jump(em, audit, em.find(ApplicationEntity.class, file.id()), to, "office", "评审"));
        }
        List<Notification> ug = center.mine(applicant, 0, 10, UYGHUR);
        assertEquals(List.of(NotificationKind.CERTIFIED, NotificationKind.PASSED, NotificationKind.MATERIAL_RECEIVED),
                ug.stream().map(Notification::kind).toList());
        for (Notification n : ug) {
            assertUyghur(n.title());
            assertUyghur(n.body());
            assertUyghur(n.kind().uyghurTerm());
            assertTrue(n.body().contains(WATER_UG), n.body());
        }
        // the fee deadline as the project writes a date in Uyghur
        assertTrue(ug.get(2).body().contains("2023-يىلى 9-ئاينىڭ 15-كۈنىگىچە"), ug.get(2).body());
        List<Notification> zh = center.mine(applicant, 0, 10, Locale.CHINA);
        assertTrue(zh.get(2).body().contains("2023年9月15日") && zh.get(0).body().contains("文书与证书"), zh.get(0).body());
        assertTrue(center.mine(applicant, 0, 10, Locale.ENGLISH).stream()
                .allMatch(n -> !UyghurScript.hasChinese(n.body()) && !UyghurScript.isUyghur(n.body())));
    }

    @Test
    void theResubmissionReminderReadsInUyghur_R14() {
        returned();
        TestCampaigns.setToday(campaigns, "2023-08-15");
        assertEquals(1, new OutboxWorker(jpa, campaigns, center, config(Map.of())).remindNow());
        Notification reminder = center.mine(applicant, 0, 1, UYGHUR).get(0);
        assertEquals(NotificationKind.DEADLINE_TOMORROW, reminder.kind());
        assertUyghur(reminder.title());
        assertUyghur(reminder.body());
        assertTrue(reminder.body().contains("2023-يىلى 8-ئاينىڭ 16-كۈنىگىچە"), reminder.body());
    }

    @Test
    void aRowWithoutUyghurAndAStaffMessageReadInChinese() {
        returned();
        // a row written before the Uyghur columns (change set 6-notification-ug) has none
        jpa.tx(em -> {
            em.createNativeQuery("UPDATE ZC_NOTIFICATION SET TITLE_UG = NULL, BODY_UG = NULL WHERE RECIPIENT = 'ayigul'")
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll(); // read the rows as stored, not as cached
        });
        Notification old = center.mine(applicant, 0, 1, UYGHUR).get(0);
        assertEquals(center.mine(applicant, 0, 1, Locale.CHINA).get(0), old);
        assertTrue(old.body().contains("毕业证书扫描件不清晰") && old.title().contains("2023年8月16日"), old.body());
        // staff screens stay Chinese in the Uyghur UI, and so do staff's messages
        Notification toReview = center.mine(employer, 0, 1, UYGHUR).get(0);
        assertEquals(NotificationKind.TO_REVIEW, toReview.kind());
        assertEquals(center.mine(employer, 0, 1, Locale.CHINA).get(0), toReview);
        assertTrue(UyghurScript.hasChinese(toReview.body()), toReview.body());
    }

    private static void assertUyghur(String text) {
        assertTrue(UyghurScript.isUyghur(text), "Arabic letters and no Chinese: " + text);
    }

    private List<NotificationKind> kinds(Actor actor) {
        return center.mine(actor, 0, 100, Locale.CHINA).stream().map(Notification::kind).toList();
    }

    private void makeDue() {
        jpa.tx(em -> em.createQuery("UPDATE OutboxEntity o SET o.nextAttemptAt = :t").setParameter("t", Instant.now())
                .executeUpdate());
    }

    @Test
    void theApplicantIsRemindedOnceTheDayBeforeTheResubmissionDeadline_R14() {
        returned(); // 2023-08-14: resubmit by 08-16
        OutboxWorker worker = new OutboxWorker(jpa, campaigns, center, config(Map.of()));
        assertEquals(0, worker.remindNow(), "two days before: nothing yet");
        TestCampaigns.setToday(campaigns, "2023-08-15");
        assertEquals(1, worker.remindNow());
        assertEquals(0, worker.remindNow(), "one reminder per deadline and person");
        assertEquals(0, new OutboxWorker(jpa, campaigns, center, config(Map.of())).remindNow(), "also after a restart");
        Notification reminder = center.mine(applicant, 0, 1, Locale.CHINA).get(0);
        assertEquals(NotificationKind.DEADLINE_TOMORROW, reminder.kind());
        assertTrue(reminder.body().contains("2023年8月16日"), reminder.body());
        TestCampaigns.setToday(campaigns, "2023-08-16");
        assertEquals(0, worker.remindNow());
    }

    @Test
    void contactSettingsAreCheckedAndTheRegistrationMobileIsTheDefault() {
        assertEquals(new ContactSettings(null, "13912345678"), center.contact(applicant));
        ZhichengException email = assertThrows(ZhichengException.class,
                () -> center.updateContact(new ContactSettings("not-an-address", null), applicant));
        assertEquals("email", email.field().orElseThrow());
        ZhichengException mobile = assertThrows(ZhichengException.class,
                () -> center.updateContact(new ContactSettings(null, "1391234567"), applicant));
        assertEquals("mobile", mobile.field().orElseThrow());
        assertEquals(new ContactSettings(null, "13912345678"), center.contact(applicant), "nothing changed");
        assertEquals(new ContactSettings(null, null), center.contact(employer));
        center.updateContact(new ContactSettings("shuili@example.com", null), employer);
        assertEquals(new ContactSettings("shuili@example.com", null), center.contact(employer));
        assertEquals(new ContactSettings(null, "13912345678"), center.contact(applicant), "each account its own");
        assertThrows(ZhichengException.class, () -> center.mine(TESTER, 0, 0, Locale.CHINA));
    }

    private static SmtpMailChannel mail(int port) {
        return new SmtpMailChannel(TestCampaigns.configuration(SmtpMailChannel.Configuration.class,
                Map.of("host", "127.0.0.1", "port", port, "from", "zhicheng@example.com")));
    }

    private static HttpSmsChannel sms(String url) {
        return new HttpSmsChannel(TestCampaigns.configuration(HttpSmsChannel.Configuration.class, Map.of("url", url,
                "timeoutMillis", 2000)));
    }
}
