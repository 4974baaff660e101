package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin creates, renames and deletes a category on the categories page, in a real browser. */
class CategoriesPageIT extends BrowserTest {

    @Test
    void anAdminCreatesRenamesAndDeletesACategory() {
        String tag = TestData.unique("p").toLowerCase();
        String name = "Puppetry " + tag;
        String renamed = "Puppet Theatre " + tag;
        signInAsAdmin();
        // the admin console's start page leads to it
        browser.findElement(By.id("nav:navAdmin")).click();
        Browser.waitFor(browser, By.id("console-categories")).click();
        Browser.waitFor(browser, By.id("create:name"));

        browser.findElement(By.id("create:name")).sendKeys(name);
        browser.findElement(By.id("create:create")).click();
        waitForMessage("is created");
        assertThat(text("messages")).contains(name, "puppetry-" + tag);
        assertThat(row(name).getText()).contains("puppetry-" + tag, "0");
        Browser.guidePicture(browser, "admin-categories");

        row(name).findElement(By.xpath(".//button[contains(@id,':rename')]")).click();
        Browser.waitFor(browser, By.id("categories:newName"));
        browser.findElement(By.id("categories:newName")).clear();
        browser.findElement(By.id("categories:newName")).sendKeys(renamed);
        browser.findElement(By.id("categories:save")).click();
        waitForMessage("is renamed to");
        assertThat(row(renamed).getText()).as("the slug stays").contains("puppetry-" + tag);
        assertThat(TestData.text("select name from category where slug = ?", "puppetry-" + tag))
                .isEqualTo(renamed);

        row(renamed).findElement(By.xpath(".//button[contains(@id,':delete')]")).click();
        Browser.waitFor(browser, By.id("categories:confirmYes"));
        browser.findElement(By.id("categories:confirmYes")).click();
        waitForMessage("is deleted");
        assertThat(text("categories:table")).doesNotContain(renamed);
        assertThat(TestData.count("select count(*) from category where slug = ?", "puppetry-" + tag))
                .isZero();
        assertThat(TestData.count(
                        "select count(*) from audit_event where action in"
                                + " ('CATEGORY_CREATED', 'CATEGORY_RENAMED', 'CATEGORY_DELETED') and detail like ?",
                        "%puppetry-" + tag + "%"))
                .isEqualTo(3);
    }

    @Test
    void aCategoryInUseIsNotDeletedAndAnInvalidSlugIsRefused() {
        String tag = TestData.unique("q").toLowerCase();
        String name = "Magic " + tag;
        long category = TestData.category(name, "magic-" + tag);
        TestData.draftEventIn(category, "Illusions " + tag);
        signInAsAdmin();

        row(name).findElement(By.xpath(".//button[contains(@id,':delete')]")).click();
        Browser.waitFor(browser, By.id("categories:confirmYes"));
        browser.findElement(By.id("categories:confirmYes")).click();
        waitForMessage("Category in use");
        assertThat(text("messages")).contains("one event");
        assertThat(row(name).getText()).contains("magic-" + tag, "1");

        browser.findElement(By.id("create:name")).sendKeys("Circus " + tag);
        browser.findElement(By.id("create:slug")).sendKeys("Circus Arts");
        browser.findElement(By.id("create:create")).click();
        waitForMessage("Invalid slug");
        assertThat(TestData.count("select count(*) from category where name = ?", "Circus " + tag))
                .isZero();
    }

    private void signInAsAdmin() {
        String admin = TestData.unique("category-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/admin/categories.xhtml");
        Browser.waitFor(browser, By.id("create:name"));
    }

    /** The table row of the category with this name. */
    private WebElement row(String name) {
        // the cell's own text: on a phone's layout the cell also holds its column's title
        By row = By.xpath("//*[@id='categories:table']//tr[td[text()[normalize-space(.)='" + name + "']]]");
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(row));
        return browser.findElement(row);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
