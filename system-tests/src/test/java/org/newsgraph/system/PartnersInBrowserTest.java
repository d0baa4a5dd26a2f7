package org.newsgraph.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admins' partners page in headless Chromium: a partner onboarded, its secret shown once, rotated, disabled,
 * enabled; a client id taken refused with what was typed kept; a quota set and removed; editors and readers kept out.
 */
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
            onboard(admin, "Browser Wire", clientId);

            String secret = admin.await(By.id("partner-secret")).getText();
            assertThat(secret).isNotBlank();
            assertThat(admin.driver.getCurrentUrl()).doesNotContain(secret);
            assertThat(TestTokens.clientCredentials(TestTokens.REALM, clientId, secret)).isNotBlank();
            assertThat(admin.overflowOnAPhone()).isZero();
            assertThat(admin.accessibilityViolations()).isEmpty();

            admin.driver.findElement(By.id("back-to-partners")).click();
            admin.await(By.id("partners"));
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
            admin.driver.navigate().back();
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
            admin.open("/partners");
            admin.awaitText(cell(clientId, "state"), "enabled");
            assertThat(admin.driver.getPageSource()).doesNotContain(secret);
            assertThat(admin.overflowOnAPhone()).isZero();
            admin.screenshot("partners");
            assertThat(admin.accessibilityViolations()).isEmpty();

            // The client id is taken: the API's problem is shown, and the form keeps what was typed.
            onboard(admin, "Browser Wire Again", clientId);
            assertThat(admin.await(By.id("problem-title")).getText()).isEqualTo("Partner exists");
            assertThat(admin.driver.findElement(By.id("problem-detail")).getText()).contains(clientId);
            assertThat(admin.driver.findElement(By.id("partner-name")).getDomProperty("value")).isEqualTo("Browser Wire Again");
            assertThat(admin.driver.findElement(By.id("partner-client")).getDomProperty("value")).isEqualTo(clientId);
            assertThat(admin.accessibilityViolations()).isEmpty();

            row(admin, clientId).findElement(By.cssSelector("a.rotate")).click();
            assertThat(admin.accessibilityViolations()).isEmpty();
            admin.await(By.id("confirm-rotate")).click();
            String rotated = admin.await(By.id("partner-secret")).getText();
            assertThat(rotated).isNotBlank().isNotEqualTo(secret);
            assertThat(TestTokens.clientCredentials(TestTokens.REALM, clientId, rotated)).isNotBlank();
            assertThatThrownBy(() -> TestTokens.clientCredentials(TestTokens.REALM, clientId, secret)).hasMessageContaining("refused");

            admin.open("/partners");
            assertThat(admin.driver.getPageSource()).doesNotContain(rotated);
            row(admin, clientId).findElement(By.cssSelector("button.disable")).click();
            admin.awaitText(cell(clientId, "state"), "disabled");
            assertThatThrownBy(() -> TestTokens.clientCredentials(TestTokens.REALM, clientId, rotated)).hasMessageContaining("refused");

            row(admin, clientId).findElement(By.cssSelector("button.enable")).click();
            admin.awaitText(cell(clientId, "state"), "enabled");
            assertThat(TestTokens.clientCredentials(TestTokens.REALM, clientId, rotated)).isNotBlank();
        }
    }

    @Test
    void anAdminSetsAPartnersQuotaAndGivesItTheDefaultAgain() {
        String clientId = "partner-quota-" + UUID.randomUUID().toString().substring(0, 8);
        TestTokens.keycloak().createPartner(clientId, UUID.randomUUID().toString());
        try (Browser admin = new Browser(web.baseUrl())) {
            admin.signIn("admin");
            admin.open("/partners");
            admin.awaitText(cell(clientId, "quota"), "1200 a minute, 200000 a day (default)");

            setQuota(admin, clientId, "600", "");
            admin.awaitText(cell(clientId, "quota"), "600 a minute");
            assertThat(admin.overflowOnAPhone()).isZero();
            assertThat(admin.accessibilityViolations()).isEmpty();

            setQuota(admin, clientId, "", "50000");
            admin.awaitText(cell(clientId, "quota"), "50000 a day");

            setQuota(admin, clientId, "", "");
            admin.awaitText(cell(clientId, "quota"), "1200 a minute, 200000 a day (default)");
        }
    }

    @Test
    void anEditorSeesNoPartnersLinkAndAReaderIsNotAllowedThere() {
        try (Browser alice = new Browser(web.baseUrl())) {
            alice.signIn("alice");
            assertThat(alice.driver.findElements(By.id("nav-file"))).isNotEmpty();
            assertThat(alice.driver.findElements(By.id("nav-partners"))).isEmpty();
        }
        try (Browser bob = new Browser(web.baseUrl())) {
            bob.signIn("bob");
            assertThat(bob.driver.findElements(By.id("nav-partners"))).isEmpty();
            bob.open("/partners");
            assertThat(bob.await(By.id("problem-title")).getText()).isEqualTo("Not allowed");
            assertThat(bob.driver.findElements(By.id("partners"))).isEmpty();
            assertThat(bob.driver.findElements(By.id("onboard"))).isEmpty();
        }
    }

    private static void onboard(Browser admin, String name, String clientId) {
        type(admin.await(By.id("partner-name")), name);
        type(admin.driver.findElement(By.id("partner-client")), clientId);
        admin.driver.findElement(By.id("onboard")).click();
    }

    private static void setQuota(Browser admin, String clientId, String perMinute, String perDay) {
        new Select(admin.await(By.id("quota-client"))).selectByValue(clientId);
        for (Map.Entry<String, String> window : Map.of("quota-minute", perMinute, "quota-day", perDay).entrySet()) {
            WebElement field = admin.driver.findElement(By.id(window.getKey()));
            field.clear();
            if (!window.getValue().isEmpty()) {
                field.sendKeys(window.getValue());
            }
        }
        admin.driver.findElement(By.id("set-quota")).click();
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement row(Browser browser, String clientId) {
        return browser.driver.findElement(By.cssSelector("tr[data-client='" + clientId + "']"));
    }

    /**
     * A cell of a partner's row, found again at each look: a form posted renders the page anew, and an element found
     * before it went is stale.
     */
    private static By cell(String clientId, String name) {
        return By.cssSelector("tr[data-client='" + clientId + "'] ." + name);
    }
}
