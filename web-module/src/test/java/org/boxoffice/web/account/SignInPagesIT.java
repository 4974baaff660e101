package org.boxoffice.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Register, confirm, sign in, the own pages, sign out: in a real browser against the platform. */
class SignInPagesIT {

    private static final String PASSWORD = "a fine long passphrase";
    private static final Pattern LINK = Pattern.compile("(http://\\S+\\?token=[A-Za-z0-9_-]+)");

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void registerConfirmByMailSignInAndSignOut() {
        String email = TestData.unique("newcomer") + "@example.org";
        open("/account/register.xhtml");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:name")).sendKeys("Nina Newcomer");
        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("register:repeated")).sendKeys(PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-error"));
        assertThat(text("register:messages")).as("the terms are required").contains("terms of use");

        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("register:repeated")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#register\\:terms .ui-chkbox-box")).click();
        browser.findElement(By.id("register:submit")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(text("register:messages")).contains("we sent a link to " + email);

        browser.get(linkIn(TestMail.await(email, "Confirm your e-mail address", Duration.ofSeconds(30))));
        browser.findElement(By.id("verify:confirm")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));

        open("/account/sign-in.xhtml");
        String sessionBefore = sessionId();
        assertThat(sessionBefore).as("the sign-in page's session").isNotNull();
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.id("nav:navProfile"));
        assertThat(browser.findElement(By.id("nav:navProfile")).getText()).isEqualTo("Nina Newcomer");
        assertThat(sessionId()).as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        Browser.screenshot(browser, "signed-in");

        browser.findElement(By.id("nav:navProfile")).click();
        Browser.waitFor(browser, By.id("details:name"));
        assertThat(text("details:email")).isEqualTo(email);

