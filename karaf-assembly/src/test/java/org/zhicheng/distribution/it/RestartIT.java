package org.zhicheng.distribution.it;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.zhicheng.api.domain.ResidentIdNumber;

/** Data written before a stop of the real distribution is there after the next start. */
public class RestartIT {

    private static final Pattern REGISTERED = Pattern.compile("registered applicant (\\d+) (\\S+)");

    private InstalledDistribution platform;

    @Before
    public void unpack() throws Exception {
        assumeFalse("bin/start and bin/client are shell scripts", System.getProperty("os.name").startsWith("Windows"));
        platform = InstalledDistribution.unpack("restart");
    }

    @After
    public void stopIfRunning() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    public void dataWrittenBeforeAStopIsThereAfterAStart() throws Exception {
        ResidentIdNumber idNumber = TestData.idNumber();
        String name = TestData.token("Restart-");
        String employer = TestData.token("Employer-");

        platform.start();
        String bundles = platform.client("bundle:list -t 0 --no-format");
        assertTrue("bundles not started after boot:\n" + bundles,
                bundles.lines().filter(l -> l.matches("\\s*\\d+\\s*\\|?.*")).noneMatch(l -> l.contains("Installed") || l.contains("Failure")));
        String registered = platform.client("zhicheng:applicant-register " + name + " " + idNumber.value() + " " + employer + " TOWNSHIP");
        Matcher matcher = REGISTERED.matcher(registered);
        assertTrue("register answered: " + registered, matcher.find());
        String id = matcher.group(1);
        assertListed(id, name, idNumber, employer, platform.client("zhicheng:applicant-list --limit 1000"));

        platform.stop();
        platform.start();
        assertListed(id, name, idNumber, employer, platform.client("zhicheng:applicant-list --limit 1000"));
        assertTrue("Derby files under data/derby", Files.isDirectory(platform.home().resolve("data/derby/zhicheng")));
        // the demo files' history is in the audit log, whose hash chain survives the restart intact
        String verified = platform.client("zhicheng:audit-verify");
        assertTrue(verified, verified.matches("(?s).*audit log intact: [1-9]\\d* entries.*"));
    }

    private static void assertListed(String id, String name, ResidentIdNumber idNumber, String employer, String listing) {
        String expected = id + " " + name + " " + idNumber.masked() + " " + employer + " TOWNSHIP";
        assertTrue("'" + expected + "' not in:\n" + listing, listing.lines().anyMatch(l -> l.trim().equals(expected)));
    }
}
