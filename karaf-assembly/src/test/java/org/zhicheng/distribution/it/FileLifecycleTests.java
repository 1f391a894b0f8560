package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.testfixtures.CommitteeMeeting;

/**
 * Senior files of the agriculture series from filing to a verified certificate in the running platform: the
 * review chain, blind scoring, a defense and an exemption, the committee's meeting with its pass rate,
 * the certificate, and an intact audit log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FileLifecycleTests extends ContainerTestSupport {

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private ScoringService scoring;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private CertificateService certificates;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private MeetingService meetings;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AuditLog audit;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private SessionFactory sessionFactory;

    @Test
    public void seniorFilesGoFromFilingToAVerifiedCertificate_R22_R23_R34_R38() throws Exception {
        Await.until("agriculture accepting", STATE_TIMEOUT, () -> catalog.find("agriculture").map(s -> s.accepting()).orElse(false));
        Applicant best = applicant("阿瓦提县农业技术推广中心");
        Applicant second = applicant("拜城县农业技术推广中心");
        Applicant exempt = applicant("新和县农业技术推广中心");
        Application first = underEvaluation(senior(best), "agri-1", "agri-2");
        Application other = underEvaluation(senior(second), "agri-1", "agri-2");
        Application third = underEvaluation(senior(exempt), "agri-1", "agri-2");

        Map<Long, Boolean> votes = new HashMap<>();
        String[] shares = {"0.9", "0.8", "0.7"};
        List<Application> files = List.of(first, other, third);
        for (int i = 0; i < files.size(); i++) {
            for (String expert : List.of("agri-1", "agri-2")) {
                scoring.submitScoreSheet(files.get(i).id(), expert(expert), points(scoring.standardFor(files.get(i).id()), shares[i]));
            }
            votes.put(files.get(i).id(), true);
        }
        evaluation.recordDefenseScore(first.id(), new BigDecimal("88"), as("defense-panel"));
        evaluation.recordDefenseScore(other.id(), new BigDecimal("82"), as("defense-panel"));
        evaluation.exemptFromDefense(third.id(), DefenseExemption.VILLAGE_WORK_TEAM, as("committee-office"));
        assertEquals(0, new BigDecimal("85").compareTo(evaluation.defenseScore(third.id(), IT).orElseThrow()));

        setToday("2023-09-15"); // the committee meets inside the meetings window
        Minutes minutes = new CommitteeMeeting(evaluation, meetings, campaigns, as("committee"), IT, ContainerTestSupport::expert)
                .decide("agriculture.30", 2023, Grade.SENIOR, new BigDecimal("0.67"), votes); // Annex 5 row 30, 农艺专业
        assertEquals(2, minutes.passLimit());
        assertEquals(ApplicationStatus.PASSED, applications.find(first.id(), IT).orElseThrow().status());
        assertEquals(ApplicationStatus.PASSED, applications.find(other.id(), IT).orElseThrow().status());
        assertEquals(ApplicationStatus.FAILED, applications.find(third.id(), IT).orElseThrow().status());

        Certificate certificate;
        try {
            setToday("2023-12-04");
            certificate = certificates.issue(first.id(), as("committee-office"));
        } finally {
            setToday("2023-08-01");
        }
        assertEquals(ApplicationStatus.CERTIFIED, applications.find(first.id(), IT).orElseThrow().status());
        assertTrue(certificates.verify(certificate.number(), best.fullName()).valid());
        assertFalse(certificates.verify(certificate.number(), "冒名者").valid());
        // public verification over REST, no login
        HttpResult verified = Http.get(httpPort(), "/api/v1/certificates/" + certificate.number() + "/verification?name="
                + URLEncoder.encode(best.fullName(), StandardCharsets.UTF_8));
        assertEquals(verified.body(), 200, verified.status());
        assertTrue(verified.body(), verified.body().contains("\"valid\":true") && verified.body().contains("农艺专业"));
        HttpResult impostor = Http.get(httpPort(), "/api/v1/certificates/" + certificate.number() + "/verification?name="
                + URLEncoder.encode("冒名者", StandardCharsets.UTF_8));
        assertTrue(impostor.body(), impostor.body().contains("\"valid\":false") && !impostor.body().contains("农艺专业"));
        assertTrue(audit.verify(IT).intact());
        assertTrue(audit.entries("application:" + first.id(), IT).stream().anyMatch(e -> e.action().equals("APPLICATION_CERTIFIED")));
        // the same verification typed into the Karaf console
        Console.Answer typed = new Console(sessionFactory).run("zhicheng:certificate-verify " + certificate.number() + " "
                + best.fullName());
        assertTrue(typed.toString(), typed.output().startsWith("VALID " + certificate.number())
                && typed.output().contains("holder:    " + best.fullName()) && typed.output().contains("农艺专业"));
        Console.Answer typedImpostor = new Console(sessionFactory).run("zhicheng:certificate-verify " + certificate.number() + " 冒名者");
        assertTrue(typedImpostor.toString(), typedImpostor.output().startsWith("INVALID ") && !typedImpostor.output().contains("农艺专业"));
    }

    private Applicant applicant(String employer) {
        return withCareer(applicants.register(new NewApplicant("农艺师" + TestData.token(""), TestData.idNumber(), employer, Tier.COUNTY_CITY, ""), IT));
    }

    private static NewApplication senior(Applicant applicant) {
        return new NewApplication(applicant.id(), 2023, "agriculture", "农艺专业", TitleLevel.SENIOR_ASSOCIATE,
                Channel.A_PREFECTURE_DIRECTED);
    }

    static Map<String, BigDecimal> points(ScoringStandard standard, String share) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (ScoringItem item : standard.items()) {
            if (item.computed()) {
                continue; // the platform gives those from the file's seniority
            }
            points.put(item.id(), item.points().multiply(new BigDecimal(share)).setScale(2, RoundingMode.DOWN));
        }
        return points;
    }
}
