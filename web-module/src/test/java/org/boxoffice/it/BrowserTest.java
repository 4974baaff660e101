package org.boxoffice.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A test in a real browser: each test method has a desktop {@link Browser} of its own, closed after it. */
public abstract class BrowserTest {

    /** The password of the accounts the tests make to sign in with. */
    protected static final String PASSWORD = "a fine long passphrase";

    protected WebDriver browser;

    @BeforeEach
    protected void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    protected void closeBrowser() {
        browser.quit();
    }

    /** Waits until the page's messages show {@code text}. */
    protected void waitForMessage(String text) {
        Browser.await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }
}
