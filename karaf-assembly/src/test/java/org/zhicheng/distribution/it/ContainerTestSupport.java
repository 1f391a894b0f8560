package org.zhicheng.distribution.it;

import static org.ops4j.pax.exam.CoreOptions.bootClasspathLibrary;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.cm.ConfigurationAdmin;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;

/**
 * Boots the distribution this module has just built (target/*.tar.gz) with Pax Exam, on random ports.
 * Test classes share one container ({@code PerSuite}): they must leave it as they found it.
 */
public abstract class ContainerTestSupport {

    /** Two minutes: on a fresh database the first start migrates the schema before core's services appear (issue 17). */
    static final long SERVICE_TIMEOUT_MS = 120_000;
    static final Duration STATE_TIMEOUT = Duration.ofSeconds(30);

    static final String API_BUNDLE = "org.zhicheng.api";
    static final String CORE_BUNDLE = "org.zhicheng.core";
    static final String ENGINEERING_BUNDLE = "org.zhicheng.series.engineering";
    /** The Vaadin bridge; assert it once bundles/ui is in the zhicheng-ui feature. */
    static final String UI_BUNDLE = "org.zhicheng.ui";

    /** Set inside the container: the HTTP port Pax Web listens on (for the Vaadin page checks). */
    static final String HTTP_PORT_PROPERTY = "zhicheng.it.http.port";
    /** The committee table (Annex 5, ../shared/spec/committees.csv): set by failsafe, passed into the container. */
    static final String COMMITTEES_CSV_PROPERTY = "zhicheng.committees.csv";
    /** Set by failsafe's "postgresql" execution: the container runs on a real PostgreSQL server (PostgresqlIT). */
    static final String POSTGRESQL_PROPERTY = "zhicheng.it.postgresql";

    @Inject
    protected BundleContext bundleContext;

    // core's services, which every in-container test uses
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected SeriesCatalog catalog;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected ApplicantService applicants;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected ApplicationService applications;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected EvaluationService evaluation;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected CampaignService campaigns;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected FileContentService contents;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected CareerService careers;

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    /** Whether this container's demo loader has rested (checked once, before the first test). */
    private static volatile boolean demoRested;

    /**
     * The demo loader registers its applicants while the first tests already run: a test counting applicants or
     * accounts would count the demo's too. Before the first test, wait until there are applicants and their count has
     * not moved for 5 s (at most two minutes; tests needing the demo's data wait for it themselves).
     */
    @org.junit.Before
    public void demoLoaderRested() throws InterruptedException {
        if (demoRested) {
            return;
        }
        // core's services come up before the series are declared (issue 16, item 4): wait for the catalog's readiness
        Await.until("the series catalog ready (every running plugin declared)", Duration.ofMinutes(2), catalog::ready);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        long count = applicants.count(IT);
        long stableSince = System.nanoTime();
        // both containers (ContainerIT, PostgresqlIT) carry the demo: none registered yet means it has not started
        while (System.nanoTime() < deadline
                && (count == 0 || System.nanoTime() - stableSince < java.util.concurrent.TimeUnit.SECONDS.toNanos(5))) {
            Thread.sleep(250);
            long now = applicants.count(IT);
            if (now != count) {
                count = now;
                stableSince = System.nanoTime();
            }
        }
        // the demo's platform date (etc/org.zhicheng.clock.cfg) reaches core through File Install and Config Admin on
        // their own threads; since core starts right after the web UI (issue 16) its services, and so the first test,
        // can come before it: a test of the 2023 calendar would see the real date
        Await.until("the demo's platform date " + DEMO_DATE + " in force", STATE_TIMEOUT.multipliedBy(3),
                () -> campaigns.today().equals(DEMO_DATE), () -> "the platform's today is " + campaigns.today());
        demoRested = true;
    }

    /** The platform date the zhicheng-demo feature configures (pid org.zhicheng.clock). */
    private static final LocalDate DEMO_DATE = LocalDate.of(2023, 8, 1);

