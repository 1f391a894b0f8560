package org.zhicheng.distribution.it;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/** The demo distribution unpacked and started for one browser test class, with headless Chromium pointed at it. */
final class DemoInBrowser implements AutoCloseable {

    final InstalledDistribution platform;
    final Browser browser;

    private DemoInBrowser(InstalledDistribution platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    static DemoInBrowser start(String name) throws Exception {
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
            return new DemoInBrowser(platform, new Browser("http://localhost:" + platform.httpPort() + "/"));
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
            platform.close();
        }
    }
}
