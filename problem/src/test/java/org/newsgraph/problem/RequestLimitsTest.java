package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class RequestLimitsTest {

    private static MultiMap headers(String... pairs) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            headers.add(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    @Test
    void admitsARequestWithinEveryLimit() {
        assertThat(RequestLimits.refusal("/articles?q=talks", headers("Host", "localhost", "Content-Length", "100"), 100, 1000, 100))
                .isEmpty();
    }

    @Test
    void refusesALongTargetWith414() {
        assertThat(RequestLimits.refusal("/articles?q=" + "a".repeat(100), headers(), 100, 1000, 100))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.status()).isEqualTo(414);
                    assertThat(problem.getMessage()).isEqualTo("The request target has 112 characters; at most 100 are accepted.");
                });
    }

    @Test
    void refusesLargeHeadersWith431() {
        // "Cookie: " and the line break take 10 bytes of the 1000.
        assertThat(RequestLimits.refusal("/", headers("Cookie", "c".repeat(990)), 100, 1000, 100)).isEmpty();
        assertThat(RequestLimits.refusal("/", headers("Cookie", "c".repeat(991)), 100, 1000, 100))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.status()).isEqualTo(431);
                    assertThat(problem.getMessage()).isEqualTo("The request headers take 1001 bytes; at most 1000 are accepted.");
                });
    }

    @Test
    void refusesADeclaredBodyOverTheLimitWith413() {
        assertThat(RequestLimits.refusal("/", headers("Content-Length", "101"), 100, 1000, 100))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.status()).isEqualTo(413);
                    assertThat(problem.getMessage()).isEqualTo("The body is declared as 101 bytes; at most 100 are accepted.");
                });
    }
}
