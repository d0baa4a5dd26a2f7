package org.newsgraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The newsroom web app in headless Chromium, on the whole platform: people sign in at Keycloak, and every page is
 * drawn from the gateway's public API with their token. Each main page is saved to target/screenshots, and must pass
 * axe-core's WCAG 2.2 A and AA rules.
 */
class NewsroomInBrowserTest {

    private static final By STORY_MENTIONS = By.cssSelector("#story a.mention");

    private static ServiceProcess web;

    @BeforeAll
    static void startPlatform() {
        web = Newsdesk.get();
    }

    @Test
    void anEditorFilesWireCopyAndSeesItsActorsMarkedThenReadsAnActorsPage() {
        try (Browser alice = new Browser(web.baseUrl())) {
            alice.open("/");
            alice.await(By.id("sign-in"));
            alice.screenshot("sign-in");
            assertThat(alice.accessibilityViolations()).isEmpty();
            alice.signIn("alice");
            assertThat(alice.driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("alice");

            alice.driver.findElement(By.id("nav-file")).click();
            WebElement copy = alice.await(By.id("copy"));
            alice.driver.executeScript("arguments[0].value = arguments[1]", copy, ArticleToActorsTest.seedArticle());
            alice.screenshot("file");
            assertThat(alice.accessibilityViolations()).isEmpty();
            Instant filed = Instant.now();
            alice.driver.findElement(By.id("file-story")).click();

            // The article page reloads itself until the story's actors are known, and links each mention.
            alice.waiting(Duration.ofSeconds(10)).until(driver -> driver.findElements(By.id("actors-pending")).isEmpty()
                    && marked(alice).containsAll(List.of("Benjamin Netanyahu", "Donald Trump")));
            Duration untilMarked = Duration.between(filed, Instant.now());
            System.out.printf("web.article.actors-marked: %d ms after filing%n", untilMarked.toMillis());
            assertThat(alice.path()).startsWith("/articles/");
            assertThat(alice.driver.findElement(By.id("dateline")).getText()).startsWith("WASHINGTON");
            assertThat(alice.driver.findElements(By.cssSelector(".quotes blockquote")))
                    .extracting(WebElement::getText).anyMatch(text -> text.startsWith("There's a real chance"));
            assertThat(alice.overflowOnAPhone()).isZero();
            alice.screenshot("article");
            assertThat(alice.accessibilityViolations()).isEmpty();

            alice.driver.findElements(STORY_MENTIONS).stream()
                    .filter(mention -> "Benjamin Netanyahu".equals(mention.getDomAttribute("data-actor"))).findFirst().orElseThrow().click();
            alice.await(By.id("actor-name"));
            assertThat(alice.driver.findElement(By.id("actor-name")).getText()).isEqualTo("Benjamin Netanyahu");
            assertThat(alice.driver.findElements(By.cssSelector("#names .name"))).extracting(WebElement::getText).contains("Bibi");
            assertThat(alice.driver.findElements(By.cssSelector("#network .node"))).isNotEmpty();
            assertThat(alice.overflowOnAPhone()).isZero();
            alice.screenshot("actor");
            assertThat(alice.accessibilityViolations()).isEmpty();

            alice.driver.findElement(By.cssSelector(".sign-out button")).click();
            alice.await(By.id("sign-in"));
            // The Keycloak session ended too: signing in again asks for the password.
            alice.driver.findElement(By.id("sign-in")).click();
            alice.await(By.id("password"));
        }
    }

    @Test
    void aReaderSeesNoFilingControlsAndIsRefusedFiling() {
        try (Browser bob = new Browser(web.baseUrl())) {
            bob.signIn("bob");
            assertThat(bob.driver.findElements(By.id("nav-file"))).isEmpty();

            bob.open("/file");
            assertThat(bob.await(By.id("problem-title")).getText()).isEqualTo("Not allowed");
            assertThat(bob.driver.findElements(By.id("copy"))).isEmpty();
            bob.screenshot("reader-refused");
            assertThat(bob.accessibilityViolations()).isEmpty();

            // Sent straight to the filing route with the form token of bob's own browser (its cookie): refused all the same.
            bob.open("/search");
            bob.await(By.id("results-title"));
            String token = bob.driver.manage().getCookieNamed("csrf-token").getValue();
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) bob.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/file', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                            body: new URLSearchParams({'csrf-token': arguments[0], copy: 'WASHINGTON — A story bob may not file.'})})
                        .then(async r => done({status: r.status, body: await r.text()}))
                        .catch(e => done({status: -1, body: String(e)}));
                    """, token);
            assertThat(answer.get("status")).isEqualTo(403L);
            assertThat((String) answer.get("body")).contains("Not allowed");

            bob.open("/search?q=bob+may+not+file");
            bob.await(By.id("results-title"));
            assertThat(bob.driver.findElements(By.cssSelector(".hit"))).isEmpty();
        }
    }

    @Test
    void searchShowsHitsWithActorFacetsAndNarrowsByOne() throws Exception {
        fileAsPartner(ArticleToActorsTest.seedArticle(), "browser-search-sample");
        try (Browser reader = new Browser(web.baseUrl())) {
            reader.signIn("bob");
            // Facets come with the actor tags, within seconds of filing, and a reader's search page within the cache's 5 s.
            reader.waiting(Duration.ofSeconds(30)).until(driver -> {
                reader.open("/search?q=ceasefire");
                return !driver.findElements(By.xpath("//ul[@class='facets']//a[contains(., 'Donald Trump')]")).isEmpty();
            });
            assertThat(reader.driver.findElements(By.cssSelector(".hit .snippet mark"))).isNotEmpty();
            reader.screenshot("search");
            assertThat(reader.accessibilityViolations()).isEmpty();
            reader.driver.findElement(By.xpath("//ul[@class='facets']//a[contains(., 'Donald Trump')]")).click();
            assertThat(reader.await(By.cssSelector(".chosen strong")).getText()).isEqualTo("Donald Trump");
            assertThat(reader.driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
            assertThat(reader.overflowOnAPhone()).isZero();
        }
    }

    @Test
    void anEditorMergesTwoSpellingsOfOnePersonAndTheArticleFollows() throws Exception {
        fileAsPartner("KYIV — President Volodymyr Zelensky met European ministers in Kyiv on Monday to discuss air defence.",
                "browser-merge-survivor");
        try (Browser alice = new Browser(web.baseUrl())) {
            alice.signIn("alice");
            alice.driver.findElement(By.id("nav-file")).click();
            alice.driver.executeScript("arguments[0].value = arguments[1]", alice.await(By.id("copy")),
                    "Talks in Berlin\n\nBERLIN — President Wolodymyr Selenskyj told German industrialists in Berlin on Tuesday that rebuilding would take a decade.");
            alice.driver.findElement(By.id("file-story")).click();
            alice.waiting(Duration.ofSeconds(15)).until(driver -> marked(alice).contains("Wolodymyr Selenskyj"));
            String article = alice.path();

            alice.driver.findElements(STORY_MENTIONS).stream()
                    .filter(mention -> "Wolodymyr Selenskyj".equals(mention.getDomAttribute("data-actor"))).findFirst().orElseThrow().click();
            alice.await(By.id("merge-actor")).click();
            alice.await(By.id("merge-q")).sendKeys("Zelensky");
            alice.driver.findElement(By.id("find-candidates")).click();
            alice.await(By.xpath("//ul[@id='candidates']//a[.='Volodymyr Zelensky']")).click();
            assertThat(alice.await(By.id("new-aliases")).getText()).contains("Wolodymyr Selenskyj");
            alice.screenshot("merge-preview");
            assertThat(alice.accessibilityViolations()).isEmpty();
            alice.driver.findElement(By.id("confirm-merge")).click();

            alice.awaitText(By.id("actor-name"), "Volodymyr Zelensky");
            assertThat(alice.driver.findElements(By.cssSelector("#names .name"))).extracting(WebElement::getText)
                    .contains("Wolodymyr Selenskyj");
            // The marks follow at once; the article's actor tags within a second or so.
            alice.waiting(Duration.ofSeconds(10)).until(driver -> {
                alice.open(article);
                return marked(alice).contains("Volodymyr Zelensky")
                        && !marked(alice).contains("Wolodymyr Selenskyj")
                        && driver.findElement(By.id("actors")).getText().contains("Volodymyr Zelensky");
            });
            alice.screenshot("article-after-merge");
            assertThat(alice.accessibilityViolations()).isEmpty();

            // The survivor's history tells who merged what, and the merge can be undone from it.
            alice.driver.findElement(By.xpath("//ul[@id='actors']//a[.='Volodymyr Zelensky']")).click();
            WebElement merge = alice.await(By.xpath("//ol[@id='history']/li[contains(., 'merged “Wolodymyr Selenskyj” into it')]"));
            assertThat(merge.getText()).contains("alice");
            alice.screenshot("actor-history");
            assertThat(alice.accessibilityViolations()).isEmpty();
            merge.findElement(By.cssSelector("button.undo-merge")).click();
            alice.awaitText(By.id("actor-name"), "Wolodymyr Selenskyj");
            assertThat(alice.driver.findElement(By.id("history")).getText()).contains("undid its merge into another actor");
            alice.waiting(Duration.ofSeconds(10)).until(driver -> {
                alice.open(article);
                return marked(alice).contains("Wolodymyr Selenskyj")
                        && driver.findElement(By.id("actors")).getText().contains("Wolodymyr Selenskyj");
            });
        }
    }

    @Test
    void anEditorRevisesAStoryAndReadsTheRevisionItReplaced() {
        try (Browser alice = new Browser(web.baseUrl())) {
            alice.signIn("alice");
            alice.driver.findElement(By.id("nav-file")).click();
            alice.driver.executeScript("arguments[0].value = arguments[1]", alice.await(By.id("copy")),
                    "Harbour reopens\n\nOSLO — The harbour at Bodø reopened on Sunday after the storm.");
            alice.driver.findElement(By.id("file-story")).click();
            alice.await(By.id("revise")).click();
            alice.driver.executeScript("arguments[0].value = arguments[1]", alice.await(By.id("copy")),
                    "Harbour reopens\n\nOSLO — The harbour at Bodø reopened on Monday after the storm.");
            alice.driver.findElement(By.id("note")).sendKeys("Corrects the day: Monday, not Sunday.");
            alice.driver.findElement(By.id("save-revision")).click();

            assertThat(alice.await(By.id("story")).getText()).contains("on Monday");
            alice.driver.findElement(By.id("revisions")).click();
            assertThat(alice.await(By.id("revision-list")).getText()).contains("Revision 1", "Revision 2",
                    "Corrects the day: Monday, not Sunday.");
            alice.screenshot("revisions");
            assertThat(alice.accessibilityViolations()).isEmpty();
            alice.driver.findElement(By.xpath("//ol[@id='revision-list']//a[starts-with(., 'Revision 1')]")).click();
            assertThat(alice.await(By.id("story")).getText()).contains("on Sunday").doesNotContain("on Monday");
            assertThat(alice.overflowOnAPhone()).isZero();
        }
    }

    private static void fileAsPartner(String copy, String idempotencyKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.get().gateway.baseUrl() + "/api/v1/articles"))
                .header("Authorization", "Bearer " + TestTokens.partnerAgency())
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(copy)).build();
        int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isIn(200, 201);
    }

    private static List<String> marked(Browser browser) {
        return browser.driver.findElements(STORY_MENTIONS).stream().map(mention -> mention.getDomAttribute("data-actor")).toList();
    }
}
