package org.newsgraph.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.MultiMap;

class EdgeTest {

    @Test
    void keepsASensibleRequestIdAndReplacesOthers() {
        assertThat(RequestIds.acceptOrCreate("9b2e-41aa:client/7")).isEqualTo("9b2e-41aa:client/7");
        assertThat(RequestIds.acceptOrCreate("evil\r\nSet-Cookie: x=1")).isNotEqualTo("evil\r\nSet-Cookie: x=1").hasSize(36);
        assertThat(RequestIds.acceptOrCreate("x".repeat(129))).hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }

    @Test
    void hardensApiAnswersAndAddsHstsOverTlsOnly() {
        MultiMap plain = MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.add(plain, "/api/v1/articles", false);
        MultiMap overTls = MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.add(overTls, "/api/v1/articles", true);

        assertThat(plain.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(plain.get("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(plain.get("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(plain.contains("Strict-Transport-Security")).isFalse();
        assertThat(overTls.get("Strict-Transport-Security")).isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
    }

    @Test
    void letsSwaggerUiRunItsOwnScripts() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.add(headers, "/q/swagger-ui/index.html", false);

        assertThat(headers.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.UI_CONTENT_SECURITY_POLICY);
    }

    @Test
    void acceptsExactWebOrigins() {
        CorsOrigins.requireExactOrigins(List.of("https://newsroom.example.org", "http://localhost:5173"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.example.org", "/https://.*/", "https://newsroom.example.org/app", "newsroom.example.org",
            "ftp://newsroom.example.org"})
    void refusesWildcardsPatternsAndNonOrigins(String origin) {
        assertThatThrownBy(() -> CorsOrigins.requireExactOrigins(List.of(origin))).isInstanceOf(IllegalStateException.class);
    }
}
