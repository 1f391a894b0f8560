package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.CoreOptions.when;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Issue 13 (features): the zhicheng features install into a STOCK Apache Karaf 4.4 (the plain
 * org.apache.karaf:apache-karaf distribution of the version the assembly is built on), not only into our own
 * assembly: the features repository is added as an administrator would (feature:repo-add), core, REST, UI and a
 * descriptor-only series plugin are installed with feature:install, their bundles turn active, the datasource comes
 * from the persistence feature's own configuration, and the REST API and the UI answer over HTTP.
 * The zhicheng artifacts come from this build: the distribution's system/ directory (a Maven repository holding every
 * bundle of the boot features and the features XML) is the stock Karaf's first repository; Pax Exam's own bundles come
 * from the build's local repository; no remote repository.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafIT {

    private static final String FEATURES_REPOSITORY = "mvn:org.zhicheng/zhicheng-features/%s/xml/features";
    private static final List<String> FEATURES = List.of("zhicheng-core", "zhicheng-rest", "zhicheng-ui",
            "zhicheng-series-archives");
    private static final List<String> BUNDLES = List.of("org.zhicheng.api", "org.zhicheng.core", "org.zhicheng.rest",
            "org.zhicheng.ui", "org.zhicheng.series.archives");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String HTTP_PORT = "zhicheng.it.http.port";
    private static final String PROJECT_VERSION = "zhicheng.version";

    @Inject
    private BundleContext bundleContext;

    @Inject
    @Filter(timeout = 60_000)
    private FeaturesService features;

    @Configuration
    public Option[] configuration() throws Exception {
        String karafVersion = ContainerTestSupport.requiredProperty("karaf.version");
        File stock = new File(ContainerTestSupport.requiredProperty("zhicheng.stock.karaf"));
        if (!stock.isFile()) {
            throw new IllegalStateException("No stock Karaf at " + stock + ": run 'mvn verify' on karaf-assembly");
        }
        File localRepository = new File(ContainerTestSupport.requiredProperty("zhicheng.m2"));
        File built = new File(new File(ContainerTestSupport.requiredProperty("zhicheng.distribution")).getParentFile(),
                "assembly/system");
        int httpPort = ContainerTestSupport.freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(stock.toURI().toString())
                        .karafVersion(karafVersion)
                        .name("Apache Karaf (stock)")
                        .unpackDirectory(new File(ContainerTestSupport.requiredProperty("zhicheng.it.workdir"), "stock"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                systemTimeout(300_000),
                when(Boolean.getBoolean("zhicheng.it.keep")).useOptions(keepRuntimeFolder()),
                // what this build made first (not a stale copy in ~/.m2), then the stock distribution's own system/
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                        built.toURI() + "@id=zhicheng.build@snapshots, ${karaf.home.uri}system@id=system.repository@snapshots"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository.getAbsolutePath()),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
                // free ports instead of 8181, 8101, 1099, 44444: an administrator's only edits
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ContainerTestSupport.freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(ContainerTestSupport.freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(ContainerTestSupport.freePort())),
                org.ops4j.pax.exam.CoreOptions.systemProperty(HTTP_PORT).value(Integer.toString(httpPort)),
                org.ops4j.pax.exam.CoreOptions.systemProperty(PROJECT_VERSION).value(ContainerTestSupport.requiredProperty(PROJECT_VERSION))));
        options.addAll(ContainerTestSupport.java17(karafVersion, new File(stockHome(stock), "lib/jdk9plus")));
        return options.toArray(new Option[0]);
    }

    @Test
    public void zhichengFeaturesInstallIntoStockKarafAndAnswerOverHttp() throws Exception {
        assertTrue("a stock Karaf knows no zhicheng feature before the repository is added",
                Arrays.stream(features.listFeatures()).noneMatch(f -> f.getName().startsWith("zhicheng-")));

        features.addRepository(URI.create(String.format(FEATURES_REPOSITORY, System.getProperty(PROJECT_VERSION))));
        features.installFeatures(new LinkedHashSet<>(FEATURES), EnumSet.noneOf(FeaturesService.Option.class));

        for (String feature : FEATURES) {
            assertTrue(feature + " installed", features.isInstalled(features.getFeature(feature)));
        }
        Await.until("the zhicheng bundles active", TIMEOUT, () -> BUNDLES.stream().allMatch(this::active),
                this::bundleStates);
        assertTrue("a stock Karaf has no UI feature of its own; zhicheng-ui brought Vaadin",
                Arrays.stream(bundleContext.getBundles()).anyMatch(b -> "com.vaadin.flow.server".equals(b.getSymbolicName())
                        && b.getState() == Bundle.ACTIVE));

        // the persistence feature's <config>: the datasource exists without any etc/ file shipped by us; core publishes
        // it as "zhicheng" once it has migrated the schema (issue 17), a little after its bundle is active
        Await.until("the zhicheng datasource from the feature's configuration, schema migrated", TIMEOUT, () -> {
            try {
                org.osgi.framework.ServiceReference<?>[] dataSources = bundleContext.getServiceReferences(
                        "javax.sql.DataSource", "(osgi.jndi.service.name=zhicheng)");
                return dataSources != null && dataSources.length == 1;
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        File etc = new File(System.getProperty("karaf.etc"));
        assertTrue("written to etc/ for the administrator", new File(etc, "org.ops4j.datasource-zhicheng.cfg").isFile());

        int port = Integer.getInteger(HTTP_PORT);
        // a public GET of the REST API reads core's catalog from Derby: the installed series is there
        // CXF may publish the endpoint again while the series register ("No service was found" for a moment)
        HttpResult[] answer = new HttpResult[1];
        Await.until("GET /api/v1/series lists the archives series", TIMEOUT, () -> {
            try {
                answer[0] = Http.get(port, "/api/v1/series");
            } catch (Exception e) {
                return false;
            }
            return answer[0].status() == 200 && answer[0].body().contains("\"archives\"");
        });
        HttpResult series = answer[0];
        assertTrue("the archives plugin's series is listed: " + series.body(), series.body().contains("\"archives\""));
        assertTrue("series not installed are not listed: " + series.body(), !series.body().contains("\"engineering\""));
        // authenticated routes refuse an anonymous caller
        Await.until("GET /api/v1/me refused 401 without credentials", TIMEOUT, () -> status(port, "/api/v1/me") == 401);
        // the Vaadin UI answers at /
        Await.until("GET / answers 200", TIMEOUT, () -> status(port, "/") == 200);
    }

    private boolean active(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles())
                .anyMatch(b -> symbolicName.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE);
    }

    private String bundleStates() {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> b.getSymbolicName().startsWith("org.zhicheng"))
                .map(b -> b.getSymbolicName() + "=" + b.getState()).collect(Collectors.joining(", "));
    }

    private static int status(int port, String path) {
        try {
            return Http.get(port, path).status();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Pax Exam unpacks the archive itself; the Java 17 libraries (lib/jdk9plus) are read from a copy unpacked here. */
    private static File stockHome(File archive) throws Exception {
        File home = new File(ContainerTestSupport.requiredProperty("zhicheng.it.workdir"), "stock-libs");
        File libs = new File(home, "lib/jdk9plus");
        if (!libs.isDirectory()) {
            home.mkdirs();
            Process tar = new ProcessBuilder("tar", "-xzf", archive.getAbsolutePath(), "-C", home.getAbsolutePath(),
                    "--strip-components=1", "--wildcards", "*/lib/jdk9plus/*").inheritIO().start();
            assertEquals("tar of " + archive, 0, tar.waitFor());
        }
        return home;
    }
}
