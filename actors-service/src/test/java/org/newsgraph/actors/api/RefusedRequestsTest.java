package org.newsgraph.actors.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.devstack.testing.SignedIn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** What the service refuses, each as a problem that says what was wrong: never a 500, never an empty body. */
@QuarkusTest
class RefusedRequestsTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void signIn() {
        SignedIn.asEditor();
    }

    private static UUID anActor() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = Actor.discovered("Refused Requests " + UUID.randomUUID(), ActorType.PERSON, Instant.now());
            actor.persist();
            return actor.id;
        });
    }

    @Test
    void nulByteInAliasIsRefusedWith400() {
        given().contentType(ContentType.JSON).body(Map.of("addAliases", List.of("Bibi", "Bi\u0000bi")))
                .when().patch("/actors/{id}", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Field 'addAliases[1]' holds NUL (U+0000) at index 2"))
                .body("errors[0].field", equalTo("addAliases[1]"));
    }

    @Test
    void nulByteInQueryIsRefusedWith400() {
        given().urlEncodingEnabled(false).when().get("/actors?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("Query parameter q holds NUL (U+0000) at index 1"));
    }

    @Test
    void nulByteInExtractedTextIsRefusedWith400() {
        given().contentType("text/plain; charset=utf-8").body("Trump\u0000 said so.")
                .when().post("/extract")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("The body holds NUL (U+0000) at index 5"));
    }

    @Test
    void cursorThatDecodesToUnstorableTextIsRefusedWith400() {
        String forged = Base64.getUrlEncoder().encodeToString(("a\u0000b\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", forged).when().get("/actors")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/invalid-cursor"));
    }

    @Test
    void malformedLimitIsRefusedWith400() {
        given().when().get("/actors?limit=abc")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("limit must be a whole number between 1 and "));
        given().when().get("/actors/{id}/quotes?limit=1.5", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://newsgraph.org/problems/invalid-query"));
    }

    @Test
    void unknownQueryParameterIsRefusedWith400() {
        given().when().get("/actors?name=Trump")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown query parameter 'name'; this operation takes cursor, limit, q, type."));
        given().contentType(ContentType.TEXT).body("Trump said so.").when().post("/extract?lang=en")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown query parameter 'lang'; this operation takes none."));
    }

    @Test
    void jsonOfTheWrongTypeIsRefusedWith400NamingTheFieldAndType() {
        given().contentType(ContentType.JSON).body("{\"into\":5}")
                .when().post("/actors/{id}/merge", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Field 'into' must be a UUID such as 6f1c1d2e-2b7a-4a43-9d0e-7d1f0b4c8a11, not '5'."));
        given().contentType(ContentType.JSON).body("{\"addAliases\":\"Bibi\"}")
                .when().patch("/actors/{id}", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Field 'addAliases' must be an array."));
        given().contentType(ContentType.JSON).body("[]")
                .when().patch("/actors/{id}", anActor())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The body must be a JSON object."));
    }

    @Test
    void overlongRequestTargetIsRefusedWith414Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port, "GET /actors?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("https://newsgraph.org/problems/uri-too-long");
    }

    @Test
    void oversizedHeadersAreRefusedWith431Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port,
                "GET /actors HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(30_000) + "\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("https://newsgraph.org/problems/headers-too-large");
    }

    @Test
    void bodyDeclaredOverTheLimitIsRefusedWith413Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port,
                "POST /extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 17000000\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("https://newsgraph.org/problems/body-too-large");
    }

    @Test
    void requestIdIsInEveryLogLineOfTheRequest() {
        Logger logger = Logger.getLogger("org.newsgraph.problem");
        Level level = logger.getLevel();
        PatternFormatter format = new PatternFormatter(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class));
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (lines) {
                    lines.add(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try {
            given().header("X-Request-Id", "trace-actors-7f3a").when().get("/actors?limit=abc")
                    .then().statusCode(400).header("X-Request-Id", "trace-actors-7f3a");
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }

        synchronized (lines) {
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("trace-actors-7f3a"));
        }
    }
}
