package org.newsgraph.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

class EdgeTest {

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
    void saysEveryAnswerVariesByOriginOnce() {
        MultiMap plain = MultiMap.caseInsensitiveMultiMap();
        CorsOrigins.varyByOrigin(plain);
        assertThat(plain.getAll("Vary")).containsExactly("Origin");

        MultiMap fromService = MultiMap.caseInsensitiveMultiMap().add("Vary", "Accept-Encoding");
        CorsOrigins.varyByOrigin(fromService);
        assertThat(fromService.getAll("Vary")).containsExactly("Accept-Encoding", "Origin");

        MultiMap already = MultiMap.caseInsensitiveMultiMap().add("Vary", "accept, origin");
        CorsOrigins.varyByOrigin(already);
        assertThat(already.getAll("Vary")).containsExactly("accept, origin");

        MultiMap everything = MultiMap.caseInsensitiveMultiMap().add("Vary", "*");
        CorsOrigins.varyByOrigin(everything);
        assertThat(everything.getAll("Vary")).containsExactly("*");
    }

    @Test
    void acceptsExactWebOrigins() {
        CorsOrigins.requireExactOrigins(List.of("https://newsroom.example.org", "http://localhost:5173"));
    }

    @Test
    void refusesABrowsersRequestAsQuarkusCorsWouldButWithAProblem() {
        List<String> origins = List.of("http://localhost:3000");
        List<String> methods = List.of("GET", "POST");
        String target = "http://gateway.example.org:8080/api/v1/articles";

        assertThat(CorsOrigins.refusal("http://localhost:3000", HttpMethod.POST, false, target, origins, methods)).isEmpty();
        assertThat(CorsOrigins.refusal("http://localhost:3000", HttpMethod.OPTIONS, true, target, origins, methods)).isEmpty();
        assertThat(CorsOrigins.refusal("http://gateway.example.org:8080", HttpMethod.GET, false, target, origins, methods)).isEmpty();
        assertThat(CorsOrigins.refusal("https://evil.example", HttpMethod.OPTIONS, true, target, origins, methods))
                .hasValueSatisfying(problem -> assertThat(problem).isInstanceOf(CorsOrigins.OriginNotAllowed.class));
        assertThat(CorsOrigins.refusal("http://gateway.example.org:9999", HttpMethod.GET, false, target, origins, methods))
                .hasValueSatisfying(problem -> assertThat(problem.status()).isEqualTo(403));
        assertThat(CorsOrigins.refusal("http://localhost:3000", HttpMethod.HEAD, false, target, origins, methods))
                .hasValueSatisfying(problem -> assertThat(problem.getMessage()).isEqualTo("Browsers may not send HEAD to this API; they may send GET, POST."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.example.org", "/https://.*/", "https://newsroom.example.org/app", "newsroom.example.org",
            "ftp://newsroom.example.org"})
    void refusesWildcardsPatternsAndNonOrigins(String origin) {
        assertThatThrownBy(() -> CorsOrigins.requireExactOrigins(List.of(origin))).isInstanceOf(IllegalStateException.class);
    }
}
