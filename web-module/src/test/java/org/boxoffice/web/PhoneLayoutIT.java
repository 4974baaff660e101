package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.SeatedEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the webapp folder on a phone (390 x 844 CSS pixels, {@link Browser#openPhone}), as
 * each kind of visitor sees it: public pages by a visitor and by a signed-in admin who is also an
 * organizer and a customer (the longest header), the own pages by a customer with a confirmed
 * booking, the organizer pages by an organizer with a venue and an event, the admin console by
 * the admin. On each, every link of the header can be reached (shown, after opening the menu where
 * it is folded away, inside the screen, big enough to tap and not covered by anything), and
 * nothing is wider than the screen, with the menu closed or open: the page does not scroll
 * sideways, and no element that shows reaches past the screen's edge (what is inside a box that
 * scrolls or clips on its own, such as a wide table, is that box's matter).
 */
class PhoneLayoutIT {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String PASSWORD = "a fine long passphrase";
    /**
     * Protected views (faces-config.xml) open only from a button of the portal: the page that has
     * it, and the button's id.
     */
    private static final Map<String, List<String>> OPENED_FROM =
            Map.of("/my/close-account.xhtml", List.of("/my/privacy.xhtml", "close"));
    /** Pages a door's staff use without an account, and without the portal's header. */
    private static final List<String> WITHOUT_HEADER = List.of("/scan.xhtml");

    private enum Visitor {
        ANONYMOUS,
        CUSTOMER,
        ORGANIZER,
        ADMIN
    }

    private static final Map<Visitor, WebDriver> BROWSERS = new EnumMap<>(Visitor.class);
    private static final Map<Visitor, String> EMAILS = new EnumMap<>(Visitor.class);
    private static final Map<String, String> QUERIES = new java.util.HashMap<>();

    @BeforeAll
    static void makeTheVisitorsAndTheirData() {
        long organisation = TestData.organisation(TestData.unique("Phone Org"));
        SeatedEvent event = TestData.seatedEvent(TestData.unique("Phone Night"), 2, 4, "PUBLISHED");
        TestData.organiseEvent(event.eventId(), organisation);

        String customer = email(Visitor.CUSTOMER);
        long customerId = TestData.accountWithPassword(customer, PASSWORD, "CUSTOMER");
        String token = Tokens.valid(customerId, customer, "CUSTOMER");
        String booking = Holds.confirmed(
                        token,
                        Holds.seatsBody(
                                event.eventId(),
                                event.seatIds().get(0),
                                event.seatIds().get(1)))
                .getString("id");

        String organizer = email(Visitor.ORGANIZER);
        long organizerId = TestData.accountWithPassword(organizer, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(organizerId, organisation);
        String venue = Api.venue(
                Tokens.valid(organizerId, organizer, "ORGANIZER"), TestData.unique("Phone Hall"), "Phonetown");

        long admin = TestData.accountWithPassword(email(Visitor.ADMIN), PASSWORD, "ADMIN", "ORGANIZER", "CUSTOMER");
        TestData.joinOrganisation(admin, organisation);
        HttpResponse<String> reconciliation = Api.post(
                "/api/v1/admin/reconciliations",
                "{\"day\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}",
                Tokens.valid(admin, email(Visitor.ADMIN), "ADMIN"));
        assertThat(reconciliation.statusCode()).as(reconciliation.body()).isEqualTo(202);

        QUERIES.put("/event.xhtml", "?id=" + event.eventId());
        QUERIES.put("/my/booking.xhtml", "?id=" + booking);
        HttpResponse<String> supportCase = Api.post(
                "/api/v1/support/cases",
                "{\"kind\":\"QUESTION\",\"bookingId\":\"" + booking
                        + "\",\"subject\":\"Can I bring a child?\",\"body\":\"She is six.\"}",
                token);
        assertThat(supportCase.statusCode()).as(supportCase.body()).isEqualTo(201);
        String caseId = Http.json(supportCase).getJsonObject("supportCase").getString("id");
        QUERIES.put("/my/case.xhtml", "?id=" + caseId);
        QUERIES.put("/support/case.xhtml", "?id=" + caseId);
        QUERIES.put("/organizer/event.xhtml", "?id=" + event.eventId());
        QUERIES.put("/organizer/venue.xhtml", "?id=" + venue);
        QUERIES.put(
                "/admin/reconciliation.xhtml",
                "?run=" + Http.json(reconciliation).getString("id"));
    }

    @AfterAll
    static void closeTheBrowsers() {
        BROWSERS.values().forEach(WebDriver::quit);
        BROWSERS.clear();
    }

    @TestFactory
    Stream<DynamicTest> everyPageFitsThePhoneAndReachesEveryLinkOfItsHeader() throws IOException {
        List<String> pages = pages();
        assertThat(pages)
                .contains(
                        "/index.xhtml",
                        "/event.xhtml",
                        "/my/booking.xhtml",
                        "/organizer/event.xhtml",
                        "/admin/audit.xhtml");
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : pages) {
            for (Visitor visitor : visitorsOf(page)) {
                tests.add(DynamicTest.dynamicTest(page + " as " + visitor, () -> check(page, visitor)));
            }
        }
        return tests.stream();
    }

    @Test
    void theMenuButtonOpensTheMenuWhoseLinksLeadWhereTheySayAndEscapeClosesIt() {
        WebDriver browser = browser(Visitor.CUSTOMER);
        browser.get(Platform.uri("/index.xhtml").toString());
        WebElement toggle = Browser.waitFor(browser, By.id("navToggle"));
        WebElement bookings = browser.findElement(By.id("nav:navBookings"));
        assertThat(bookings.isDisplayed()).as("folded away on a phone").isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

        toggle.click();
        Browser.await(browser).until(ExpectedConditions.visibilityOf(bookings));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        toggle.sendKeys(Keys.ESCAPE);
        Browser.await(browser).until(ExpectedConditions.invisibilityOf(bookings));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

        toggle.click();
        Browser.await(browser)
                .until(ExpectedConditions.elementToBeClickable(bookings))
                .click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/my/bookings.xhtml"));
        Browser.waitFor(browser, By.id("bookings:table"));
    }

    private void check(String page, Visitor visitor) {
        WebDriver browser = browser(visitor);
        if (OPENED_FROM.containsKey(page)) {
            browser.get(Platform.uri(OPENED_FROM.get(page).get(0)).toString());
            Browser.waitFor(browser, By.id(OPENED_FROM.get(page).get(1))).click();
            Browser.await(browser).until(ExpectedConditions.urlContains(page));
        } else {
            browser.get(Platform.uri(page + QUERIES.getOrDefault(page, "")).toString());
        }
        Browser.await(browser).until(driver -> "complete".equals(js(driver, "return document.readyState")));
        if (visitor != Visitor.ANONYMOUS && !WITHOUT_HEADER.contains(page)) {
            assertThat(browser.findElements(By.id("nav:navProfile")))
                    .as("still signed in")
                    .isNotEmpty();
        }
        String name = "phone" + page.replace('/', '-').replace(".xhtml", "") + "-"
                + visitor.name().toLowerCase();
        List<String> problems = new ArrayList<>(overflows(browser, "menu closed"));

        List<WebElement> links = browser.findElements(By.cssSelector("header.bo-header a"));
        if (WITHOUT_HEADER.contains(page)) {
            assertThat(links).as("no portal header on " + page).isEmpty();
        } else {
            assertThat(links).as("links in the header").isNotEmpty();
            List<WebElement> toggles = browser.findElements(By.id("navToggle"));
            boolean opened = false;
            for (WebElement link : links) {
                String label = link.getAttribute("id") + " \""
                        + link.getAttribute("textContent").trim() + "\"";
                if (!link.isDisplayed()
                        && !opened
                        && !toggles.isEmpty()
                        && toggles.get(0).isDisplayed()) {
                    toggles.get(0).click();
                    opened = true;
                    Browser.await(browser, 5).until(driver -> link.isDisplayed());
                }
                String unreachable = (String) js(browser, UNREACHABLE, link);
                if (unreachable != null) {
                    problems.add("header link " + label + ": " + unreachable);
                }
            }
            if (opened) {
                Browser.screenshot(browser, name + "-menu");
                problems.addAll(overflows(browser, "menu open"));
            }
        }
        if (!problems.isEmpty()) {
            Browser.screenshot(browser, name);
        }
        assertThat(problems)
                .as(
                        "%s as %s on a %d x %d screen:%n%s",
                        page, visitor, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT, String.join("\n", problems))
                .isEmpty();
    }

    /** Null when the element can be tapped; otherwise why not. */
    private static final String UNREACHABLE = """
            var link = arguments[0];
            var box = link.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) {
              return 'not shown';
            }
            var where = Math.round(box.left) + '..' + Math.round(box.right) + ' x ' + Math.round(box.top) + '..'
                + Math.round(box.bottom);
            if (box.left < 0 || box.right > window.innerWidth + 0.5 || box.top < 0
                || box.bottom > window.innerHeight + 0.5) {
              return 'outside the screen of ' + window.innerWidth + ' x ' + window.innerHeight + ': ' + where;
            }
            if (box.height < 24 || box.width < 24) {
              return 'too small to tap: ' + where;
            }
            var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (hit !== link && !link.contains(hit)) {
              return 'covered by ' + (hit ? hit.tagName + '#' + hit.id + '.' + hit.className : 'nothing');
            }
            return null;
            """;

    /** What reaches past the screen's edges, or makes the page wider than the screen. */
    private static List<String> overflows(WebDriver browser, String state) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js(browser, """
                var width = arguments[0];
                var found = [];
                function describe(element) {
                  var text = (element.textContent || '').trim().replace(/\\s+/g, ' ');
                  return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (typeof element.className === 'string' && element.className
                          ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                      + (text ? ' "' + text.substring(0, 40) + '"' : '');
                }
                function inOwnBox(element) {
                  for (var up = element.parentElement; up && up !== document.body; up = up.parentElement) {
                    if (getComputedStyle(up).overflowX !== 'visible') {
                      return true;
                    }
                  }
                  return false;
                }
                if (window.innerWidth !== width) {
                  found.push('the page is laid out ' + window.innerWidth + ' px wide (zoomed out to fit), not '
                      + width);
                }
                var scrollWidth = document.documentElement.scrollWidth;
                if (scrollWidth > window.innerWidth) {
                  found.push('the page scrolls sideways: ' + scrollWidth + ' px wide');
                }
                var elements = document.body.querySelectorAll('*');
                for (var i = 0; i < elements.length && found.length < 20; i++) {
                  var element = elements[i];
                  var box = element.getBoundingClientRect();
                  if (box.width <= 1 || box.height <= 1) {
                    continue;
                  }
                  var style = getComputedStyle(element);
                  if (style.visibility === 'hidden' || style.display === 'none') {
                    continue;
                  }
                  if ((box.right > width + 0.5 || box.left < -0.5) && !inOwnBox(element)) {
                    found.push(describe(element) + ' reaches from ' + Math.round(box.left) + ' to '
                        + Math.round(box.right));
                  }
                }
                return found;
                """, Browser.PHONE_WIDTH);
        return found.stream().map(problem -> state + ": " + problem).toList();
    }

    /** Every Faces page in the webapp folder, templates and resources aside. */
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Visitor> visitorsOf(String page) {
        if (page.startsWith("/my/")) {
            return List.of(Visitor.CUSTOMER);
        }
        if (page.startsWith("/organizer/")) {
            return List.of(Visitor.ORGANIZER);
        }
        if (page.startsWith("/admin/") || page.startsWith("/support/")) {
            return List.of(Visitor.ADMIN);
        }
        return List.of(Visitor.ANONYMOUS, Visitor.ADMIN);
    }

    /** The visitor's phone, signed in on first use. */
    private static WebDriver browser(Visitor visitor) {
        return BROWSERS.computeIfAbsent(visitor, who -> {
            WebDriver browser = Browser.openPhone();
            if (who != Visitor.ANONYMOUS) {
                Browser.signIn(browser, EMAILS.get(who), PASSWORD, "/index.xhtml");
                Browser.await(browser)
                        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/sign-in")));
            }
            return browser;
        });
    }

    private static String email(Visitor visitor) {
        return EMAILS.computeIfAbsent(
                visitor, who -> TestData.unique("phone-" + who.name().toLowerCase()) + "@example.org");
    }

    private static Object js(WebDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
