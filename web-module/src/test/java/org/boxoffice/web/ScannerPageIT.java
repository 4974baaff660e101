package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Entry;
import org.boxoffice.it.FakeCamera;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The door scanner on a phone (scan.xhtml in Chromium's phone emulation), with a scanner token of
 * the event in the link's fragment: the fake camera shows a freshly booked ticket's own QR code
 * (the platform's PNG, big and centred on white) and the page lets it in, green with the ticket
 * type and the holder's first name; after its hold-off the same code, still in front of the
 * camera, is refused red as already used, with when and at which gate. Chromium on Linux has no
 * {@code BarcodeDetector}, so the frames go to the platform's decoder: the page says which way it
 * read them ({@code data-decoder}) and the test checks that it says so. A code typed in with a
 * gate, a gate kept for the next visit, and a token that is refused complete it.
 */
class ScannerPageIT {

    private WebDriver phone;

    @AfterEach
    void closeThePhone() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void theCameraReadsATicketsQrCodeLetsItInAndSaysItWasUsedWhenItComesAgain() {
        Entry.Door door = Entry.door("Scanner Night", 10);
        Entry.Issued ticket = Entry.tickets(door.event(), 1).get(0);
        String token = Entry.scannerToken(door, "Phone 1", "North").getString("token");
        HttpResponse<byte[]> qr = Http.getBytes(
                Api.uri("/api/v1/tickets/" + ticket.id() + "/qr.png"),
                "Authorization",
                "Bearer " + ticket.customerToken());
        assertThat(qr.statusCode()).isEqualTo(200);
        Path camera = FakeCamera.showing(qr.body(), 3);
        phone = Browser.openPhone(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + camera);

        phone.get(Platform.uri("/scan.xhtml#token=" + token).toString());

        WebElement result =
                Browser.await(phone, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        Browser.await(phone, 30).until(ExpectedConditions.attributeToBe(result, "data-result", "admitted"));
        WebElement scanner = phone.findElement(By.id("scanner"));
        String decoder = scanner.getAttribute("data-decoder");
        System.out.println("ScannerPageIT: the page read the camera's frames with the " + decoder + " decoder");
        assertThat(decoder)
                .as("BarcodeDetector %s in this Chromium", hasBarcodeDetector() ? "exists" : "does not exist")
                .isEqualTo(hasBarcodeDetector() ? "browser" : "server");
        assertThat(result.getText()).contains("Admitted", "Standard", "Test");
        assertThat(phone.getCurrentUrl())
                .as("the token is out of the address bar")
                .doesNotContain("token");
        assertThat(js("return sessionStorage.getItem('boxoffice.scanner.token')"))
                .isEqualTo(token);
        Browser.screenshot(phone, "scanner-admitted");

        // the same ticket is still in front of the camera: after the hold-off it is scanned again
        Browser.await(phone, 30).until(ExpectedConditions.attributeToBe(result, "data-result", "refused"));
        assertThat(result.getAttribute("data-code")).isEqualTo("checkin.already-used");
        assertThat(result.getText()).contains("Already used", "This ticket was let in at", "at North");
        assertThat(Integer.parseInt(scanner.getAttribute("data-answers")))
                .as("one answer per hold-off, not one per frame")
                .isLessThanOrEqualTo(3);
        Browser.screenshot(phone, "scanner-already-used");
    }

    @Test
    void aTypedCodeIsCheckedInAtTheGateTypedWhichThePhoneKeeps() {
        Entry.Door door = Entry.door("Typed Night", 10);
        Entry.Issued ticket = Entry.tickets(door.event(), 1).get(0);
        String token = Entry.scannerToken(door, "Phone 2", null).getString("token");
        // no camera at all: typing still works
        phone = Browser.openPhone("--use-fake-ui-for-media-stream");
        phone.get(Platform.uri("/scan.xhtml").toString());

        Browser.waitFor(phone, By.id("token"))
                .sendKeys(Platform.uri("/scan.xhtml#token=" + token).toString());
        phone.findElement(By.id("useToken")).click();
        WebElement gate = Browser.waitFor(phone, By.id("gate"));
        gate.sendKeys("Side door");
        WebElement code = phone.findElement(By.id("code"));
        code.sendKeys(ticket.code());
        phone.findElement(By.id("checkCode")).click();
        WebElement result = Browser.waitFor(phone, By.id("result"));
        Browser.await(phone).until(ExpectedConditions.attributeToBe(result, "data-result", "admitted"));

        phone.navigate().refresh();
        assertThat(Browser.waitFor(phone, By.id("gate")).getAttribute("value"))
                .as("the gate is kept on the phone")
                .isEqualTo("Side door");
        Browser.waitFor(phone, By.id("code")).sendKeys(ticket.code());
        phone.findElement(By.id("checkCode")).click();
        WebElement again = Browser.waitFor(phone, By.id("result"));
        Browser.await(phone).until(ExpectedConditions.attributeToBe(again, "data-result", "refused"));
        assertThat(again.getText()).contains("Already used", "at Side door");

        phone.findElement(By.id("code")).sendKeys("NOT-A-TICKET");
        phone.findElement(By.id("checkCode")).click();
        Browser.await(phone)
                .until(ExpectedConditions.attributeToBe(By.id("result"), "data-code", "checkin.invalid-code"));
        assertThat(phone.findElement(By.id("result")).getText()).contains("Not a valid ticket");
    }

    @Test
    void aTokenThatIsRefusedIsSaidSoAndAnotherIsAskedFor() {
        Entry.Door door = Entry.door("Revoked Night", 10);
        Entry.Issued ticket = Entry.tickets(door.event(), 1).get(0);
        JsonObject issued = Entry.scannerToken(door, "Phone 3", null);
        HttpResponse<String> revoked = Http.delete(
                Api.uri("/api/v1/organizer/events/" + door.event().eventId() + "/scanner-tokens/"
                        + issued.getString("id")),
                "Authorization",
                "Bearer " + door.organizer());
        assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);
        phone = Browser.openPhone("--use-fake-ui-for-media-stream");
        phone.get(Platform.uri("/scan.xhtml#token=" + issued.getString("token")).toString());

        Browser.waitFor(phone, By.id("code")).sendKeys(ticket.code());
        phone.findElement(By.id("checkCode")).click();

        WebElement result = Browser.waitFor(phone, By.id("result"));
        Browser.await(phone).until(ExpectedConditions.attributeToBe(result, "data-result", "refused"));
        assertThat(result.getText()).contains("Scanner token not accepted");
        assertThat(Browser.waitFor(phone, By.id("token")).isDisplayed()).isTrue();
        assertThat(js("return sessionStorage.getItem('boxoffice.scanner.token')"))
                .isNull();
    }

    private boolean hasBarcodeDetector() {
        return Boolean.TRUE.equals(js("return 'BarcodeDetector' in window"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) phone).executeScript(script);
    }
}
