package org.zhicheng.distribution.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven the way a person uses the Vaadin pages: typing into fields, picking from combo
 * boxes, clicking grid rows and buttons, waiting for server round trips; screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Duration UI_TIMEOUT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final Path screenshots;
    private final String baseUrl;

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.screenshots = Files.createDirectories(Path.of(System.getProperty("zhicheng.screenshots")));
        this.driver = chromium();
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String baseUrl() {
        return baseUrl;
    }

    WebElement waitFor(String css) {
        return until(driver, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            if (!found.get(0).isDisplayed()) {
                // scrolled out of a clipping container (tabs, the layout's content) counts as not displayed
                scrollIntoView(found.get(0));
                return null;
            }
            return found.get(0);
        });
    }

    /**
     * Waits for the condition, taking an element the page replaced meanwhile as not there yet: Selenium's stale
     * element, or Chromium's "does not belong to the document" for a node detached between finding and reading it.
     */
    static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, UI_TIMEOUT).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Waits until an element shows the text; the page may re-render (reload, push) meanwhile. */
    void waitForText(String css, String text) {
        until(driver, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.stream().anyMatch(e -> e.getText().contains(text))) {
                return true;
            }
            // text scrolled out of the layout's clipping content area reads as empty: bring the element into view
            found.stream().filter(e -> !e.isDisplayed()).findFirst()
                    .ifPresent(this::scrollIntoView);
            return false;
        });
    }

    private void scrollIntoView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Types into the input of a Vaadin text, password, number or combo box field (the input is light DOM). */
    void type(String fieldCss, String text) {
        WebElement input = waitFor(fieldCss + " input, " + fieldCss + " textarea");
        scrollIntoView(input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Types a date into a date picker in the page's format (zh: 2023/12/29) and commits it, closing its overlay. */
    void typeDate(String pickerCss, String date) {
        WebElement input = waitFor(pickerCss + " input");
        input.clear();
        input.sendKeys(date);
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, UI_TIMEOUT).until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty());
    }

    /** Picks a combo box item by its exact label. */
    void pick(String comboCss, String label) {
        WebElement input = waitFor(comboCss + " input");
        input.clear();
        input.sendKeys(label);
        until(driver, d -> d
                .findElements(By.cssSelector("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().trim().equals(label)));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    /** Picks the combo box item with this exact label after typing part of it (a lazy combo box searches as typed). */
    void pick(String comboCss, String typed, String label) {
        WebElement input = waitFor(comboCss + " input");
        input.clear();
        input.sendKeys(typed);
        until(driver, d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-combo-box-item"))) {
                if (item.getText().trim().equals(label) && item.isDisplayed()) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        input.sendKeys(Keys.TAB);
    }

    void click(String css) {
        WebElement element = waitFor(css);
        scrollIntoView(element);
        element.click();
    }

    /** Clicks the grid cell showing exactly this text (selects its row). */
    void clickCell(String gridCss, String text) {
        until(driver, d -> {
            for (WebElement cell : d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content"))) {
                if (cell.getText().trim().equals(text) && cell.isDisplayed()) {
                    scrollIntoView(cell); // below a phone's fold inside the layout's scrolling content
                    cell.click();
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Ticks the selection checkbox of the row of a multi-select grid that has a cell with exactly this text (issue 16);
     * the grid's rows and their cells live in its shadow root, the cells' content (and the checkbox) in the light DOM.
     */
    void tickRow(String gridCss, String text) {
        until(driver, d -> Boolean.TRUE.equals(driver.executeScript(
                "const grid = document.querySelector(arguments[0]);"
                + "if (!grid) { return false; }"
                + "for (const row of grid.shadowRoot.querySelectorAll('tbody tr:not([hidden])')) {"
                + "  const cells = [...row.querySelectorAll('td slot')].map(s => s.assignedElements()[0]).filter(c => c);"
                + "  const box = cells.map(c => c.querySelector('vaadin-checkbox')).find(b => b);"
                + "  if (box && cells.some(c => c.textContent.trim() === arguments[1])) {"
                + "    if (!box.checked) { box.click(); }"
                + "    return true;"
                + "  }"
                + "}"
                + "return false;", gridCss, text)));
    }

    /** Ticks a Vaadin checkbox (clicks it unless it is already checked). */
    void check(String checkboxCss) {
        WebElement box = waitFor(checkboxCss);
        if (box.getAttribute("checked") == null) {
            click(checkboxCss);
        }
    }

    /** Chooses a file in a vaadin-upload: its file input lives in the shadow root and is hidden until made visible. */
    void upload(String uploadCss, Path file) {
        WebElement upload = waitFor(uploadCss);
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        driver.executeScript("arguments[0].hidden = false; arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        driver.executeScript("arguments[0].hidden = true; arguments[0].style.display = '';", input);
    }

    /**
     * Opens a part of a LazyTabs by its tab's id: the tab on a wide screen, or on a phone the select with the same
     * labels that takes the strip's place (issue 12).
     */
    void openTab(String tabId) {
        openTab(tabId, null);
    }

    /** The same, done once {@code orCss} shows instead (a part with unsaved changes asks before it is left). */
    void openTab(String tabId, String orCss) {
        WebElement tab = until(driver, d -> d.findElements(By.id(tabId)).stream().findFirst().orElse(null));
        if (tab.isDisplayed()) {
            click("#" + tabId);
            return;
        }
        String label = ((String) driver.executeScript("return arguments[0].textContent;", tab)).trim();
        String select = "#" + driver.executeScript(
                "return arguments[0].closest('.lazy-tabs').querySelector(':scope > .lazy-tabs-select').id;", tab);
        // open the select, choose the label, until the tab is the selected one: an overlay still sliding in or out
        // swallows a click, so each step is tried again
        try {
            chooseTab(tabId, label, select, orCss);
        } catch (org.openqa.selenium.TimeoutException stuck) {
            try {
                screenshot("openTab-FAILED-" + tabId);
            } catch (IOException ignored) {
                // the state below says enough
            }
            throw new AssertionError("could not open " + tabId + " (" + label + ") with " + select + ": " + driver.executeScript("""
                    const t = document.getElementById(arguments[0]);
                    const overlays = [...document.querySelectorAll('vaadin-select-overlay')].map(o => o.outerHTML.slice(0, 200));
                    const items = [...document.querySelectorAll('vaadin-select-overlay vaadin-select-item')].map(i => i.textContent.trim());
                    const a = document.activeElement;
                    return 'tab selected ' + (t && t.hasAttribute('selected')) + ', overlays ' + JSON.stringify(overlays)
                        + ', items ' + JSON.stringify(items) + ', active ' + (a ? a.tagName + '#' + a.id : '');""", tabId), stuck);
        }
    }

    private void chooseTab(String tabId, String label, String select, String orCss) {
        until(driver, d -> {
            if (orCss != null && !d.findElements(By.cssSelector(orCss)).isEmpty()) {
                return true;
            }
            if (Boolean.TRUE.equals(driver.executeScript(
                    "const t = document.getElementById(arguments[0]); return !!t && t.hasAttribute('selected');", tabId))
                    && d.findElements(By.cssSelector("vaadin-select-overlay[opened], vaadin-select-overlay[closing]")).isEmpty()) {
                return true;
            }
            List<WebElement> items = d.findElements(By.cssSelector("vaadin-select-overlay[opened]:not([opening]):not([closing]) vaadin-select-item"));
            try {
                if (items.isEmpty()) {
                    if (d.findElements(By.cssSelector("vaadin-select-overlay")).stream().noneMatch(o -> o.getAttribute("opened") != null)) {
                        // as a tap on it does (a click's centre may land on the select's label, which opens nothing)
                        WebElement chooser = d.findElement(By.cssSelector(select));
                        scrollIntoView(chooser);
                        driver.executeScript("arguments[0].opened = true;", chooser);
                    }
                    return false;
                }
                for (WebElement item : items) {
                    if (item.isDisplayed() && item.getText().trim().equals(label)) {
                        item.click();
                        break;
                    }
                }
            } catch (org.openqa.selenium.ElementNotInteractableException busy) {
                // sliding in or out: try again
            }
            return false;
        });
    }

    /** Waits until the page has no request to the server under way (Vaadin's own clients report it). */
    void settle() {
        until(driver, d -> Boolean.TRUE.equals(driver.executeScript("""
                return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow
                    && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive());""")));
    }

    /** Sets the browser window, e.g. to a phone's size, for what follows. */
    void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void login(String user, String password) {
        open("login");
        type("#vaadinLoginUsername", user);
        WebElement secret = waitFor("#vaadinLoginPassword input");
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        waitFor("#current-user");
    }

    /**
     * Logs out with the header's button. Should the page stay put (the redirect that ends a logout lost, as Vaadin's
     * session closing could race it before 8c9b88d), the home page is opened again and must show the login link, so
     * that the session is known to have ended; the test's output says so.
     */
    void logout() {
        click("#logout");
        try {
            new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                    d -> !d.findElements(By.cssSelector("#login-link")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException stayed) {
            System.err.println("logout: no redirect within 10 s from " + driver.getCurrentUrl() + "; home page opened again");
            open("");
            waitFor("#login-link");
        }
    }

    /** The routes of the navigation's links, in order (the drawer is closed on a phone: they are read, not seen). */
    List<String> menu() {
        until(driver, d -> !d.findElements(By.cssSelector("#main-navigation a[data-route]")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> routes = (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('#main-navigation a[data-route]')].map(a => a.dataset.route);");
        return new java.util.ArrayList<>(routes);
    }

    /** Everything the page shows as text, light DOM and open shadow roots alike. */
    String allText() {
        return (String) driver.executeScript("""
                const parts = [];
                const walk = node => {
                  if (node.shadowRoot) walk(node.shadowRoot);
                  for (const child of node.childNodes) {
                    if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent);
                    else if (child.nodeType === Node.ELEMENT_NODE) {
                      if (child.value !== undefined && typeof child.value === 'string') parts.push(child.value);
                      walk(child);
                    }
                  }
                };
                walk(document.documentElement);
                return parts.join(' ');""");
    }

    /** Also a check: the screen shown so far broke no rule of the platform's Content-Security-Policy (issue 15). */
    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        List<String> violations = cspViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations in the console before screenshot " + name + ": "
                    + violations);
        }
    }

    /** The console's CSP violations since the last call (Chromium logs each one as an error). */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    void record(String line) throws IOException {
        System.out.println(line);
        Files.writeString(screenshots.resolve("hot-deploy-timings.txt"), line + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Debian's chromium and chromium-driver (installed by .ci/run); nothing is downloaded. */
    private static ChromeDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("zhicheng-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL); // the console, read for CSP violations
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