    @Configuration
    public Option[] configuration() throws IOException {
        String karafVersion = requiredProperty("karaf.version");
        File distribution = new File(requiredProperty("zhicheng.distribution"));
        if (!distribution.isFile()) {
            throw new IllegalStateException("No distribution at " + distribution + ": run 'mvn verify' on karaf-assembly");
        }
        File workDir = new File(requiredProperty("zhicheng.it.workdir"));
        int httpPort = freePort();

        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(distribution.toURI().toString())
                        .karafVersion(karafVersion)
                        .name("Zhicheng")
                        .unpackDirectory(new File(workDir, "exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                systemTimeout(180_000),
                when(Boolean.getBoolean("zhicheng.it.keep")).useOptions(keepRuntimeFolder()),
                // the 2023 demonstration (demo data, accounts, clock on 2023-08-01), as bin/demo starts it (issue 15)
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "zhicheng-demo"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
                systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(httpPort))));
        if (Boolean.getBoolean(POSTGRESQL_PROPERTY)) {
            options.addAll(postgresql(PostgresServer.start()));
        }
        // DocumentTests saves the PDFs it downloads, and their pictures, with the browser tests' screenshots (issue 18)
        options.add(systemProperty("zhicheng.screenshots").value(new File(requiredProperty("zhicheng.screenshots"))
                .getAbsolutePath()));
        String committeesCsv = System.getProperty(COMMITTEES_CSV_PROPERTY);
        if (committeesCsv != null && !committeesCsv.isBlank()) {
            // read inside the container by CommitteeTablesTests, which fails with a clear message when it is missing
            options.add(systemProperty(COMMITTEES_CSV_PROPERTY).value(new File(committeesCsv).toPath().toAbsolutePath().normalize().toString()));
        }
        options.addAll(java17(karafVersion, new File(distribution.getParentFile(), "assembly/lib/jdk9plus")));
        return options.toArray(new Option[0]);
    }

    /** The switch to PostgreSQL as docs/operating.md describes it: the datasource file's driver, url and account. */
    static List<Option> postgresql(PostgresServer server) {
        String cfg = "etc/org.ops4j.datasource-zhicheng.cfg";
        return List.of(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", server.url()),
                editConfigurationFilePut(cfg, "user", PostgresServer.USER),
                editConfigurationFilePut(cfg, "password", PostgresServer.PASSWORD),
                systemProperty(DatabaseTests.EXPECTED_DATABASE_PROPERTY).value("PostgreSQL"));
    }

    /**
     * What bin/karaf passes to Java 9+ (Pax Exam starts Karaf with its own command line), and the distribution's
     * lib/jdk9plus: bin/karaf puts it on the class path (the system bundle exports javax.annotation, JAXB from it);
     * Pax Exam builds its own class path from lib/, lib/boot and lib/ext only.
     */
    static List<Option> java17(String karafVersion, File jdk9plus) {
        List<Option> options = new ArrayList<>();
        options.add(java17Flags(karafVersion));
        for (File jar : Optional.ofNullable(jdk9plus.listFiles((dir, name) -> name.endsWith(".jar"))).orElse(new File[0])) {
            options.add(bootClasspathLibrary(jar.toURI().toString()));
        }
        return options;
    }

    private static Option java17Flags(String karafVersion) {
        return composite(vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"));
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (see the failsafe configuration)");
        }
        return value;
    }

    /**
     * A port nobody listens on, below Linux's ephemeral range (32768 and up) and above Pax Exam's RMI ports
     * (21000-21099): a port the kernel picked for us could be handed out again to a Karaf's own random shutdown port
     * or to an outgoing connection before the Karaf meant to listen on it has started.
     */
    static synchronized int freePort() throws IOException {
        for (int tries = 0; tries < 1000; tries++) {
            int port = 22000 + PORTS.nextInt(10000);
            if (!GIVEN.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // in use: the next one
            }
        }
        throw new IOException("no free port between 22000 and 32000");
    }

    private static final java.util.Random PORTS = new java.util.Random();
    private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

    // ---- helpers used inside the container

    protected Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    protected static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> Integer.toString(bundle.getState());
        };
    }

    /**
     * A file driven through the 2023 review chain as its people would drive it, the platform date moved through
     * Config Admin (org.zhicheng.clock) where the chain waits for the publicity; sent to the committee with the
     * given experts assigned. The date is back at the shipped 2023-08-01 afterwards.
     */
    /**
     * The in-container tests act as the integration role (which may drive every step), under the given name: an
     * account signed in through core, as core acts for no actor it did not issue (issue 15).
     */
    protected static Actor as(String name) {
        return SignedIn.integration(name);
    }

    /** The test itself reading and setting up, named in the audit log. */
    protected static final Actor IT = as("pax-exam");

    /** The signed-in account of an expert of the pool (registered before). */
    protected static Actor expert(String expertId) {
        return SignedIn.expert(expertId);
    }

    /**
     * The applicant with a professional record that opens every level of the shipped series (R-12, their sample
     * minimums): professional work since 2005-07-01, 工程师 appointed 2012-07-01, 大学本科.
     */
    protected Applicant withCareer(Applicant applicant) {
        careers.record(new CareerRecord(applicant.id(), LocalDate.of(2005, 7, 1), "工程师", LocalDate.of(2012, 7, 1),
                "大学本科", null, null, 0, true), IT);
        return applicant;
    }

    protected Application underEvaluation(NewApplication request, String... experts) throws Exception {
        try {
            setToday("2023-08-14");
            Application draft = applications.createDraft(request, as("applicant"));
            CompleteFiles.complete(contents, draft.id(), as("applicant")); // R-13: every field, the commitment signed
            Application submitted = applications.submit(draft.id(), draft.version(), as("applicant"));
            Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), as("employer"), "同意推荐");
            setToday("2023-08-21");
            Application recommended = applications.recommend(approved.id(), approved.version(), as("employer"));
            Application received = applications.acceptMaterial(recommended.id(), recommended.version(), as("county-bureau"));
            Application paid = applications.recordFeePayment(received.id(), received.version(), new FeePayment(received.id(),
                    applications.feeFor(received.id(), IT), FeePayment.Method.QR_CODE, "WX-IT-" + received.id(),
                    LocalDate.of(2023, 8, 21), "committee-office"), as("committee-office"));
            Application file = evaluation.startEvaluation(paid.id(), paid.version(), as("committee-office"));
            for (String expert : experts) {
                evaluation.registerExpert(new Expert(expert, "专家" + expert, "新疆农业大学", Set.of(request.seriesCode()), Set.of()), IT);
            }
            evaluation.assignExperts(file.id(), List.of(experts), as("committee-office"));
            return file;
        } finally {
            setToday("2023-08-01");
        }
    }

    /** As an administrator would: config:property-set -p org.zhicheng.clock date ... */
    protected void setToday(String date) throws IOException {
        LocalDate wanted = LocalDate.parse(date);
        configure("org.zhicheng.clock", "date", date);
        // Config Admin delivers the change on its own thread, which may take a while on a busy machine; and File
        // Install, writing an earlier change back to etc/org.zhicheng.clock.cfg late, can hand that earlier date back
        // to Config Admin: so the date is set again while the platform shows another
        long[] lastSet = {System.nanoTime()};
        Await.until("platform date " + date, STATE_TIMEOUT.multipliedBy(3), () -> {
            if (campaigns.today().equals(wanted)) {
                return true;
            }
            if (System.nanoTime() - lastSet[0] > java.util.concurrent.TimeUnit.SECONDS.toNanos(5)) {
                try {
                    configure("org.zhicheng.clock", "date", date);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                lastSet[0] = System.nanoTime();
            }
            return false;
        }, () -> {
            try {
                return "Config Admin holds " + configurationAdmin.getConfiguration("org.zhicheng.clock", null).getProperties()
                        + "; the platform's today is " + campaigns.today();
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    /** As an administrator would: config:property-set -p PID KEY VALUE (the other properties kept). */
    protected void configure(String pid, String key, Object value) throws IOException {
        org.osgi.service.cm.Configuration configuration = configurationAdmin.getConfiguration(pid, null);
        Dictionary<String, Object> properties = Optional.ofNullable(configuration.getProperties()).orElseGet(Hashtable::new);
        properties.put(key, value);
        configuration.update(properties);
    }

    /** The REST API over HTTP as a client sees it, once GET /api/v1/series answers (the whiteboard is up). */
    protected static JsonApi restApi() {
        JsonApi api = new JsonApi(httpPort());
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/series", null).status() == 200);
        return api;
    }

    protected static int httpPort() {
        return Integer.parseInt(System.getProperty(HTTP_PORT_PROPERTY));
    }

    /** A service of the container, waited for (up to {@link #SERVICE_TIMEOUT_MS}); for code without injected fields. */
    static <S> S service(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(ContainerTestSupport.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S found = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (found == null) {
                throw new IllegalStateException("no " + type.getSimpleName() + " service");
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            tracker.close();
        }
    }
}
