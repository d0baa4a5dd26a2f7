package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Articles;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ActorConditionalReadTest {

    @Test
    void aProfilesStrongTagAnswers304UntilTheProfileChanges() {
        SignedIn.asEditor();
        UUID actor = Articles.annotate("HELSINKI — Minister Aleksanteri Vuorikoski-Lahti opened the port on Friday.")
                .get("Aleksanteri Vuorikoski-Lahti");

        String tag = given().get("/actors/{id}", actor).then().statusCode(200).extract().header("ETag");
        assertThat(tag).matches("\"[0-9a-f]{16}\"");
        given().header("If-None-Match", tag).get("/actors/{id}", actor).then().statusCode(304).header("ETag", tag);
        given().header("If-None-Match", "W/" + tag).get("/actors/{id}", actor).then().statusCode(304);

        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Vuorikoski"))).patch("/actors/{id}", actor)
                .then().statusCode(200);
        String changed = given().header("If-None-Match", tag).get("/actors/{id}", actor).then().statusCode(200)
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(tag);
    }
}
