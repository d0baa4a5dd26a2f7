package org.newsgraph.security.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.RawExchange;
import org.newsgraph.devstack.testing.SignedIn;

import io.restassured.RestAssured;

/**
 * What every service answers before any resource runs: requests past its limits refused with problems, and the
 * request id kept safe and written into every log line of the request. A service runs it by extending it in a
 * {@code @QuarkusTest}, where its own refusals join these; every request is an editor's.
 */
public abstract class RequestEdgeContract {

    protected static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void signInAsEditor() {
        SignedIn.asEditor();
    }

    /** A list the service answers, such as {@code /articles}. */
    protected abstract String listPath();

    /** A route that takes a text body, such as {@code /articles}. */
    protected abstract String textPath();

    @Test
    void overlongRequestTargetIsRefusedWith414Problem() {
        String target = listPath() + "?q=" + "a".repeat(5000);
        RawExchange answer = RawExchange.send(RestAssured.port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("\"detail\":\"The request target has " + target.length()
                + " characters; at most 4096 are accepted.\"");
    }

    @Test
    void oversizedHeadersAreRefusedWith431Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port,
                "GET " + listPath() + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(30_000) + "\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("https://newsgraph.org/problems/headers-too-large");
    }

    @Test
    void bodyDeclaredOverTheLimitIsRefusedWith413Problem() {
        RawExchange answer = RawExchange.send(RestAssured.port,
                "POST " + textPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 17000000\r\n");

        assertThat(answer.status()).as(answer.answer()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM);
        assertThat(answer.body()).contains("\"detail\":\"The body is declared as 17000000 bytes; at most 16777216 are accepted.\"");
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
            given().header("X-Request-Id", "trace-7f3a").when().get(listPath() + "?limit=abc")
                    .then().statusCode(400).header("X-Request-Id", "trace-7f3a");
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }

        synchronized (lines) {
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("trace-7f3a"));
        }
    }

    @Test
    void unsafeRequestIdIsReplacedNotEchoed() {
        given().header("X-Request-Id", "../../etc/passwd").when().get(listPath() + "?limit=1")
                .then().statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }
}
