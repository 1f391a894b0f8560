package org.zhicheng.distribution.it;

import org.junit.ClassRule;
import org.junit.rules.ExternalResource;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * Browser test classes on ONE demo distribution (see {@link DemoInBrowser}): failsafe's default execution leaves them
 * out and runs this suite instead; each still runs alone with {@code -Dit.test=<class>} on a distribution of its own.
 * First those that neither move the platform clock nor install anything; then StaffScreensIT, which walks the demo's
 * submitted file through the staff screens (before ApplicantJourneyIT leaves a file of its own in the employer's
 * queue) and sets the demo's date back when it ends; then the applicants' classes, and MeetingBrowserIT, which sets the
 * dates it needs at each step on a file of its own; last BrowserIT, which removes the engineering plugin and puts it
 * back into deploy/ and out again, so that the platform ends without it.
 */
@RunWith(Suite.class)
@SuiteClasses({ SeriesLabelsIT.class, SeriesScreensIT.class, PhoneLayoutIT.class, StaffScreensIT.class,
        ApplicantJourneyIT.class, UyghurIT.class, MeetingBrowserIT.class, BrowserIT.class })
public class DemoBrowsersIT {

    @ClassRule
    public static final ExternalResource DEMO = new ExternalResource() {
        @Override
        protected void before() throws Throwable {
            DemoInBrowser.startShared("demo-browsers");
        }

        @Override
        protected void after() {
            try {
                DemoInBrowser.stopShared();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    };
}
