package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.zhicheng.api.domain.ResidentIdNumber;

/** Data written before a stop of the real distribution is there after the next start. */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT {

    private static final Pattern REGISTERED = Pattern.compile("registered applicant (\\d+) (\\S+)");

    /** One distribution for both tests (one boot less in CI): each starts it if the other left it stopped. */
    private static InstalledDistribution platform;
    private static boolean running;

    @BeforeClass
    public static void unpack() throws Exception {
        assumeFalse("bin/start and bin/client are shell scripts", System.getProperty("os.name").startsWith("Windows"));
        platform = InstalledDistribution.unpack("restart");
    }

    @AfterClass
    public static void stopIfRunning() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private static void start() throws Exception {
        platform.start();
        running = true;
    }

    private static void stop() throws Exception {
        running = false;
        platform.stop();
    }

    private static void running() throws Exception {
        if (!running) {
            start();
        }
    }

    @Test
    public void a_dataWrittenBeforeAStopIsThereAfterAStart() throws Exception {
        ResidentIdNumber idNumber = TestData.idNumber();
        String name = TestData.token("Restart-");
        String employer = TestData.token("Employer-");

        running();
        String bundles = platform.client("bundle:list -t 0 --no-format");
        assertTrue("bundles not started after boot:\n" + bundles,
                bundles.lines().filter(l -> l.matches("\\s*\\d+\\s*\\|?.*")).noneMatch(l -> l.contains("Installed") || l.contains("Failure")));
        String registered = platform.client("zhicheng:applicant-register " + name + " " + idNumber.value() + " " + employer + " TOWNSHIP");
        Matcher matcher = REGISTERED.matcher(registered);
        assertTrue("register answered: " + registered, matcher.find());
        String id = matcher.group(1);
        assertListed(id, name, idNumber, employer, platform.client("zhicheng:applicant-list --limit 1000"));

        stop();
        start();
        assertListed(id, name, idNumber, employer, platform.client("zhicheng:applicant-list --limit 1000"));
        assertTrue("Derby files under data/derby", Files.isDirectory(platform.home().resolve("data/derby/zhicheng")));
        // the demo files' history is in the audit log, whose hash chain survives the restart intact
        String verified = platform.client("zhicheng:audit-verify");
        assertTrue(verified, verified.matches("(?s).*audit log intact: [1-9]\\d* entries.*"));
    }

    private static final Pattern BACKUP = Pattern.compile("backup (\\S+) taken at \\S+: (\\d+) files, \\d+ bytes, (\\d+) audit entries");
    private static final Pattern TOTAL = Pattern.compile("total (\\d+)");
    private static final Pattern INTACT = Pattern.compile("audit log intact: (\\d+) entries");

    /**
     * Issue 17: an online backup (zhicheng:backup while files are written over REST), more written after it, the
     * platform stopped and bin/zhicheng-restore run: after the next start the applicants and the file's attachments
     * are those at the backup, every attachment's SHA-256 is the manifest's, and the audit chain verifies.
     */
    @Test
    public void b_aRestoredBackupHasWhatWasThereAtTheBackup() throws Exception {
        running();
        JsonApi api = new JsonApi(platform.httpPort()).awaitPublished();
        JsonApi.Registered applicant = api.register(TestData.token("温宿县水利局-"), "温宿县");
        String file = "/api/v1/applications/" + api.draft(applicant, "engineering", "水利专业", "中级").get("id").asLong();
        byte[] scan = Files.readAllBytes(Scans.png("backup-" + applicant.applicantId() + ".png"));
        String attachments = file + "/attachments";
        JsonApi.read(201, Http.upload(platform.httpPort(), attachments + "?type=AWARD&masked=true&fileName=award.png", scan,
                applicant.credentials()));
        String attachmentsAtBackup = JsonApi.read(200, api.get(attachments, applicant.credentials())).toString();
        long applicantsAtBackup = count(TOTAL, platform.client("zhicheng:applicant-list --limit 1"));

        Matcher backup = BACKUP.matcher(platform.client("zhicheng:backup restore-it"));
        assertTrue(backup.find());
        Path directory = Path.of(backup.group(1));
        long entriesAtBackup = Long.parseLong(backup.group(3));

        // written after the backup: gone after the restore
        JsonApi.read(201, Http.upload(platform.httpPort(), attachments + "?type=AWARD&masked=true&fileName=later.png", scan,
                applicant.credentials()));
        api.register(TestData.token("温宿县水利局-"), "温宿县");
        assertEquals(applicantsAtBackup + 1, count(TOTAL, platform.client("zhicheng:applicant-list --limit 1")));

        stop();
        String restored = run(platform.home(), "sh", "bin/zhicheng-restore", directory.toString());
        assertTrue(restored, restored.contains("restored " + directory));
        start();
        api.awaitPublished();

        assertEquals(applicantsAtBackup, count(TOTAL, platform.client("zhicheng:applicant-list --limit 1")));
        assertEquals(attachmentsAtBackup, JsonApi.read(200, api.get(attachments, applicant.credentials())).toString());
        Map<String, String> manifest = Files.readAllLines(directory.resolve("MANIFEST.sha256")).stream()
                .collect(Collectors.toMap(l -> l.substring(66), l -> l.substring(0, 64)));
        Path live = platform.home().resolve("data/attachments");
        List<Path> scans;
        try (Stream<Path> walk = Files.walk(live)) {
            scans = walk.filter(Files::isRegularFile).toList();
        }
        // the demo's scans and this file's first one: every one the backup holds, none of later, each as checksummed
        assertEquals(manifest.keySet().stream().filter(name -> name.startsWith("attachments/")).count(), scans.size());
        for (Path restoredScan : scans) {
            String name = "attachments/" + live.relativize(restoredScan).toString();
            assertEquals(name, manifest.get(name), sha256(Files.readAllBytes(restoredScan)));
        }
        assertTrue(manifest.containsValue(sha256(scan)));
        long entries = count(INTACT, platform.client("zhicheng:audit-verify"));
        assertTrue(entries + " entries, " + entriesAtBackup + " at the backup", entries >= entriesAtBackup);
    }

    private static long count(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        assertTrue(pattern + " in:\n" + output, matcher.find());
        return Long.parseLong(matcher.group(1));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A command in the installation's folder; its output, after checking it succeeded. */
    private static String run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(String.join(" ", command) + " did not end", process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(output, 0, process.exitValue());
        return output;
    }

    private static void assertListed(String id, String name, ResidentIdNumber idNumber, String employer, String listing) {
        String expected = id + " " + name + " " + idNumber.masked() + " " + employer + " TOWNSHIP";
        assertTrue("'" + expected + "' not in:\n" + listing, listing.lines().anyMatch(l -> l.trim().equals(expected)));
    }
}
