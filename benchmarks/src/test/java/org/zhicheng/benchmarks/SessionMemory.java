package org.zhicheng.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16, item 3: the heap a UI session holds on the server. Headless Chromium signs in as a demo applicant, sees
 * their file and opens three of its tabs; then forgets its cookies, so that the next round is a new session while
 * the old one stays on the server (as a user who closed the tab). The Karaf JVM's heap is read after a forced full
 * GC (jcmd GC.run, GC.heap_info) before and after S such sessions; the baseline is S anonymous sessions (the home
 * page only) measured the same way in the same run.
 */
final class SessionMemory {

    private static final String APPLICANT = "ayigul"; // a demo applicant whose file is submitted
    private static final String PASSWORD = "zhicheng";
    private static final List<String> TABS = List.of("tab-sections", "tab-attachments", "tab-education");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Karaf platform;

    SessionMemory(Karaf platform) {
        this.platform = platform;
    }

    void measure(int sessions) throws Exception {
        Path profile = Files.createTempDirectory("zhicheng-bench-chromium");
        ChromeDriver driver = chromium(profile);
        try {
            String base = "http://127.0.0.1:" + platform.httpPort + "/";
            // one of each first: the classes, the routes' caches and the credentials' cache are the platform's, not a session's
            anonymous(driver, base);
            applicant(driver, base);
            long before = heap();
            Map<String, long[]> histogramEmpty = histogram();
            for (int i = 0; i < sessions; i++) {
                anonymous(driver, base);
            }
            long afterAnonymous = heap();
            Map<String, long[]> histogramBefore = histogram();
            growth(histogramEmpty, histogramBefore, sessions, "session-histogram-anonymous.txt", "anonymous sessions");
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                applicant(driver, base);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long afterApplicants = heap();
            growth(histogramBefore, histogram(), sessions, "session-histogram.txt", "applicant sessions");
            double anonymous = (afterAnonymous - before) / 1024.0 / sessions;
            double applicant = (afterApplicants - afterAnonymous) / 1024.0 / sessions;
            System.out.printf(Locale.ROOT, "heap %d -> %d -> %d KB; anonymous %.1f KB, applicant %.1f KB a session%n",
                    before >> 10, afterAnonymous >> 10, afterApplicants >> 10, anonymous, applicant);
            Report.add(new Report.Row("UI session: heap of a signed-in applicant who opened their file and three tabs (%d sessions)"
                    .formatted(sessions), String.format(Locale.ROOT, "%.0f KB", applicant),
                    String.format(Locale.ROOT, "%.1f KB anonymous", anonymous), Report.ratio(applicant / Math.max(anonymous, 0.1)),
                    "≤ 150 KB", String.format(Locale.ROOT, "headless Chromium, a new session each (%.1f s a session); Karaf's"
                            + " heap after a full GC (jcmd GC.run) before and after; baseline: as many anonymous sessions (home"
                            + " page)%s", seconds / sessions, sessions < 50 ? "; few sessions: noisy" : "")));
        } finally {
            driver.quit();
            Karaf.deleteTree(profile);
        }
    }

    private static void anonymous(ChromeDriver driver, String base) {
        forget(driver, base);
        driver.get(base);
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }

    private static void applicant(ChromeDriver driver, String base) {
        forget(driver, base);
        driver.get(base + "login");
        WebDriverWait wait = wait(driver);
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(APPLICANT);
        WebElement secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginPassword input")));
        secret.sendKeys(PASSWORD);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-status")));
        for (String tab : TABS) {
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tab)));
            driver.executeScript("arguments[0].click();", element);
            wait.until(d -> d.findElement(By.id(tab)).getAttribute("selected") != null);
        }
    }

    /** A new session next: the server keeps the old one until it times out. */
    private static void forget(ChromeDriver driver, String base) {
        if (driver.getCurrentUrl() == null || !driver.getCurrentUrl().startsWith(base)) {
            driver.get(base + "favicon.ico");
        }
        driver.manage().deleteAllCookies();
    }

    /** Also over the login's page load: a look-up while the page changes fails ("aborted by navigation") and is tried again. */
    private static WebDriverWait wait(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private long heap() throws Exception {
        return heap(platform);
    }

    /** The Karaf JVM's used heap in bytes after full GCs. */
    static long heap(Karaf platform) throws Exception {
        long pid = platform.javaPid();
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd " + pid + " GC.heap_info");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static final Pattern CLASS_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    /** Bytes and instances by class of the live heap (jcmd GC.class_histogram forces a full GC first). */
    private Map<String, long[]> histogram() throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        Matcher line = CLASS_LINE.matcher(jcmd(platform.javaPid(), "GC.class_histogram"));
        while (line.find()) {
            long[] seen = classes.computeIfAbsent(line.group(3), name -> new long[2]);
            seen[0] += Long.parseLong(line.group(2));
            seen[1] += Long.parseLong(line.group(1));
        }
        return classes;
    }

    /**
     * The classes that grew most over the sessions, per session, into the work folder (where a session's heap goes):
     * bytes and instances (the StateNode count is the number of server-side elements and nodes a session keeps).
     */
    private static void growth(Map<String, long[]> before, Map<String, long[]> after, int sessions, String file,
            String which) throws Exception {
        StringBuilder text = new StringBuilder("bytes and instances a session, by class (live heap after the " + which
                + " minus before)\n");
        long[] none = new long[2];
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), none)[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), none)[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(80)
                .forEach(e -> text.append(String.format(Locale.ROOT, "%10.0f %8.1f  %s%n", e.getValue()[0] / (double) sessions,
                        e.getValue()[1] / (double) sessions, e.getKey())));
        Files.createDirectories(Report.work());
        Files.writeString(Report.work().resolve(file), text);
        System.out.print(text);
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
