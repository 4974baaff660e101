package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reviews in the browser: a customer who went reviews the event on its page and the figures show
 * it; another user marks it helpful and reports it; a support account hides it in the moderation
 * queue, which takes it out of the figures, and restores it. A text with markup shows as typed.
 * Customers who may not review are told why and get no form; an organizer answers a review.
 */
class ReviewsPageIT extends BrowserTest {

    /** A customer who can sign in: id, address and an API token. */
    record Person(long id, String email, String token) {}

    static Person person(String prefix, String role) {
        String email = TestData.unique(prefix) + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, role);
        return new Person(id, email, Tokens.valid(id, email, role));
    }

    /** One paid ticket of the event for the customer. */
    static void ticket(Door door, Person customer) {
        Holds.confirmed(customer.token(), Holds.itemsBody(door.event(), 1));
    }

    static void ended(Door door) {
        TestData.execute(
                "update event set starts_at = ?, ends_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(4),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                door.event().eventId());
    }

    private void openEvent(Door door) {
        browser.get(Platform.uri("/event.xhtml?id=" + door.event().eventId()).toString());
        Browser.waitFor(browser, By.id("reviews"));
    }

    private void signInAs(Person person) {
        if (!browser.findElements(By.id("nav:signOut")).isEmpty()) {
            browser.findElement(By.id("nav:signOut")).click();
            Browser.waitFor(browser, By.id("navSignIn"));
        }
        Browser.signIn(browser, person.email(), PASSWORD, "/my/bookings.xhtml");
        Browser.waitFor(browser, By.id("nav:navProfile"));
    }

    private void waitForReviewMessage(String text) {
        Browser.await(browser)
                .withMessage(() -> "the section's messages say: "
                        + browser.findElement(By.id("reviewMessages")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewMessages"), text));
    }

    private String average() {
        return browser.findElement(By.id("average")).getText();
    }

    private String count() {
        return browser.findElement(By.id("count")).getText();
    }

    private String bar(int stars) {
        return browser.findElement(By.cssSelector("#distribution tr[data-rating='" + stars + "'] .bo-review-bar-count"))
                .getText();
    }

    /** The row of the table whose review text is {@code text}. */
    private WebElement row(String table, String text) {
        return Browser.await(browser)
                .until(driver -> driver.findElements(By.cssSelector("[id='" + table + "'] tr")).stream()
                        .filter(tr -> tr.findElements(By.cssSelector(".bo-review-text")).stream()
                                .anyMatch(span -> span.getText().equals(text)))
                        .findFirst()
                        .orElse(null));
    }

    private String firstReviewText() {
        return browser.findElement(By.cssSelector("[id='reviewList:table'] tbody tr .bo-review-text"))
                .getText();
    }

    @Test
    void aReviewIsWrittenReportedHiddenAndRestoredAndItsMarkupShowsAsTyped() {
        Door door = Entry.door("Reviewed on its page", 10);
        Person writer = person("page-reviewer", "CUSTOMER");
        ticket(door, writer);
        // an earlier review, by a customer checked in at the door: verified
        Entry.Issued earlier = Entry.tickets(door.event(), 1).get(0);
        assertThat(Entry.checkIn(door.organizer(), earlier.code(), null).statusCode())
                .isEqualTo(200);
        ended(door);
        HttpResponse<String> posted = Api.post(
                "/api/v1/events/" + door.event().eventId() + "/reviews",
                "{\"rating\":2,\"text\":\"Too loud for me\"}",
                earlier.customerToken());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String typed = "<script>document.title='owned'</script> <b>Great</b> night & more " + TestData.unique("x");

        signInAs(writer);
        openEvent(door);
        assertThat(average()).isEqualTo("2.0");
        assertThat(count()).isEqualTo("1 review");
        browser.findElement(By.cssSelector("label[for='reviewForm:rating:4']")).click();
        browser.findElement(By.id("reviewForm:text")).sendKeys(typed);
        browser.findElement(By.id("reviewForm:save")).click();
        waitForReviewMessage("your review is published");

        Browser.await(browser).until(ExpectedConditions.textToBe(By.id("average"), "3.5"));
        assertThat(count()).isEqualTo("2 reviews");
        assertThat(bar(5)).isEqualTo("1");
        assertThat(bar(2)).isEqualTo("1");
        assertThat(bar(3)).isEqualTo("0");
        WebElement mine = row("reviewList:table", typed);
        assertThat(mine.findElement(By.cssSelector(".bo-review-author")).getText())
                .isEqualTo("Test " + writer.email());
        assertThat(mine.findElement(By.cssSelector(".bo-review-rating")).getText())
                .isEqualTo("5 / 5");
        assertThat(mine.findElements(By.cssSelector("button[id$=':helpful']")))
                .as("not on one's own review")
                .isEmpty();
        assertThat(mine.findElement(By.cssSelector(".bo-review-date")).getText())
                .as("the date in the browser's zone")
                .doesNotContain("UTC")
                .isNotBlank();
        assertThat(browser.getTitle()).doesNotContain("owned");
        assertThat(browser.getPageSource()).doesNotContain("<script>document.title");
        assertThat(mine.findElements(By.cssSelector(".bo-verified")))
                .as("not checked in")
                .isEmpty();
        assertThat(row("reviewList:table", "Too loud for me")
                        .findElement(By.cssSelector(".bo-verified"))
                        .getText())
                .isEqualTo("Verified visit");
        assertThat(browser.findElement(By.id("reviewForm:save")).getText())
                .as("the form changes the review now")
                .isEqualTo("Save changes");
        Browser.guidePicture(browser, "event-reviews");

        // reload: the text is stored as typed and shown escaped on a fresh page too
        openEvent(door);
        assertThat(row("reviewList:table", typed).isDisplayed()).isTrue();
        assertThat(browser.getTitle()).doesNotContain("owned");

        Person other = person("page-reporter", "CUSTOMER");
        signInAs(other);
        openEvent(door);
        assertThat(browser.findElements(By.id("reviewForm"))).as("did not go").isEmpty();
        assertThat(browser.findElement(By.id("reviewHint")).getText())
                .startsWith("Only customers who went to this event review it");
        WebElement helpful = row("reviewList:table", typed).findElement(By.cssSelector("button[id$=':helpful']"));
        assertThat(helpful.getText()).isEqualTo("Helpful");
        helpful.click();
        waitForReviewMessage("You marked the review helpful.");
        Browser.await(browser).until(driver -> {
            WebElement marked = row("reviewList:table", typed).findElement(By.cssSelector("button[id$=':helpful']"));
            return marked.getText().equals("Marked helpful") && !marked.isEnabled();
        });
        assertThat(row("reviewList:table", typed)
                        .findElement(By.cssSelector("[id$=':helpfulCount']"))
                        .getText())
                .isEqualTo("1 person found this helpful");
        row("reviewList:table", typed)
                .findElement(By.cssSelector("button[id$=':report']"))
                .click();
        WebElement reason = Browser.waitFor(browser, By.cssSelector("textarea[id$=':reportReason']"));
        reason.sendKeys("Tries to run a script on the page");
        browser.findElement(By.cssSelector("button[id$=':sendReport']")).click();
        waitForReviewMessage("the moderators will look at the review");

        // two more found the earlier review helpful: it leads the most helpful, the newer one the newest
        String earlierId = Http.json(posted).getString("id");
        for (int i = 0; i < 2; i++) {
            assertThat(Api.post("/api/v1/reviews/" + earlierId + "/helpful", "", Holds.customer())
                            .statusCode())
                    .isEqualTo(200);
        }
        openEvent(door);
        assertThat(firstReviewText()).isEqualTo(typed);
        browser.findElement(
                        By.xpath(
                                "//*[@id='reviewList:sort']//*[contains(@class,'ui-button')][.//*[text()='Most helpful first']]"))
                .click();
        Browser.await(browser).until(driver -> firstReviewText().equals("Too loud for me"));
        assertThat(row("reviewList:table", "Too loud for me")
                        .findElement(By.cssSelector("[id$=':helpfulCount']"))
                        .getText())
                .isEqualTo("2 people found this helpful");

        Person support = person("page-support", "SUPPORT");
        signInAs(support);
        assertThat(browser.findElements(By.id("nav:navAdmin")))
                .as("no admin console")
                .isEmpty();
        Browser.waitFor(browser, By.id("nav:navModeration")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/admin/moderation.xhtml"));
        assertThat(Browser.waitFor(browser, By.tagName("h1")).getText()).isEqualTo("Moderation");
        WebElement queued = row("moderation:table", typed);
        assertThat(queued.getText())
                .contains(
                        "Reported once",
                        "Tries to run a script on the page",
                        door.event().title());
        assertThat(queued.findElement(By.cssSelector("a[id$=':event']")).getAttribute("href"))
                .endsWith("/event.xhtml?id=" + door.event().eventId());
        Browser.guidePicture(browser, "moderation-queue");

        queued.findElement(By.cssSelector("button[id$=':hide']")).click();
        waitForMessage("Give a reason of 1 to 1,000 characters.");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Reason missing or too long");
        assertThat(row("moderation:table", typed).isDisplayed())
                .as("still waiting")
                .isTrue();

        browser.get(Platform.uri("/admin/moderation.xhtml").toString());
        row("moderation:table", typed)
                .findElement(By.cssSelector("textarea[id$=':reason']"))
                .sendKeys("Markup meant to run in readers' browsers");
        Browser.guidePicture(browser, "moderation-hide");
        row("moderation:table", typed)
                .findElement(By.cssSelector("button[id$=':hide']"))
                .click();
        waitForMessage("is hidden; its author is told");
        Browser.await(browser)
                .until(driver ->
                        driver.findElement(By.id("moderation:table")).getText().contains(typed) == false);
        assertThat(row("moderation:hiddenTable", typed).getText()).contains("Hidden by the moderators");
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'REVIEW_HIDDEN' and detail like ?",
                        "%Markup meant to run%"))
                .isEqualTo(1);

        openEvent(door);
        assertThat(average()).as("the hidden review counts no more").isEqualTo("2.0");
        assertThat(count()).isEqualTo("1 review");
        assertThat(bar(5)).isEqualTo("0");
        assertThat(row("reviewList:table", typed).getText())
                .as("moderators still see it, marked")
                .contains("Hidden by the moderators");

        browser.get(Platform.uri("/admin/moderation.xhtml").toString());
        row("moderation:hiddenTable", typed)
                .findElement(By.cssSelector("textarea[id$=':reason']"))
                .sendKeys("Harmless once shown as text");
        row("moderation:hiddenTable", typed)
                .findElement(By.cssSelector("button[id$=':restore']"))
                .click();
        waitForMessage("shows again; its author is told");

        openEvent(door);
        assertThat(average()).as("restored, it counts again").isEqualTo("3.5");
        assertThat(count()).isEqualTo("2 reviews");
        assertThat(bar(5)).isEqualTo("1");

        browser.get(Platform.uri("/admin/accounts.xhtml").toString());
        assertThat(browser.getPageSource())
                .as("support staff see no other admin page")
                .contains("You may not see this page");
    }

    @Test
    void whoMayNotReviewIsToldWhyAndTheAuthorChangesTheirReviewAndAnOrganizerAnswers() {
        Door door = Entry.door("Not ended yet", 10);
        Person holder = person("early-holder", "CUSTOMER");
        ticket(door, holder);
        Person stranger = person("stranger", "CUSTOMER");

        openEvent(door);
        assertThat(browser.findElement(By.id("signInToReview")).getText())
                .startsWith("Sign in to review an event you went to");
        assertThat(browser.findElement(By.id("noReviews")).getText()).isEqualTo("No reviews yet.");

        signInAs(holder);
        openEvent(door);
        assertThat(browser.findElements(By.id("reviewForm"))).as("not ended").isEmpty();
        assertThat(browser.findElement(By.id("reviewHint")).getText())
                .startsWith("This event has not ended yet: with your ticket you can review it after");

        signInAs(stranger);
        openEvent(door);
        assertThat(browser.findElements(By.id("reviewForm")))
                .as("not an attendee")
                .isEmpty();
        assertThat(browser.findElement(By.id("reviewHint")).getText())
                .startsWith("Only customers who went to this event review it");

        ended(door);
        signInAs(holder);
        openEvent(door);
        assertThat(browser.findElement(By.cssSelector("#ownReview h3")).getText())
                .isEqualTo("Review this event");
        browser.findElement(By.id("reviewForm:save")).click();
        waitForReviewMessage("Choose a rating from 1 to 5 stars.");
        browser.findElement(By.cssSelector("label[for='reviewForm:rating:2']")).click();
        // past the field's own limit, as a page edited in the browser would send it
        ((JavascriptExecutor) browser)
                .executeScript("var t = document.getElementById('reviewForm:text'); t.removeAttribute('maxlength');"
                        + " t.value = 'x'.repeat(4001);");
        assertThat(((JavascriptExecutor) browser)
                        .executeScript("return document.getElementById('reviewForm:text').value.length;"))
                .isEqualTo(4001L);
        assertThat(browser.findElement(By.id("reviewForm:rating:2")).isSelected())
                .isTrue();
        browser.findElement(By.id("reviewForm:save")).click();
        // nothing cut off on the way: the review component refuses it
        waitForReviewMessage("Your text is too long: a review takes at most 4,000 characters.");
        assertThat(browser.findElement(By.id("reviewMessages")).getText()).contains("Review text too long");
        assertThat(TestData.count(
                        "select count(*) from review where event_id = ?",
                        door.event().eventId()))
                .isZero();

        WebElement text = browser.findElement(By.id("reviewForm:text"));
        text.clear();
        text.sendKeys("Fine");
        browser.findElement(By.id("reviewForm:save")).click();
        waitForReviewMessage("your review is published");
        Browser.await(browser).until(ExpectedConditions.textToBe(By.id("average"), "3.0"));
        Browser.await(browser).until(ExpectedConditions.textToBe(By.cssSelector("#ownReview h3"), "Your review"));

        browser.findElement(By.cssSelector("label[for='reviewForm:rating:3']")).click();
        browser.findElement(By.id("reviewForm:save")).click();
        waitForReviewMessage("Your review is changed.");
        Browser.await(browser).until(ExpectedConditions.textToBe(By.id("average"), "4.0"));
        assertThat(count()).isEqualTo("1 review");
        assertThat(row("reviewList:table", "Fine").getText()).contains("(edited)");

        String organizerEmail = TestData.unique("page-organizer") + "@example.org";
        long organizer = TestData.accountWithPassword(organizerEmail, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(organizer, door.organisation());
        signInAs(new Person(organizer, organizerEmail, null));
        openEvent(door);
        row("reviewList:table", "Fine")
                .findElement(By.cssSelector("button[id$=':startAnswer']"))
                .click();
        Browser.waitFor(browser, By.cssSelector("textarea[id$=':answerText']")).sendKeys("Thank you for coming!");
        browser.findElement(By.cssSelector("button[id$=':sendAnswer']")).click();
        waitForReviewMessage("Your answer is published.");
        Browser.await(browser)
                .until(driver -> row("reviewList:table", "Fine").getText().contains("Thank you for coming!"));
        assertThat(row("reviewList:table", "Fine").findElements(By.cssSelector("button[id$=':startAnswer']")))
                .as("once")
                .isEmpty();

        // an organizer of another organisation has no "Answer"
        Door other = Entry.door("Someone else's", 10);
        String outsiderEmail = TestData.unique("other-organizer") + "@example.org";
        long outsider = TestData.accountWithPassword(outsiderEmail, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(outsider, other.organisation());
        signInAs(new Person(outsider, outsiderEmail, null));
        openEvent(door);
        assertThat(row("reviewList:table", "Fine").findElements(By.cssSelector("button[id$=':startAnswer']")))
                .isEmpty();
        assertThat(row("reviewList:table", "Fine").findElements(By.cssSelector(".bo-verified")))
                .as("a ticket, but nobody scanned it")
                .isEmpty();
    }
}
