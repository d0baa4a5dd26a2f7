package org.newsgraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The admins' partners page in headless Chromium: a partner onboarded, its secret shown once, rotated, disabled, enabled. */
class PartnersInBrowserTest {

    private static ServiceProcess web;

    @BeforeAll
    static void startPlatform() {
        web = Newsdesk.get();
    }

    @Test
    void anAdminOnboardsAPartnerAndSeesItsSecretOnceThenRotatesDisablesAndEnablesIt() {
        String clientId = "partner-browser-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser(web.baseUrl())) {
            admin.signIn("admin");
            admin.driver.findElement(By.id("nav-partners")).click();
            admin.await(By.id("partner-name")).sendKeys("Browser Wire");
            WebElement client = admin.driver.findElement(By.id("partner-client"));
            client.clear();
            client.sendKeys(clientId);
            admin.driver.findElement(By.id("onboard")).click();

            String secret = admin.await(By.id("partner-secret")).getText();
            assertThat(secret).isNotBlank();
            assertThat(TestTokens.clientCredentials(TestTokens.REALM, clientId, secret)).isNotBlank();
            assertThat(admin.accessibilityViolations()).isEmpty();

            admin.driver.findElement(By.id("back-to-partners")).click();
            admin.await(By.id("partners"));
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
            admin.driver.navigate().back();
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
            admin.open("/partners");
            assertThat(state(admin, clientId)).isEqualTo("enabled");
            admin.screenshot("partners");
            assertThat(admin.accessibilityViolations()).isEmpty();

            row(admin, clientId).findElement(By.cssSelector("button.rotate")).click();
            String rotated = admin.await(By.id("partner-secret")).getText();
            assertThat(rotated).isNotBlank().isNotEqualTo(secret);
            assertThat(TestTokens.clientCredentials(TestTokens.REALM, clientId, rotated)).isNotBlank();

            admin.open("/partners");
            row(admin, clientId).findElement(By.cssSelector("button.disable")).click();
            admin.await(By.id("partners"));
            assertThat(state(admin, clientId)).isEqualTo("disabled");
            row(admin, clientId).findElement(By.cssSelector("button.enable")).click();
            admin.await(By.id("partners"));
            assertThat(state(admin, clientId)).isEqualTo("enabled");
        }
    }

    @Test
    void onlyAdminsSeeThePartners() {
        try (Browser alice = new Browser(web.baseUrl())) {
            alice.signIn("alice");
            assertThat(alice.driver.findElements(By.id("nav-partners"))).isEmpty();
            alice.open("/partners");
            assertThat(alice.await(By.id("problem-title")).getText()).isEqualTo("Not allowed");
            assertThat(alice.driver.findElements(By.id("partners"))).isEmpty();
        }
    }

    private static WebElement row(Browser browser, String clientId) {
        return browser.driver.findElement(By.cssSelector("tr[data-client='" + clientId + "']"));
    }

    private static String state(Browser browser, String clientId) {
        return row(browser, clientId).findElement(By.cssSelector(".state")).getText();
    }
}
