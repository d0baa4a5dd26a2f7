package org.newsgraph.security.routes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/articles", "/api/v1/articles/6f1c1d2e-0a1b", "/q/swagger-ui/", "/api/v1/partners/partner_x.y~z"})
    void acceptsPlainPaths(String path) {
        assertThat(RequestPaths.problemWith(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1;x/partners", "/api;x/v1/partners", "/api/v1;/partners", "/api/v1/partners;jsessionid=1",
            "/api/v1%2Fpartners", "/api/v1/%2e%2e/partners", "/api/v1/partners%3B", "/api/v1\\partners", "/api/v1/%5Cpartners",
            "//api/v1/partners", "/api//v1/partners", "/api/v1/./partners", "/api/v1/x/../partners", "/api/v1/partners/..",
            "/api/v1/partners/.", "api/v1/partners", "/api/v1/part ners", "/api/v1/partners\u0000",
    })
    void refusesEveryOtherSpellingOfAPath(String path) {
        assertThat(RequestPaths.problemWith(path)).isPresent();
    }
}
