package org.newsgraph.actors.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.test.junit.QuarkusTest;

/** A text names a country as it likes; the registry keeps one actor for it, under its usual name. */
@QuarkusTest
class CountryNamesTest {

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    @Test
    void textsThatSayBritainAndTheUnitedKingdomNameOneRegistryActor() {
        UUID britain = Articles.annotate("Britain raised its interest rates on Tuesday, the central bank said.").get("United Kingdom");
        UUID kingdom = Articles.annotate("Exports from the United Kingdom rose in March, officials said.").get("United Kingdom");

        assertThat(britain).isNotNull().isEqualTo(kingdom);
        given().when().get("/actors/{id}", britain).then().statusCode(200)
                .body("name", equalTo("United Kingdom"))
                .body("aliases.name", hasItem("Britain"));
    }
}
