package org.zhicheng.distribution.it;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 12, item 7: every screen every demo role may open fits a phone 390 px wide. Signed in as each role (and
 * anonymously), the test takes the screens from the page's own navigation (so a new screen, or a plugin's, is checked
 * too), opens each, the details of its first listed file, and every part of every tab set, and finds nothing reaching
 * past the screen: no element, no grid whose columns scroll sideways, no tab strip hiding tabs behind its arrows.
 * Every screen's problems are collected and named (screen, element, where it ends), then reported together.
 * Screenshots: target/screenshots/phone-*.png, and desktop-*.png for the same screens on a wide window.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PhoneLayoutIT {

    private static final String DEMO_PASSWORD = "zhicheng";
    private static final int PHONE_WIDTH = 390;
    /** Each demo role's account (README, "Demo accounts"); null: not signed in. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    static {
        ROLES.put("public", null);
        ROLES.put("applicant-draft", "lina");
        ROLES.put("applicant-submitted", "ayigul");
        ROLES.put("employer", "unit-shuili");
        ROLES.put("county", "kuqa-hr");
        ROLES.put("department", "dept-engineering");
        ROLES.put("expert", "expert1");
        ROLES.put("office", "office");
        ROLES.put("admin", "admin");
    }
    /** Pages that list something only once a series is chosen: the choice a user makes first. */
    private static final Map<String, String> FIRST_CHOICE = Map.of("#standards-series", "工程系列", "#results-series", "工程系列");
    /** Buttons that open a form in a dialog, where a screen has them: the dialog is checked too, then closed. */
    private static final List<String> DIALOG_OPENERS = List.of("#career-record", "#new-file", "#accounts-create",
            "#units-create");
    /** The part of a list page that fills when a row is chosen: the file's details and its tabs. */
    private static final String EMPTY_DETAILS = "#review-details:empty, #committee-details:empty, #score-sheet:empty";

    /**
     * What reaches past the window: elements (a grid's or tab strip's own box counts, not its scrolled insides), grids
     * whose columns are wider than the grid, and tab strips scrolled to hide tabs. One line per problem.
     */
    static final String OVERFLOW_SCRIPT = """
            const width = window.innerWidth, out = [];
            const owner = el => { const o = el.parentElement && el.parentElement.closest('[id]'); return o ? ' in #' + o.id : ''; };
            const text = el => (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
            const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + owner(el) + ' "' + text(el) + '"';
            const skipped = 'vaadin-notification-container, vaadin-notification-card, vaadin-connection-indicator, '
                + 'vaadin-app-layout [slot=drawer], vaadin-tooltip-overlay';
            for (const el of document.querySelectorAll('body *')) {
              if (el.closest(skipped)) continue;
              // inside a grid or a tab strip: their own scrolling is checked below
              if (el.parentElement && el.parentElement.closest('vaadin-grid, vaadin-tabs')) continue;
              const box = el.getBoundingClientRect();
              if (box.width > 0 && box.height > 0 && box.right > width + 1) {
                out.push(describe(el) + ' ends at ' + Math.round(box.right) + ' px');
              }
            }
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (grid.getClientRects().length === 0 || grid.closest(skipped)) continue;
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (table && table.scrollWidth > table.clientWidth + 1) {
                const columns = [...grid.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden).map(c => {
                  const cell = c._headerCell;
                  return (cell && cell._content ? cell._content.textContent.trim() : '?')
                      + ' ' + (cell ? Math.round(cell.getBoundingClientRect().width) : '?') + 'px';
                });
                out.push('grid ' + describe(grid) + ' scrolls sideways: columns ' + table.scrollWidth + ' px in '
                    + table.clientWidth + ' px [' + columns.join(', ') + ']');
              }
              // a cell too narrow for its button or word cuts it off
              for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                const cell = content.assignedSlot && content.assignedSlot.parentElement;
                if (!cell || cell.hidden || content.getClientRects().length === 0) continue;
                if (content.scrollWidth > content.clientWidth + 1) {
                  out.push('grid ' + describe(grid) + ' cuts off "' + text(content) + '": ' + content.scrollWidth
                      + ' px in a cell ' + content.clientWidth + ' px wide');
                }
              }
            }
            // a field whose label ends in "…"
            for (const host of document.querySelectorAll('*')) {
              if (!host.shadowRoot || host.getClientRects().length === 0 || host.closest(skipped)) continue;
              const label = host.shadowRoot.querySelector('[part~="label"]');
              if (label && label.getClientRects().length > 0 && label.scrollWidth > label.clientWidth + 1) {
                const slotted = host.querySelector('[slot="label"]');
                out.push(describe(host) + ' cuts its label "' + (slotted ? text(slotted) : '') + '" off: '
                    + label.scrollWidth + ' px in ' + label.clientWidth + ' px');
              }
            }
            for (const tabs of document.querySelectorAll('vaadin-tabs')) {
              if (tabs.getClientRects().length === 0) continue;
              if (/start|end/.test(tabs.getAttribute('overflow') || '')) {
                const strip = tabs.getBoundingClientRect();
                const hidden = [...tabs.querySelectorAll('vaadin-tab')].filter(t => {
                  const b = t.getBoundingClientRect();
                  return b.right > strip.right + 1 || b.left < strip.left - 1;
                }).map(t => t.textContent.trim());
                out.push('tabs ' + describe(tabs) + ' hide ' + JSON.stringify(hidden) + ' behind scroll arrows');
              }
            }
            return out;""";

    private static DemoInBrowser demo;
    private static Browser browser;

    /** A failed step leaves a picture of what the user saw. */
    @Rule
    public final TestWatcher failures = DemoInBrowser.screenshotOnFailure(() -> browser, "phone-FAILED-");

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        demo = DemoInBrowser.start("phone");
        browser = demo.browser;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    public void a_everyScreenOfEveryRoleFitsAPhone() throws Exception {
        browser.windowSize(PHONE_WIDTH, 844);
        List<String> problems = new ArrayList<>();
        int screens = 0;
        // the public pages but home show the same to every role (the header, which names the user, is on each role's
        // own screens too): checked once, as the visitor sees them, so that CI stays within its 30 minutes
        java.util.Set<String> publicRoutes = new java.util.HashSet<>();
        try {
            for (Map.Entry<String, String> role : ROLES.entrySet()) {
                signIn(role.getValue());
                List<String> routes = menu();
                assertFalse(role.getKey() + " has a navigation", routes.isEmpty());
                if (role.getValue() == null) {
                    routes.add("login");
                    publicRoutes.addAll(routes);
                    publicRoutes.remove(""); // the home page is each role's own start (what is next for them)
                } else {
                    routes.removeAll(publicRoutes);
                    assertFalse(role.getKey() + " has screens of its own", routes.isEmpty());
                }
                for (String route : routes) {
                    browser.open(route);
                    browser.waitFor("vaadin-app-layout");
                    browser.settle();
                    String screen = role.getKey() + " /" + route;
                    screens += visit(screen, "phone-" + role.getKey() + "-" + fileName(route), problems);
                }
                signOut(role.getValue());
            }
        } finally {
            browser.windowSize(1280, 900);
        }
        assertTrue(problems.size() + " problems on a phone " + PHONE_WIDTH + " px wide:\n" + String.join("\n", problems),
                problems.isEmpty());
        assertTrue("screens checked: " + screens, screens > 30);
    }

    /** The same screens on a desktop window: the tab strip (not the select) and nothing past the window either. */
    @Test
    public void b_theSameScreensStillFitADesktop() throws Exception {
        browser.windowSize(1280, 900);
        List<String> problems = new ArrayList<>();
        for (String user : List.of("lina", "office")) {
            signIn(user);
            browser.open(user.equals("lina") ? "applicant/files" : "committee");
            browser.settle();
            String tabs = user.equals("lina") ? "file-tabs" : "committee-tabs";
            assertTrue("the tab strip on a desktop", browser.waitFor("#" + tabs).isDisplayed());
            // the phone's select is built only once a narrow window is reported (issue 16, session memory)
            assertTrue("no select on a desktop", browser.driver.findElements(By.id(tabs + "-select")).stream()
                    .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
            visit("desktop " + user, "desktop-" + user, problems);
            signOut(user);
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }

    /** A link naming a tab opens it (issue 12: the select keeps the tabs' deep links), on a phone too. */
    @Test
    public void c_aLinkOpensTheNamedTab() throws Exception {
        browser.windowSize(PHONE_WIDTH, 844);
        try {
            signIn("office");
            browser.open("committee?committee-tabs=filings");
            browser.waitFor("#filings-panel");
            browser.openTab("tab-defense");
            Browser.until(browser.driver, d -> d.getCurrentUrl().contains("committee-tabs=defense"));
            browser.screenshot("phone-office-deep-link");
            signOut("office");
        } finally {
            browser.windowSize(1280, 900);
        }
    }

    /** Checks the screen, then the first listed file's details, then each part of each tab set; returns how many. */
    private static int visit(String screen, String shot, List<String> problems) throws IOException {
        int checked = check(screen, shot, problems);
        for (Map.Entry<String, String> choice : FIRST_CHOICE.entrySet()) {
            if (!browser.driver.findElements(By.cssSelector(choice.getKey())).isEmpty()) {
                browser.pick(choice.getKey(), choice.getValue());
                checked += check(screen + " (" + choice.getValue() + ")", shot + "-chosen", problems);
            }
        }
        for (String opener : DIALOG_OPENERS) {
            if (!browser.driver.findElements(By.cssSelector(opener)).isEmpty()) {
                browser.click(opener);
                browser.waitFor("vaadin-dialog-overlay[opened]:not([opening])");
                checked += check(screen + " (dialog " + opener + ")", shot + "-dialog-" + opener.substring(1), problems);
                browser.driver.findElement(By.cssSelector("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                Browser.until(browser.driver, d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());
            }
        }
        if (!browser.driver.findElements(By.cssSelector(EMPTY_DETAILS)).isEmpty() && openFirstRow()) {
            checked += check(screen + " (a file chosen)", shot + "-chosen", problems);
        }
        List<String> done = new ArrayList<>();
        while (true) {
            // tab sets are found afresh after each part opens: a part may bring its own
            @SuppressWarnings("unchecked")
            List<String> tabs = (List<String>) browser.driver.executeScript(
                    "return [...document.querySelectorAll('.lazy-tabs vaadin-tab[id]')].map(t => t.id);");
            String next = tabs.stream().filter(id -> !done.contains(id)).findFirst().orElse(null);
            if (next == null) {
                return checked;
            }
            done.add(next);
            browser.openTab(next);
            browser.settle();
            // the part just opened at the top of the screenshot
            browser.driver.executeScript("const t = document.getElementById(arguments[0]).closest('.lazy-tabs');"
                    + " t.scrollIntoView({block: 'start'});", next);
            checked += check(screen + " › " + next, shot + "-" + next, problems);
        }
    }

    /** Chooses the first row of the page's first grid, as a user opens a file from a list; false if it lists none. */
    private static boolean openFirstRow() {
        @SuppressWarnings("unchecked")
        List<WebElement> cells = (List<WebElement>) browser.driver.executeScript("""
                const grid = document.querySelector('vaadin-grid');
                if (!grid) return [];
                return [...grid.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.assignedSlot
                    && (c.assignedSlot.parentElement.getAttribute('part') || '').includes('body-cell')
                    && c.textContent.trim() !== '');""");
        if (cells.isEmpty()) {
            return false;
        }
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", cells.get(0));
        cells.get(0).click();
        browser.settle();
        return true;
    }

    /** Waits a little for the page to settle into its phone layout, then records what still reaches past it. */
    private static int check(String screen, String shot, List<String> problems) throws IOException {
        List<String> found = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < deadline) {
            browser.settle();
            @SuppressWarnings("unchecked")
            List<String> now = (List<String>) browser.driver.executeScript(OVERFLOW_SCRIPT);
            found = now;
            if (found.isEmpty()) {
                break;
            }
            sleep(300);
        }
        browser.screenshot(shot);
        found.forEach(problem -> problems.add(screen + ": " + problem));
        return 1;
    }

    private static List<String> menu() {
        return browser.menu();
    }

    private static void signIn(String user) {
        if (user == null) {
            browser.open("");
            browser.waitFor("#login-link");
        } else {
            browser.login(user, DEMO_PASSWORD);
        }
    }

    private static void signOut(String user) {
        if (user != null) {
            browser.open("");
            browser.logout();
        }
    }

    private static String fileName(String route) {
        return route.isEmpty() ? "home" : route.replace('/', '_');
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