        browser.findElement(By.id("nav:signOut")).click();
        Browser.waitFor(browser, By.id("signedOut"));
        assertThat(text("signedOut")).contains("You are signed out");
        open("/my/profile.xhtml");
        assertThat(browser.getCurrentUrl())
                .as("an own page needs a session again")
                .contains("/account/sign-in.xhtml?next=");
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.id("details:name"));
        assertThat(browser.getCurrentUrl()).as("back to the page that asked").endsWith("/my/profile.xhtml");
    }

    @Test
    void wrongPasswordsAndLockedAccountsGetAClearMessage() {
        String email = TestData.unique("locked") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        open("/account/sign-in.xhtml");

        signIn(email, "not the password at all");
        Browser.waitFor(browser, By.cssSelector(".ui-messages-error"));
        assertThat(text("signIn:messages")).contains("The e-mail address or the password is not right");

        TestData.execute("update account set locked_until = now() + interval '10 minutes' where id = ?", id);
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.cssSelector(".ui-messages-error"));
        assertThat(text("signIn:messages")).contains("locked").contains("minutes");
        assertThat(browser.findElements(By.id("nav:navProfile")))
                .as("not signed in")
                .isEmpty();
    }

    @Test
    void pagesAreGuardedByRole() {
        String customer = TestData.unique("customer") + "@example.org";
        TestData.accountWithPassword(customer, PASSWORD, "CUSTOMER");
        open("/account/sign-in.xhtml");
        signIn(customer, PASSWORD);
        Browser.waitFor(browser, By.id("nav:navProfile"));
        assertThat(browser.findElements(By.id("nav:navAdmin"))).isEmpty();

        open("/admin/audit.xhtml");
        assertThat(browser.getPageSource()).contains("You may not see this page");
        browser.manage().deleteAllCookies();

        String admin = TestData.unique("admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        open("/account/sign-in.xhtml?next=/admin/audit.xhtml");
        signIn(admin, PASSWORD);
        Browser.waitFor(browser, By.id("audit:events"));
        assertThat(text("audit:events")).contains("SIGN_IN", admin);
    }

    @Test
    void anAdminMakesACustomerAnOrganizerOfANewOrganisation() {
        String admin = TestData.unique("granter") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        String email = TestData.unique("promoted") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        String organisation = TestData.unique("Hall Org");
        open("/account/sign-in.xhtml?next=/admin/accounts.xhtml");
        signIn(admin, PASSWORD);
        Browser.waitFor(browser, By.id("organisation:name"));

        browser.findElement(By.id("organisation:name")).sendKeys(organisation);
        browser.findElement(By.id("organisation:create")).click();
        Browser.waitFor(browser, By.cssSelector("#organisation\\:messages .ui-messages-info"));

        // the newest accounts are not necessarily on the first page: open the editor by row id
        TestData.execute("update account set email = ? where id = ?", "aaa-" + email, id);
        open("/admin/accounts.xhtml");
        Browser.waitFor(browser, By.id("accounts:table"));
        browser.findElement(By.xpath("//tr[td[contains(., 'aaa-" + email + "')]]//button"))
                .click();
        Browser.waitFor(browser, By.id("accounts:roles"));
        browser.findElement(By.xpath("//*[@id='accounts:roles']//label[text()='ORGANIZER']"))
                .click();
        String organisationId = TestData.text("select id from organisation where name = ?", organisation);
        Browser.choose(browser, "widget_accounts_organisation", organisationId);
        assertThat(text("accounts:organisation_label")).isEqualTo(organisation);
        browser.findElement(By.id("accounts:save")).click();
        Browser.waitFor(browser, By.cssSelector("#accounts\\:messages .ui-messages-info"));

        assertThat(TestData.count("select count(*) from account_role where account_id = ? and role = 'ORGANIZER'", id))
                .isEqualTo(1);
        assertThat(TestData.count(
                        "select count(*) from account a join organisation o on o.id = a.organisation_id"
                                + " where a.id = ? and o.name = ?",
                        id,
                        organisation))
                .isEqualTo(1);
        assertThat(TestData.count(
                        "select count(*) from audit_event where subject_id = ? and action = 'ROLES_CHANGED'", id))
                .isEqualTo(1);
    }

    @Test
    void anOrganizerSeesOnlyTheOwnOrganisationsEvents() {
        String email = TestData.unique("otto") + "@example.org";
        long organizer = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        long own = TestData.organisation(TestData.unique("Own Org"));
        long other = TestData.organisation(TestData.unique("Other Org"));
        TestData.joinOrganisation(organizer, own);
        String ownTitle = TestData.unique("Own Gala");
        String otherTitle = TestData.unique("Rival Gala");
        OffsetDateTime soon = OffsetDateTime.now().plusDays(3);
        TestData.organiseEvent(
                TestData.draftEvent(ownTitle, "Hamburg", soon, "10.00", 50).eventId(), own);
        TestData.organiseEvent(
                TestData.publishedEvent(otherTitle, "Hamburg", soon, "10.00", 50)
                        .eventId(),
                other);

        open("/account/sign-in.xhtml?next=/organizer/events.xhtml");
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.id("events:table"));

        assertThat(text("events:table")).contains(ownTitle, "DRAFT").doesNotContain(otherTitle);
        open("/admin/audit.xhtml");
        assertThat(browser.getPageSource()).contains("You may not see this page");
    }

    @Test
    void aPasswordChangedElsewhereEndsThePageSession() {
        String email = TestData.unique("changer") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        open("/account/sign-in.xhtml?next=/my/profile.xhtml");
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.id("details:name"));

        assertThat(Http.postJson(
                                Platform.uri("/api/v1/accounts/me/password"),
                                "{\"currentPassword\":\"" + PASSWORD
                                        + "\",\"newPassword\":\"another fine passphrase\"}",
                                "Authorization",
                                "Bearer " + Tokens.valid(id, email, "CUSTOMER"))
                        .statusCode())
                .isEqualTo(204);

        open("/my/profile.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/account/sign-in.xhtml?next=");
    }

    @Test
    void theProfilePageSavesDetailsAndRefusesABadPhoneNumber() {
        String email = TestData.unique("editor") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        open("/account/sign-in.xhtml?next=/my/profile.xhtml");
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.id("details:name"));

        replace("details:name", "Edith Editor");
        replace("details:phone", "+49 30 1234567");
        Select language = new Select(browser.findElement(By.id("details:language")));
        assertThat(language.getFirstSelectedOption().getText()).isEqualTo("English");
        language.selectByVisibleText("Deutsch");
        browser.findElement(By.id("details:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(text("messages")).contains("Your details are saved");
        assertThat(browser.findElement(By.id("nav:navProfile")).getText()).isEqualTo("Edith Editor");
        assertThat(TestData.text("select preferred_language from account where email = ?", email))
                .as("the language of the mails")
                .isEqualTo("de");
        assertThat(new Select(browser.findElement(By.id("details:language")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Deutsch");

        replace("details:phone", "ring me");
        browser.findElement(By.id("details:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-error"));
        assertThat(text("messages")).contains("Phone number not valid");
        assertThat(TestData.text("select phone from account where email = ?", email))
                .startsWith("{aes-gcm:");
    }

    @Test
    void closingTheAccountOpensOnlyFromThePortalAndNeedsThePassword() {
        String email = TestData.unique("leaver") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        open("/account/sign-in.xhtml?next=/my/privacy.xhtml");
        signIn(email, PASSWORD);
        Browser.waitFor(browser, By.id("close"));

        open("/my/close-account.xhtml");
        assertThat(browser.getPageSource())
                .as("a protected view opened without its token, as from another site's link")
                .contains("You may not see this page");

        open("/my/privacy.xhtml");
        browser.findElement(By.id("close")).click();
        Browser.waitFor(browser, By.id("close:password"));
        browser.findElement(By.id("close:password")).sendKeys("not my password");
        browser.findElement(By.cssSelector("#close\\:understood .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("close:confirm")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-error"));
        assertThat(text("close:messages")).contains("not the password");

        browser.findElement(By.id("close:password")).sendKeys(PASSWORD);
        if (!browser.findElement(By.cssSelector("#close\\:understood .ui-chkbox-box"))
                .getAttribute("class")
                .contains("ui-state-active")) {
            browser.findElement(By.cssSelector("#close\\:understood .ui-chkbox-box"))
                    .click();
        }
        browser.findElement(By.id("close:confirm")).click();
        Browser.waitFor(browser, By.id("closed"));
        assertThat(TestData.text("select status from account where id = ?", id)).isEqualTo("CLOSED");
        assertThat(browser.findElements(By.id("nav:navProfile"))).isEmpty();
    }

    private void signIn(String email, String password) {
        replace("signIn:email", email);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
    }

    private void open(String path) {
        browser.get(Platform.uri(path).toString());
    }

    private void replace(String id, String value) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private static String linkIn(TestMail.Received mail) {
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        return link.group(1);
    }
}
