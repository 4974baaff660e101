package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The support pages in a real browser: a customer opens a case from a booking's page with a file; a
 * support account finds it on the desk, takes an internal note, answers with a canned reply and
 * refunds one ticket from the case; the customer reads the answer (never the note) and sees the
 * refund on the booking's page. Files the rules refuse come back as messages in words; another
 * customer cannot open the case nor its file.
 */
class SupportPagesIT extends BrowserTest {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void aCustomerAsksTheDeskAnswersAndRefundsOneTicketFromTheCase() throws IOException {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Help Night"), TestData.unique("Helptown"), IN_A_MONTH, "20.00", 10);
        String customerEmail = TestData.unique("asker") + "@example.org";
        long customer = TestData.accountWithPassword(customerEmail, PASSWORD, "CUSTOMER");
        String booking = Holds.confirmed(Tokens.valid(customer, customerEmail, "CUSTOMER"), Holds.itemsBody(event, 3))
                .getString("id");
        String subject = "One ticket <b>back</b> " + TestData.unique("please");

        // the customer opens a case from the booking's page, with a file
        Browser.signIn(browser, customerEmail, PASSWORD, "/my/booking.xhtml?id=" + booking);
        Browser.waitFor(browser, By.id("contactSupport")).click();
        Browser.waitFor(browser, By.id("newCase:subject")).sendKeys(subject);
        assertThat(browser.findElement(By.id("about")).getText()).contains(booking, event.title());
        Browser.choose(browser, "widget_newCase_kind", "REFUND_REQUEST");
        browser.findElement(By.id("newCase:body"))
                .sendKeys("A friend cannot come.\nPlease refund one of the three tickets.");
        Path note = Files.createTempFile("friend", ".txt");
        Files.writeString(note, "the doctor's note, as text");
        browser.findElement(By.cssSelector("#newCase input[type=file]"))
                .sendKeys(note.toAbsolutePath().toString());
        Browser.guidePicture(browser, "customer-new-case");
        browser.findElement(By.id("newCase:open")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/my/case.xhtml?id="));
        String caseId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        waitForMessage("Your case " + caseId + " is open");
        assertThat(browser.findElement(By.id("heading")).getText()).isEqualTo(subject);
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Open");
        assertThat(browser.findElement(By.id("thread")).getText()).contains("Please refund one of the three tickets.");
        WebElement attachment = browser.findElement(By.cssSelector("#thread .bo-attachment"));
        assertThat(attachment.getText()).isEqualTo(note.getFileName().toString());
        String attachmentUrl = attachment.getAttribute("href");
        HttpResponse<byte[]> file = Http.getBytes(URI.create(attachmentUrl), "Cookie", cookies());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("the doctor's note, as text");
        assertThat(Http.contentType(file)).startsWith("text/plain");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // files the rules refuse come back in words, and nothing is written
        Path program = Files.createTempFile("photo", ".png");
        Files.write(program, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff});
        reply("Here is a photo.", program);
        waitForMessage("File type not accepted");
        Path huge = Files.createTempFile("huge", ".txt");
        byte[] text = new byte[5 * 1024 * 1024 + 100];
        Arrays.fill(text, (byte) 'a');
        Files.write(huge, text);
        reply("Here is a long text.", huge);
        waitForMessage("File too large");
        assertThat(browser.findElement(By.id("thread")).getText()).doesNotContain("Here is a");
        browser.findElement(By.id("nav:signOut")).click();

        // a support account finds it on the desk
        String canned = TestData.unique("Refund on its way");
        String staffEmail = TestData.unique("desk") + "@example.org";
        long staff = TestData.accountWithPassword(staffEmail, PASSWORD, "SUPPORT");
        HttpResponse<String> reply = Api.post(
                "/api/v1/support/canned-replies",
                "{\"title\":\"" + canned + "\",\"language\":\"en\","
                        + "\"body\":\"We have refunded one ticket. Enjoy the evening!\"}",
                Tokens.valid(staff, staffEmail, "SUPPORT"));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        String cannedId = Http.json(reply).getString("id");

