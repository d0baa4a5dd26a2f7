package org.newsgraph.actors.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Curation made by another replica: committed and announced, but never passed to this replica's index by hand, as
 * the replica that served it would. Only following the database's notifications teaches this one.
 */
@QuarkusTest
class RegistryFollowerTest {

    private static final Duration WITHIN = Duration.ofSeconds(3);

    private final Curation curation;

    RegistryFollowerTest(Curation curation) {
        this.curation = curation;
    }

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void anAliasARenameAndAMergeMadeElsewhereReachThisReplicasIndex() {
        Map<String, UUID> actors = Articles.annotate("DAKAR — Minister Aminata Sow-Diallo met Mariama Ndiaye-Faye on Monday. "
                + "Sow-Diallo and Ndiaye-Faye spoke for an hour.");
        UUID minister = actors.get("Aminata Sow-Diallo");
        UUID adviser = actors.get("Mariama Ndiaye-Faye");

        // Each text is read once before the change, so that this replica holds what its names resolved to then.
        String sow = "DAKAR — Minister Aminata Sow said on Friday that the rains came late.";
        extracted(sow).body("actors.actorId", not(hasItem(minister.toString())));
        curation.change(minister, aliasChange("Aminata Sow"), "alice");
        await().atMost(WITHIN).untilAsserted(() -> extracted(sow).body("actors.actorId", hasItem(minister.toString())));

        String ndiaye = "DAKAR — Minister Mariama Ndiaye said on Friday that the talks went well.";
        extracted(ndiaye).body("actors.actorId", not(hasItem(adviser.toString())));
        curation.change(adviser, new Curation.Change("Mariama Ndiaye", null, null, null, null, null, null, null), "alice");
        await().atMost(WITHIN).untilAsserted(() -> extracted(ndiaye).body("actors.actorId", hasItem(adviser.toString())));

        curation.merge(adviser, minister, "alice");
        await().atMost(WITHIN).untilAsserted(() -> extracted(ndiaye).body("actors.actorId", hasItem(minister.toString())));
    }

    private static Curation.Change aliasChange(String alias) {
        return new Curation.Change(null, List.of(alias), null, null, null, null, null, null);
    }

    private static io.restassured.response.ValidatableResponse extracted(String text) {
        return given().contentType(ContentType.TEXT).body(text).when().post("/extract").then().statusCode(200);
    }
}
