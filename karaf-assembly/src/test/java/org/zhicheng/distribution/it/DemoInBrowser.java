package org.zhicheng.distribution.it;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * The demo distribution unpacked and started for one browser test class, with headless Chromium pointed at it. Inside
 * {@link DemoBrowsersIT} the classes that only read the demo and register their own people share one distribution
 * (each boot costs CI half a minute); each class still gets a browser of its own (cookies, language, window size).
 */
final class DemoInBrowser implements AutoCloseable {

    /** The distribution {@link DemoBrowsersIT} started for its classes; null outside it. */
    private static InstalledDistribution shared;

    final InstalledDistribution platform;
    final Browser browser;
    private final boolean ownsPlatform;

    private DemoInBrowser(InstalledDistribution platform, Browser browser, boolean ownsPlatform) {
        this.platform = platform;
        this.browser = browser;
        this.ownsPlatform = ownsPlatform;
    }

    static DemoInBrowser start(String name) throws Exception {
        if (shared != null) {
            return new DemoInBrowser(shared, new Browser("http://localhost:" + shared.httpPort() + "/"), false);
        }
        InstalledDistribution platform = startDemo(name);
        try {
            return new DemoInBrowser(platform, new Browser("http://localhost:" + platform.httpPort() + "/"), true);
        } catch (Exception | AssertionError failed) {
            platform.close();
            throw failed;
        }
    }

    /** Starts one demo distribution that {@link #start} hands to every class until {@link #stopShared}. */
    static void startShared(String name) throws Exception {
        shared = startDemo(name);
    }

    static void stopShared() throws Exception {
        InstalledDistribution platform = shared;
        shared = null;
        if (platform != null) {
            platform.close();
        }
    }

    private static InstalledDistribution startDemo(String name) throws Exception {
        InstalledDistribution platform = InstalledDistribution.unpack(name);
        try {
            platform.start();
            // on a busy machine the console answers before the web UI's servlet is registered
            Await.until("the web UI at /", Duration.ofSeconds(60), () -> {
                try {
                    return Http.get(platform.httpPort(), "/").status() == 200;
                } catch (IOException notYet) {
                    return false;
                }
            });
            return platform;
        } catch (Exception | AssertionError failed) {
            platform.close();
            throw failed;
        }
    }

    /** A rule that leaves a picture of what the user saw when a test fails: {@code <prefix><test method>.png}. */
    static TestWatcher screenshotOnFailure(Supplier<Browser> browser, String prefix) {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                try {
                    browser.get().screenshot(prefix + description.getMethodName());
                } catch (Exception ignored) {
                    // the failure itself is what matters
                }
            }
        };
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            if (ownsPlatform) {
                platform.close();
            }
        }
    }
}