        Browser.signIn(browser, staffEmail, PASSWORD, "/my/bookings.xhtml");
        Browser.waitFor(browser, By.id("nav:navDesk")).click();
        Browser.waitFor(browser, By.id("desk:queue"));
        browser.findElement(By.id("desk:event")).sendKeys(String.valueOf(event.eventId()));
        Browser.choose(browser, "widget_desk_state", "OPEN");
        WebElement queue = browser.findElement(By.id("desk:queue"));
        browser.findElement(By.id("desk:filter")).click();
        Browser.await(browser).until(Browser.gone(queue));
        queue = Browser.waitFor(browser, By.id("desk:queue"));
        assertThat(queue.getText())
                .contains(subject, "Test " + customerEmail, booking, event.title(), "Open", "Refund request");
        Browser.guidePicture(browser, "desk-queue");
        queue.findElement(By.linkText(subject)).click();

        Browser.waitFor(browser, By.id("thread"));
        assertThat(browser.findElement(By.id("heading")).getText()).isEqualTo(subject);
        assertThat(browser.findElement(By.id("thread")).getText()).contains("Please refund one of the three tickets.");
        assertThat(browser.findElement(By.id("firstResponse")).getText()).isEqualTo("not yet");

        browser.findElement(By.id("write:body")).sendKeys("Internal: the friend's note looks fine.");
        browser.findElement(By.id("write:note")).click();
        waitForMessage("Your internal note is added.");
        assertThat(browser.findElement(By.cssSelector(".bo-message-internal")).getText())
                .containsIgnoringCase("Internal note")
                .contains("the friend's note looks fine");

        // as a person's choice does: the menu's change event asks the server for the reply's text
        ((JavascriptExecutor) browser)
                .executeScript(
                        "var menu = PrimeFaces.widgets[arguments[0]]; menu.selectValue(arguments[1]);"
                                + " menu.triggerChange();",
                        "widget_write_canned",
                        cannedId);
        Browser.await(browser)
                .until(ExpectedConditions.attributeContains(By.id("write:body"), "value", "Enjoy the evening!"));
        browser.findElement(By.id("write:answer")).click();
        waitForMessage("Your answer is sent to the customer.");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Waiting for the customer");
        assertThat(browser.findElement(By.id("firstResponse")).getText()).isNotEqualTo("not yet");

        browser.findElement(By.id("manage:assignMe")).click();
        waitForMessage("The case is assigned.");
        assertThat(browser.findElement(By.id("assignee")).getText()).isEqualTo("Test " + staffEmail);
        assertThat(browser.findElements(By.id("manage:assignMe"))).isEmpty();
        Browser.guidePicture(browser, "desk-case");

