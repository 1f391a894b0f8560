package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.Series;

/**
 * The {@code zhicheng:} console commands typed into the container's Karaf console: what each prints is what core holds,
 * what each does is done, and a bad argument gets a clear message and changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConsoleTests extends ContainerTestSupport {

    private static final Pattern REGISTERED = Pattern.compile("registered applicant (\\d+) (\\S+)");

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private SessionFactory sessionFactory;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AuditLog audit;

    private Console console;

    @Before
    public void openConsole() {
        console = new Console(sessionFactory);
    }

    @Test
    public void seriesListPrintsEverySeriesOfTheCatalogWithItsAvailabilityAndPlugin() throws Exception {
        Console.Answer answer = console.run("zhicheng:series-list");
        assertTrue(answer.toString(), answer.succeeded());
        List<String> lines = answer.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(answer.output(), catalog.allSeries().size() + catalog.refusedPlugins().size(), lines.size());
        assertTrue("engineering is shipped", catalog.find("engineering").isPresent());
        for (Series series : catalog.allSeries()) {
            assertTrue(series.code() + " not listed in:\n" + answer, lines.stream().anyMatch(l -> l.startsWith(series.code() + " ")
                    && l.contains(" " + series.availability() + " ") && l.contains("specialties=" + series.specialties().size())
                    && l.endsWith("plugin=" + series.pluginBundle() + "/" + series.pluginVersion())));
        }
        for (PluginRefusal refusal : catalog.refusedPlugins()) {
            assertTrue(answer.output(), answer.output().contains("REFUSED " + refusal.pluginBundle() + "/" + refusal.pluginVersion()));
        }
    }

    @Test
    public void applicantRegisterRegistersTheApplicantAndApplicantListListsThem() throws Exception {
        String name = "控制台" + TestData.token("");
        ResidentIdNumber idNumber = TestData.idNumber();
        String employer = TestData.token("unit");
        long before = applicants.count(IT);

        Console.Answer registered = console.run("zhicheng:applicant-register " + name + " " + idNumber.value() + " " + employer
                + " county_city 库车市");
        assertTrue(registered.toString(), registered.succeeded());
        Matcher matcher = REGISTERED.matcher(registered.output());
        assertTrue(registered.output(), matcher.find());
        assertEquals(name, matcher.group(2));
        Applicant applicant = applicants.find(Long.parseLong(matcher.group(1)), IT).orElseThrow();
        assertEquals(name, applicant.fullName());
        assertEquals(idNumber.masked(), applicant.maskedIdNumber());
        assertEquals(employer, applicant.employer());
        assertEquals(Tier.COUNTY_CITY, applicant.tier());
        assertEquals("库车市", applicant.county());
        assertEquals(before + 1, applicants.count(IT));

        Console.Answer listed = console.run("zhicheng:applicant-list --limit 1000");
        assertTrue(listed.toString(), listed.succeeded());
        assertTrue(listed.output(), listed.output().lines().anyMatch(l -> l.equals("total " + applicants.count(IT))));
        String expected = applicant.id() + " " + name + " " + idNumber.masked() + " " + employer + " COUNTY_CITY";
        assertTrue("'" + expected + "' not in:\n" + listed, listed.output().lines().anyMatch(l -> l.trim().equals(expected)));
        // the page asked for: one applicant after skipping all but the last
        Console.Answer last = console.run("zhicheng:applicant-list --offset " + (applicants.count(IT) - 1) + " --limit 1");
        assertEquals(last.toString(), 2, last.output().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    public void badArgumentsToApplicantRegisterGetAClearMessageAndRegisterNoOne() throws Exception {
        String name = "控制台" + TestData.token("");
        String valid = TestData.idNumber().value();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        long before = applicants.count(IT);

        Console.Answer badId = console.run("zhicheng:applicant-register " + name + " " + wrongCheck + " unitx TOWNSHIP");
        assertFalse(badId.toString(), badId.succeeded());
        assertTrue(badId.error(), badId.error().contains("身份证号校验位错误") && badId.error().contains("check character"));

        Console.Answer badTier = console.run("zhicheng:applicant-register " + name + " " + valid + " unitx VILLAGE");
        assertFalse(badTier.toString(), badTier.succeeded());
        assertTrue(badTier.error(), badTier.error().contains("PREFECTURE_DIRECT, COUNTY_CITY or TOWNSHIP, not 'VILLAGE'"));
        assertFalse(badTier.error(), badTier.error().contains("No enum constant"));

        Console.Answer missing = console.run("zhicheng:applicant-register " + name);
        assertFalse(missing.toString(), missing.succeeded());
        assertTrue(missing.error(), missing.error().contains("idNumber"));

        Console.Answer badUnit = console.run("zhicheng:applicant-register --unit abc " + name + " " + valid + " unitx");
        assertFalse(badUnit.toString(), badUnit.succeeded());
        assertTrue(badUnit.error(), badUnit.error().contains("--unit") && badUnit.error().contains("abc"));

        // core's checks (issue 15 item 1): an ID number with no GB/T 2260 area, an employer longer than its column
        String noArea = TestData.idNumberCompleting("000000" + valid.substring(6, 17));
        Console.Answer badArea = console.run("zhicheng:applicant-register " + name + " " + noArea + " unitx");
        assertFalse(badArea.toString(), badArea.succeeded());
        assertTrue(badArea.error(), badArea.error().contains("行政区划代码") && badArea.error().contains("GB/T 2260"));
        Console.Answer longEmployer = console.run("zhicheng:applicant-register " + name + " " + valid + " " + "单".repeat(201));
        assertFalse(longEmployer.toString(), longEmployer.succeeded());
        assertTrue(longEmployer.error(), longEmployer.error().contains("工作单位不得超过200个字符"));

        assertEquals("nobody registered", before, applicants.count(IT));
        assertTrue(applicants.list(0, 1000, IT).stream().noneMatch(a -> a.fullName().equals(name)));
    }

    @Test
    public void auditListPrintsTheSubjectsHistoryAndAuditVerifyTheIntactChain_R36() throws Exception {
        Applicant applicant = withCareer(applicants.register(new NewApplicant("控制台" + TestData.token(""),
                TestData.idNumber(), TestData.token("unit"), Tier.TOWNSHIP, ""), IT)); // CAREER_RECORDED, by pax-exam
        String subject = "applicant:" + applicant.id();
        List<AuditEntry> history = audit.entries(subject, IT);
        assertEquals(1, history.size());

        Console.Answer listed = console.run("zhicheng:audit-list --subject " + subject);
        assertTrue(listed.toString(), listed.succeeded());
        AuditEntry entry = history.get(0);
        List<String> lines = listed.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(listed.toString(), 1, lines.size());
        String expected = entry.sequence() + " " + entry.at() + " " + (entry.platformDate() == null ? "-" : entry.platformDate())
                + " " + IT.username() + " CAREER_RECORDED " + subject + " ";
        assertTrue("'" + expected + "' does not begin:\n" + listed, lines.get(0).startsWith(expected));
        Console.Answer otherAction = console.run("zhicheng:audit-list --subject " + subject + " --action APPLICATION_SUBMITTED");
        assertEquals(otherAction.toString(), "", otherAction.output().strip());

        Console.Answer newest = console.run("zhicheng:audit-list --limit 1");
        assertTrue(newest.toString(), newest.output().lines().anyMatch(l -> l.equals("total " + audit.count(IT))));
        Console.Answer tooMany = console.run("zhicheng:audit-list --limit 5000");
        assertFalse(tooMany.toString(), tooMany.succeeded());
        assertTrue(tooMany.error(), tooMany.error().contains("limit 1 to " + AuditLog.MAX_PAGE_SIZE));

        Console.Answer verified = console.run("zhicheng:audit-verify");
        assertTrue(verified.toString(), verified.succeeded());
        assertEquals("audit log intact: " + audit.verify(IT).entriesChecked() + " entries", verified.output().strip());
    }

    /** Issue 15: a command acts as the Karaf user logged in to the console, and the audit log names them. */
    @Test
    public void commandsActAsTheLoggedInKarafUserAndTheAuditNamesThem_R36() throws Exception {
        String user = "ops-" + TestData.token("").toLowerCase();
        Console.Answer exported = console.runAs(Console.user(user, "admin"), "zhicheng:audit-checkpoints");
        assertTrue(exported.toString(), exported.succeeded());
        List<AuditEntry> exports = audit.entries("audit:checkpoints", IT);
        AuditEntry mine = exports.get(exports.size() - 1);
        assertEquals(user + "@console", mine.actor());
        assertEquals("AUDIT_CHECKPOINTS_EXPORTED", mine.action());
        // the export covers that very entry: its newest checkpoint anchors it or a later one
        String newest = exported.output().lines().filter(l -> l.startsWith("v1 ")).reduce((a, b) -> b).orElseThrow();
        assertTrue(newest, Long.parseLong(newest.split(" ")[2]) >= mine.sequence());

        // nobody logged in, or a Karaf user without the admin role: refused, and nothing recorded
        long before = audit.count(IT);
        Console.Answer anonymous = console.runAs(null, "zhicheng:audit-checkpoints");
        assertFalse(anonymous.toString(), anonymous.succeeded());
        assertTrue(anonymous.error(), anonymous.error().contains("needs a user logged in"));
        Console.Answer viewer = console.runAs(Console.user("guest", "viewer"), "zhicheng:audit-verify");
        assertFalse(viewer.toString(), viewer.succeeded());
        assertTrue(viewer.error(), viewer.error().contains("'guest' lacks the admin role"));
        assertEquals(before, audit.count(IT));
    }

    @Test
    public void certificateVerifyAnswersInvalidForAnUnknownNumberAndNeedsTheName_R38() throws Exception {
        Console.Answer unknown = console.run("zhicheng:certificate-verify ZC-2023-NONE-999999 某某");
        assertTrue(unknown.toString(), unknown.succeeded());
        assertTrue(unknown.output(), unknown.output().startsWith("INVALID "));
        assertFalse(unknown.output(), unknown.output().contains("holder:"));

        Console.Answer noName = console.run("zhicheng:certificate-verify ZC-2023-NONE-999999");
        assertFalse(noName.toString(), noName.succeeded());
        assertNotNull(noName.error());
        assertTrue(noName.error(), noName.error().contains("name"));
    }
}
