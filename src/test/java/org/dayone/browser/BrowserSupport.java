package org.dayone.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver at their explicit paths (never Selenium Manager, which would download),
 * plus axe-core for accessibility checks. Without Chromium the browser tests are skipped, unless
 * {@code dayone.requireAllTests=true} (CI), where they fail.
 */
final class BrowserSupport implements ExecutionCondition {

	static final String CHROMIUM = System.getProperty("dayone.test.chromium", "/usr/bin/chromium");
	static final String CHROMEDRIVER = System.getProperty("dayone.test.chromedriver", "/usr/bin/chromedriver");
	static final Path AXE = Path.of(System.getProperty("dayone.test.axe", ".tools/node_modules/axe-core/axe.min.js"));

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute() && Files.isReadable(AXE);
		if (present || Boolean.getBoolean("dayone.requireAllTests")) {
			return ConditionEvaluationResult.enabled("Chromium, ChromeDriver and axe-core present, or required");
		}
		String message = "SKIPPED browser test: needs " + CHROMIUM + ", " + CHROMEDRIVER + " (apt-get install chromium "
				+ "chromium-driver) and " + AXE + " (npm install --prefix .tools axe-core).";
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	static WebDriver startChromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000",
				"--user-data-dir=" + Files.createTempDirectory("dayone-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	static void signIn(WebDriver driver, String baseUrl, String email, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(driver).until(ExpectedConditions.urlToBe(baseUrl + "/"));
	}

	/**
	 * Runs axe-core on the current page and returns the serious and critical WCAG 2.1 A/AA violations, one line each
	 * (empty when there are none).
	 */
	static String accessibilityViolations(WebDriver driver) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))
				    .join('\\n')))
				  .catch(e => done('axe failed: ' + e));""");
		return String.valueOf(result);
	}
}