        // one ticket back, from the case
        browser.findElement(By.cssSelector("#actions\\:refundTickets .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("actions:refund")).click();
        Browser.waitFor(browser, By.id("actions:confirmYes"));
        Browser.guidePicture(browser, "desk-refund");
        browser.findElement(By.id("actions:confirmYes")).click();
        waitForMessage("refunded (one ticket)");
        assertThat(browser.findElement(By.id("actionList")).getText()).contains("Refund", "Test " + staffEmail);
        assertThat(browser.findElement(By.id("actions:refundTickets")).findElements(By.cssSelector(".ui-chkbox-box")))
                .hasSize(2);
        browser.findElement(By.id("nav:signOut")).click();

        // the customer reads the answer, never the note, and sees the refund on the booking
        Browser.signIn(browser, customerEmail, PASSWORD, "/my/bookings.xhtml");
        Browser.waitFor(browser, By.id("nav:navCases")).click();
        WebElement cases = Browser.waitFor(browser, By.id("cases:table"));
        assertThat(cases.getText()).contains(subject, "Answered", "Booking " + booking);
        cases.findElement(By.linkText(subject)).click();
        Browser.waitFor(browser, By.id("thread"));
        assertThat(browser.findElement(By.id("thread")).getText())
                .contains("We have refunded one ticket. Enjoy the evening!", "Test " + staffEmail, "Support")
                .doesNotContain("Internal", "looks fine");
        assertThat(browser.getPageSource()).doesNotContain("looks fine");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Answered");
        Browser.guidePicture(browser, "customer-case-answered");

        browser.findElement(By.id("booking")).click();
        Browser.waitFor(browser, By.id("tickets"));
        assertThat(browser.findElements(By.cssSelector("#tickets .bo-ticket-refunded")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#tickets .bo-ticket"))).hasSize(3);
        assertThat(browser.findElement(By.id("refunds")).getText()).contains("refunded");
    }

    @Test
    void anotherCustomerCannotOpenTheCaseNorItsFile() throws IOException {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Private Night"), TestData.unique("Hushtown"), IN_A_MONTH, "15.00", 10);
        String ownerEmail = TestData.unique("owner") + "@example.org";
        long owner = TestData.accountWithPassword(ownerEmail, PASSWORD, "CUSTOMER");
        String ownerToken = Tokens.valid(owner, ownerEmail, "CUSTOMER");
        String booking = Holds.confirmed(ownerToken, Holds.itemsBody(event, 1)).getString("id");
        HttpResponse<String> opened = Api.post(
                "/api/v1/support/cases",
                "{\"kind\":\"QUESTION\",\"bookingId\":\"" + booking
                        + "\",\"subject\":\"Private matter\",\"body\":\"Only for the desk.\"}",
                ownerToken);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = Http.json(opened).getJsonObject("supportCase").getString("id");

        String otherEmail = TestData.unique("nosy") + "@example.org";
        TestData.accountWithPassword(otherEmail, PASSWORD, "CUSTOMER");
        Browser.signIn(browser, otherEmail, PASSWORD, "/my/cases.xhtml");
        assertThat(Browser.waitFor(browser, By.id("cases:table")).getText()).contains("You have no support cases.");
        browser.get(Platform.uri("/my/case.xhtml?id=" + caseId).toString());
        assertThat(browser.getPageSource())
                .contains("This page does not exist.")
                .doesNotContain("Private matter");
        HttpResponse<byte[]> file = Http.getBytes(
                Platform.uri("/my/case-attachment?case=" + caseId + "&attachment=1"), "Cookie", cookies());
        assertThat(file.statusCode()).isEqualTo(404);
        browser.get(Platform.uri("/my/new-case.xhtml?booking=" + booking).toString());
        assertThat(browser.getPageSource()).contains("This page does not exist.");
        browser.get(Platform.uri("/support/desk.xhtml").toString());
        assertThat(browser.getPageSource()).contains("You may not see this page");
        assertThat(browser.findElements(By.id("nav:navDesk"))).isEmpty();
    }

    @Test
    void aMemberOfTheDeskReadsTheirOwnCaseAsItsCustomer() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Own Night"), TestData.unique("Selfton"), IN_A_MONTH, "15.00", 10);
        String email = TestData.unique("desk-customer") + "@example.org";
        long member = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER", "SUPPORT");
        String token = Tokens.valid(member, email, "CUSTOMER", "SUPPORT");
        String booking = Holds.confirmed(token, Holds.itemsBody(event, 1)).getString("id");
        HttpResponse<String> opened = Api.post(
                "/api/v1/support/cases",
                "{\"kind\":\"QUESTION\",\"bookingId\":\"" + booking
                        + "\",\"subject\":\"My own question\",\"body\":\"As a customer.\"}",
                token);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = Http.json(opened).getJsonObject("supportCase").getString("id");

        Browser.signIn(browser, email, PASSWORD, "/my/cases.xhtml");
        assertThat(Browser.waitFor(browser, By.id("cases:table")).getText())
                .as("their own cases only, not the desk's queue")
                .contains("My own question");
        assertThat(browser.findElements(By.cssSelector("[id='cases:table_data'] > tr")))
                .hasSize(1);
        browser.get(Platform.uri("/support/case.xhtml?id=" + caseId).toString());
        Browser.await(browser).until(ExpectedConditions.urlContains("/my/case.xhtml?id=" + caseId));
        assertThat(browser.getPageSource()).contains("My own question");
    }

    @Test
    void anOrganizerAnswersTheCasesOfTheirEventsOnlyAndTheDeskKeepsCannedReplies() {
        long organisation = TestData.organisation(TestData.unique("Helpful Hall"));
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Own Night"), TestData.unique("Owntown"), IN_A_MONTH, "10.00", 10);
        TestData.organiseEvent(event.eventId(), organisation);
        String customerEmail = TestData.unique("guest") + "@example.org";
        long customer = TestData.accountWithPassword(customerEmail, PASSWORD, "CUSTOMER");
        String token = Tokens.valid(customer, customerEmail, "CUSTOMER");
        String booking = Holds.confirmed(token, Holds.itemsBody(event, 1)).getString("id");
        String subject = TestData.unique("Is there parking");
        HttpResponse<String> opened = Api.post(
                "/api/v1/support/cases",
                "{\"kind\":\"QUESTION\",\"bookingId\":\"" + booking + "\",\"subject\":\"" + subject
                        + "\",\"body\":\"Where do I park?\"}",
                token);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        HttpResponse<String> general = Api.post(
                "/api/v1/support/cases",
                "{\"kind\":\"GENERAL\",\"subject\":\"My account\",\"body\":\"Not about an event.\"}",
                token);
        assertThat(general.statusCode()).as(general.body()).isEqualTo(201);
        String generalId = Http.json(general).getJsonObject("supportCase").getString("id");

        String organizerEmail = TestData.unique("organizer") + "@example.org";
        long organizer = TestData.accountWithPassword(organizerEmail, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(organizer, organisation);
        Browser.signIn(browser, organizerEmail, PASSWORD, "/organizer/events.xhtml");
        Browser.waitFor(browser, By.id("nav:navDesk")).click();
        WebElement queue = Browser.waitFor(browser, By.id("desk:queue"));
        assertThat(queue.getText()).contains(subject, event.title()).doesNotContain("My account");
        assertThat(browser.findElements(By.id("desk:assignee"))).isEmpty();
        queue.findElement(By.linkText(subject)).click();
        Browser.waitFor(browser, By.id("write:body")).sendKeys("Behind the hall, free after 6 pm.");
        assertThat(browser.findElements(By.id("manage"))).isEmpty();
        assertThat(browser.findElements(By.id("actions"))).isEmpty();
        browser.findElement(By.id("write:answer")).click();
        waitForMessage("Your answer is sent to the customer.");
        assertThat(browser.findElement(By.id("thread")).getText()).contains("Behind the hall", "Organizer");
        browser.get(Platform.uri("/support/case.xhtml?id=" + generalId).toString());
        assertThat(browser.getPageSource())
                .contains("This page does not exist.")
                .doesNotContain("Not about an event");
        browser.get(Platform.uri("/support/canned-replies.xhtml").toString());
        assertThat(browser.getPageSource()).contains("You may not see this page");
        browser.get(Platform.uri("/my/bookings.xhtml").toString());
        Browser.waitFor(browser, By.id("nav:signOut")).click();

        String staffEmail = TestData.unique("keeper") + "@example.org";
        TestData.accountWithPassword(staffEmail, PASSWORD, "SUPPORT");
        Browser.signIn(browser, staffEmail, PASSWORD, "/support/desk.xhtml");
        Browser.waitFor(browser, By.id("cannedReplies")).click();
        String title = TestData.unique("Parking");
        Browser.waitFor(browser, By.id("reply:title")).sendKeys(title);
        browser.findElement(By.id("reply:body")).sendKeys("Behind the hall.\nFree after 6 pm.");
        browser.findElement(By.id("reply:save")).click();
        waitForMessage("Canned reply \"" + title + "\" saved.");
        assertThat(browser.findElement(By.id("replies:table")).getText()).contains(title, "en", "Free after 6 pm.");
    }

    /** Writes on the customer's case page with a file. */
    private void reply(String body, Path file) {
        WebElement text = Browser.waitFor(browser, By.id("reply:body"));
        text.clear();
        text.sendKeys(body);
        browser.findElement(By.cssSelector("#reply input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("reply:send")).click();
        Browser.await(browser).until(Browser.gone(text));
    }

    private String cookies() {
        return browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }
}
