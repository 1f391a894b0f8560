package org.zhicheng.distribution.it;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.runner.RunWith;
import org.junit.runners.Suite.SuiteClasses;

/**
 * Each role's main flow in the web UI of the real demo distribution, in headless Chromium, carrying one application
 * from the applicant's own registration to a certificate anyone can verify: the applicant registers, opens and
 * submits a file; the employer approves it into publicity and recommends it; the series department records a
 * continuing-education exemption form (Annex 4) and receives the material, and records a colleague's channel B
 * file's entrustment letter; the applicant pays; the committee office sends it to the committee and assigns two
 * experts, who score the blind file on pages that never show who the applicant is; the committee votes
 * and the certificate is issued; the public verifies it; the administrator finds the audit log intact
 * . Last, a series plugin leaves and returns while the applicant is logged in. The platform date is moved with
 * the Karaf console, as an administrator would. Screenshots: target/screenshots/roles-*.png.
 * <p>
 * One distribution and one browser for the whole story; each step class holds a role's steps (or a few roles'), and
 * {@link StoryOrder} runs all steps in the story's order, by their names (a_, b_, c2_, c_, d_, …), passing from role
 * to role. The screens are driven through their page objects ({@link Screen}).
 */
@RunWith(StoryOrder.class)
@SuiteClasses({ ApplicantSteps.class, ReviewerSteps.class, CommitteeSteps.class, PublicAndAdministratorSteps.class })
public class RoleFlowsIT {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        RoleSteps.demo = DemoInBrowser.start("roles");
        RoleSteps.platform = RoleSteps.demo.platform;
        RoleSteps.browser = RoleSteps.demo.browser;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (RoleSteps.demo != null) {
            RoleSteps.demo.close();
        }
    }
}
