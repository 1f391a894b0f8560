package org.zhicheng.distribution.it;

import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.zhicheng.api.domain.ResidentIdNumber;

/** What the steps of {@link RoleFlowsIT}'s story share: its people, the platform and browser, what earlier steps left. */
abstract class RoleSteps {

    static final String DEMO_PASSWORD = "zhicheng";
    static final String EMPLOYER = "阿克苏地区水利局"; // the demo unit-shuili account's unit
    static final ResidentIdNumber ID_NUMBER = ResidentIdNumber.completing("65290119870909123");
    static final String FULL_NAME = "古丽米热·阿不都";
    static final String USERNAME = "gulmire";
    /** Identity: where she worked, by name, stays hidden from the experts. */
    static final String WORK_HISTORY = "2012年起在阿克苏地区水利局工程建设科从事水利工程设计";
    static final String PROJECT = "塔里木河干流防洪治理工程";
    /** A colleague whose file goes to the region's committee (channel B, R-05); opened over the REST API. */
    static final String CHANNEL_B_NAME = "帕提古丽·买买提";

    static DemoInBrowser demo;
    static InstalledDistribution platform;
    static Browser browser;
    static String certificateNumber;
    /** The demo's senior file, driven over REST beside the browser's, so that someone defends. */
    static SeniorDemoFile senior;

    /** A failed step leaves a picture of what the user saw. */
    @Rule
    public final TestWatcher failures = DemoInBrowser.screenshotOnFailure(() -> browser, "roles-FAILED-");

    static LoginPage login() {
        return new LoginPage(browser);
    }
}
