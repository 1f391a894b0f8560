package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.time.LocalDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.zhicheng.api.calendar.WorkingDayCalendar;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.service.ZhichengException;

/** The distribution as shipped: bundles up, database and persistence unit up, data round trip. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformTests extends ContainerTestSupport {

    @Inject
    @Filter(value = "(osgi.jndi.service.name=zhicheng)", timeout = SERVICE_TIMEOUT_MS)
    private DataSource dataSource;

    @Inject
    @Filter(value = "(osgi.unit.name=zhicheng)", timeout = SERVICE_TIMEOUT_MS)
    private EntityManagerFactory entityManagerFactory;

    @Inject
    @Filter(value = "(osgi.unit.name=zhicheng)", timeout = SERVICE_TIMEOUT_MS)
    private JpaTemplate jpaTemplate;

    @Test
    public void coreAndPluginBundlesAreActive() {
        for (String symbolicName : List.of(API_BUNDLE, CORE_BUNDLE, UI_BUNDLE, ENGINEERING_BUNDLE)) {
            Bundle bundle = bundle(symbolicName).orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
            Await.until(symbolicName + " ACTIVE", STATE_TIMEOUT, () -> bundle.getState() == Bundle.ACTIVE,
                    () -> symbolicName + " is " + state(bundle));
        }
    }

    @Test
    public void everyBundleIsActiveOrAResolvedFragment() {
        // the features service may still be finishing boot's one refresh (pax-jdbc's prerequisite) when tests begin
        Await.until("every bundle ACTIVE (fragments RESOLVED)", STATE_TIMEOUT, () -> notStarted().isEmpty(),
                () -> "Bundles not started:\n" + String.join("\n", notStarted()));
    }

    private List<String> notStarted() {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null ? b.getState() != Bundle.ACTIVE
                        : b.getState() != Bundle.RESOLVED)
                .map(b -> b.getBundleId() + " " + b.getSymbolicName() + " " + state(b) + " " + b.getLocation())
                .collect(Collectors.toList());
    }

    /**
     * Issue 16 (start): what core's migration and persistence unit need runs at start level 55, right after Vaadin and
     * the web UI (50) and before Karaf's default 80 (CXF, the series plugins), so the migration overlaps their start;
     * zhicheng-persistence re-declares Karaf's bundles for that, and a version that drifted from Karaf's would install
     * a second copy instead.
     */
    @Test
    public void thePersistenceStackStartsRightAfterTheWebUiInOneCopyEach() {
        int ui = startLevel(bundle(UI_BUNDLE).orElseThrow());
        int core = startLevel(bundle(CORE_BUNDLE).orElseThrow());
        assertTrue("core " + core + " after the UI " + ui + ", before Karaf's default 80", ui < core && core < 80);
        java.util.Map<String, List<Bundle>> byArtifact = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getLocation().matches("mvn:(org\\.ops4j\\.pax\\.jdbc|org\\.apache\\.derby|org\\.postgresql"
                        + "|org\\.eclipse\\.persistence|org\\.liquibase|org\\.apache\\.aries\\.jpa)/.*"))
                .collect(Collectors.groupingBy(b -> b.getLocation().replaceAll("^mvn:([^/]+/[^/]+)/.*", "$1")));
        assertTrue("the persistence stack: " + byArtifact.keySet(), byArtifact.size() >= 14);
        byArtifact.forEach((artifact, bundles) -> {
            assertEquals(artifact + " installed once: " + bundles, 1, bundles.size());
            assertTrue(artifact + " starts with core or before it", startLevel(bundles.get(0)) <= core);
        });
    }

    private static int startLevel(Bundle bundle) {
        return bundle.adapt(org.osgi.framework.startlevel.BundleStartLevel.class).getStartLevel();
    }

    @Test
    public void everyBundleComesFromTheDistribution() {
        // Everything is installed through features by Maven coordinates (resolved from system/; RestartIT boots
        // with an empty local repository to prove that nothing else is needed), except Pax Exam's probe.
        List<String> foreign = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getBundleId() != 0)
                .map(Bundle::getLocation)
                .filter(location -> !(location.startsWith("mvn:") || location.startsWith("wrap:mvn:")))
                .filter(location -> !location.contains("pax-exam") && !location.startsWith("local"))
                .collect(Collectors.toList());
        assertTrue("Bundles from elsewhere: " + foreign, foreign.isEmpty());
    }

    @Test
    public void datasourceIsEmbeddedDerbyUnderKarafData() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("Apache Derby", connection.getMetaData().getDatabaseProductName());
            String url = connection.getMetaData().getURL();
            String expected = "jdbc:derby:" + System.getProperty("karaf.data") + "/derby/zhicheng";
            assertTrue("Derby URL " + url + " should be " + expected, url.replace('\\', '/')
                    .startsWith(expected.replace('\\', '/')));
        }
    }

    @Test
    public void persistenceUnitIsUp() {
        assertTrue(entityManagerFactory.isOpen());
        // the demo loader may still be registering its applicants: both counts agree once it rests
        Await.until("the persistence unit counts what the service counts", STATE_TIMEOUT, () -> applicants.count(IT)
                == jpaTemplate.txExpr(TransactionType.Required, em -> em.createQuery("SELECT COUNT(a) FROM ApplicantEntity a",
                        Long.class).getSingleResult()).longValue());
    }

    @Test
    public void applicantWrittenThroughTheApiIsReadBack() throws Exception {
        ResidentIdNumber idNumber = TestData.idNumber();
        String employer = TestData.token("阿克苏地区测试单位-");
        long before = applicants.count(IT);

        Applicant registered = applicants.register(new NewApplicant("测试申报人", idNumber, employer, Tier.COUNTY_CITY, "0997-0000000"), IT);

        Applicant found = applicants.find(registered.id(), IT).orElseThrow(() -> new AssertionError("not found by id"));
        assertEquals(registered, found);
        assertEquals("测试申报人", found.fullName());
        assertEquals(employer, found.employer());
        assertEquals(Tier.COUNTY_CITY, found.tier());
        assertEquals(idNumber.masked(), found.maskedIdNumber());
        assertEquals(before + 1, applicants.count(IT));
        assertTrue("listed", applicants.list(0, 1000, IT).contains(found));

        // and it is really in the datasource's database, not only in a persistence context
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT FULL_NAME, ID_NUMBER FROM ZC_APPLICANT WHERE ID = ?")) {
            query.setLong(1, registered.id());
            try (ResultSet row = query.executeQuery()) {
                assertTrue("row in ZC_APPLICANT", row.next());
                assertEquals("测试申报人", row.getString(1));
                assertEquals(idNumber.value(), row.getString(2));
            }
        }
    }

    @Test
    public void secondRegistrationWithTheSameIdNumberIsRefused() {
        ResidentIdNumber idNumber = TestData.idNumber();
        applicants.register(new NewApplicant("甲", idNumber, "单位甲", Tier.TOWNSHIP, ""), IT);
        try {
            applicants.register(new NewApplicant("乙", idNumber, "单位乙", Tier.TOWNSHIP, ""), IT);
            fail("a second applicant with the same ID number was accepted");
        } catch (ZhichengException expected) {
            assertEquals("DUPLICATE_ID_NUMBER", expected.code());
        }
    }

    @Test
    public void the2023HolidayScheduleShippedInEtcIsInForce_R20() {
        // the calendar is looked up at each try: in one clean-clone CI run (stop 25's) the injected field was null when
        // this, the container's first test, read it
        Await.until("the 2023 holiday schedule configured", STATE_TIMEOUT, () -> service(WorkingDayCalendar.class).knowsYear(2023));
        assertEquals(LocalDate.of(2023, 10, 9), service(WorkingDayCalendar.class).endOfPeriod(LocalDate.of(2023, 9, 27), 5));
    }

    @Test
    public void vaadinPageAnswers200WithTheProductionFrontend() throws Exception {
        HttpResult page = Http.get(httpPort(), "/");
        assertEquals(200, page.status());
        assertTrue("Vaadin's bootstrap page:\n" + page.body(), page.body().contains("VAADIN/build/indexhtml"));
        assertTrue("Chinese page (lang=zh):\n" + page.body(), page.body().contains("lang=\"zh\""));

        // the bridge serves the frontend bundle from the ui bundle and the push script from flow-push
        String script = page.body().replaceAll("(?s).*src=\"\\./(VAADIN/build/indexhtml[^\"]+)\".*", "$1");
        assertEquals(200, Http.get(httpPort(), "/" + script).status());
        HttpResult init = Http.get(httpPort(), "/?v-r=init&location=&query=");
        assertEquals(200, init.status());
        String pushScript = init.body().replaceAll("(?s).*\"pushScript\":\"\\./([^\"]+)\".*", "$1");
        assertTrue("push script named in " + init.body(), pushScript.startsWith("VAADIN/static/push/"));
        assertEquals(200, Http.get(httpPort(), "/" + pushScript).status());
    }
}
