package org.dayone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.dayone.narrative.DocumentManagement;
import org.dayone.narrative.SaveOutcome;
import org.dayone.people.CurrentUser;
import org.dayone.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A person writes a PR/FAQ in a real browser: the main flow, the edit conflict, and accessibility on every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
@Import(TestUsers.class)
class PrfaqBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	DocumentManagement documents;

	WebDriver browser;
	CurrentUser author;
	String base;

	@BeforeEach
	void open() throws Exception {
		browser = BrowserSupport.startChromium();
		author = users.member("Payments");
		base = "http://localhost:" + port;
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void writeAPrfaqSaveTwiceAndSeeTheDiffAndDrift() throws Exception {
		browser.get(base + "/login");
		assertAccessible("login");
		BrowserSupport.signIn(browser, base, author.username(), TestUsers.PASSWORD);
		assertAccessible("home");

		browser.findElement(By.linkText("New PR/FAQ")).click();
		browser.findElement(By.id("title")).sendKeys("QuickPay for suppliers");
		browser.findElement(By.id("tpl-new-product")).click();
		browser.findElement(By.cssSelector("form button.primary")).click();
		BrowserSupport.waitFor(browser).until(ExpectedConditions.urlMatches("/documents/\\d+/edit$"));
		assertAccessible("editor");

		typeInto("section-headline", "QuickPay lets suppliers get paid in one day");
		typeInto("section-summary", "Suppliers wait 30 days for payment. QuickPay costs $20 a month.");
		BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"),
				"QuickPay costs $20 a month"));
		browser.findElement(By.id("save-button")).click();
		BrowserSupport.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-notice")));
		assertThat(browser.findElement(By.id("saved-notice")).getText()).contains("Saved revision 2");
		assertAccessible("document");

		browser.findElement(By.linkText("Edit")).click();
		typeInto("section-summary", "Suppliers wait 30 days for payment. QuickPay costs $35 a month.");
		browser.findElement(By.id("save-button")).click();
		BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-notice"),
				"Saved revision 3"));
		String drift = browser.findElement(By.id("drift-overall")).getText();
		assertThat(drift).endsWith("%");
		assertThat(Integer.parseInt(drift.replace("%", ""))).isBetween(1, 100);

		browser.findElement(By.linkText("Changes in revision 3")).click();
		BrowserSupport.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-drift")));
		assertThat(browser.findElement(By.cssSelector(".diff del")).getText()).isEqualTo("20");
		assertThat(browser.findElement(By.cssSelector(".diff ins")).getText()).isEqualTo("35");
		assertThat(browser.findElement(By.id("diff-drift")).getText()).endsWith("%");
		assertAccessible("diff");
	}

	@Test
	void whenSomeoneSavesMeanwhileTheEditorShowsBothTextsAndTheMergeIsSaved() throws Exception {
		long id = documents.create("new-product", "Conflict in the browser", author).id();
		BrowserSupport.signIn(browser, base, author.username(), TestUsers.PASSWORD);
		browser.get(base + "/documents/" + id + "/edit");
		typeInto("section-summary", "My careful summary.");

		// A colleague saves revision 2 while the editor is open on revision 1.
		SaveOutcome theirs = documents.save(id, 1, "Conflict in the browser", Map.of("summary", "Their quick summary."),
				"colleague", author);
		assertThat(theirs).isInstanceOf(SaveOutcome.Saved.class);

		browser.findElement(By.id("save-button")).click();
		BrowserSupport.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-alert")));
		String page = browser.getPageSource();
		assertThat(page).contains("My careful summary.", "Their quick summary.");
		assertAccessible("conflict");

		WebElement merge = browser.findElement(By.id("merge-summary"));
		assertThat(merge.getAttribute("value")).isEqualTo("My careful summary.");
		merge.clear();
		merge.sendKeys("Merged: my careful summary and their quick one.");
		browser.findElement(By.cssSelector("form button.primary")).click();
		BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-notice"),
				"Saved revision 3"));
		assertThat(documents.revision(id, 3).section("summary").orElseThrow().body())
			.isEqualTo("Merged: my careful summary and their quick one.");
		assertThat(documents.revision(id, 2).section("summary").orElseThrow().body()).isEqualTo("Their quick summary.");
	}

	private void typeInto(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void assertAccessible(String page) throws Exception {
		assertThat(BrowserSupport.accessibilityViolations(browser)).as("serious or critical axe violations on the " + page + " page")
			.isEmpty();
	}
}
