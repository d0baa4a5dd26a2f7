package org.newsgraph.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.MultiMap;

class ForwardedHeadersTest {

    private static final ForwardedHeaders.Forwarding FORWARDING =
            new ForwardedHeaders.Forwarding("req-1", "203.0.113.7", "https", "api.newsgraph.org", null);

    @Test
    void passesEndToEndHeadersAndTheTokenUnchanged() {
        MultiMap incoming = headers("Authorization", "Bearer abc", "Content-Type", "application/json", "If-Match", "\"r2\"",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "tracestate", "vendor=1");

        MultiMap outgoing = ForwardedHeaders.toService(incoming, FORWARDING);

        assertThat(outgoing.get("Authorization")).isEqualTo("Bearer abc");
        assertThat(outgoing.get("If-Match")).isEqualTo("\"r2\"");
        assertThat(outgoing.get("traceparent")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(outgoing.get("tracestate")).isEqualTo("vendor=1");
    }

    @Test
    void sendsTheGatewaysOwnSpanAsTheParentWhenTracing() {
        MultiMap incoming = headers("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "tracestate", "vendor=1");
        String gatewaySpan = "00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01";

        MultiMap outgoing = ForwardedHeaders.toService(incoming,
                new ForwardedHeaders.Forwarding("req-1", "203.0.113.7", "https", "api.newsgraph.org", gatewaySpan));

        assertThat(outgoing.getAll("traceparent")).containsExactly(gatewaySpan);
        assertThat(outgoing.get("tracestate")).isEqualTo("vendor=1");
    }

    @Test
    void dropsHopByHopHeadersAndThoseConnectionNames() {
        MultiMap incoming = headers("Connection", "keep-alive, X-Hop", "Keep-Alive", "timeout=5", "X-Hop", "1",
                "Transfer-Encoding", "chunked", "Upgrade", "h2c", "TE", "trailers", "Proxy-Authorization", "Basic eA==", "Accept", "*/*");

        MultiMap outgoing = ForwardedHeaders.toService(incoming, FORWARDING);

        assertThat(outgoing.names()).doesNotContain("Connection", "Keep-Alive", "X-Hop", "Transfer-Encoding", "Upgrade", "TE",
                "Proxy-Authorization");
        assertThat(outgoing.get("Accept")).isEqualTo("*/*");
    }

    @Test
    void replacesForwardingHeadersACallerSent() {
        MultiMap incoming = headers("X-Forwarded-For", "10.0.0.1", "Forwarded", "for=10.0.0.1", "X-Request-Id", "forged\r\nX-Admin: 1",
                "Host", "internal");

        MultiMap outgoing = ForwardedHeaders.toService(incoming, FORWARDING);

        assertThat(outgoing.get("X-Forwarded-For")).isEqualTo("203.0.113.7");
        assertThat(outgoing.get("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(outgoing.get("X-Forwarded-Host")).isEqualTo("api.newsgraph.org");
        assertThat(outgoing.get("X-Forwarded-Prefix")).isEqualTo("/api/v1");
        assertThat(outgoing.get("X-Request-Id")).isEqualTo("req-1");
        assertThat(outgoing.names()).doesNotContain("Forwarded", "Host");
    }

    @Test
    void keepsServiceHeadersButNotHopByHopOrCorsOnes() {
        MultiMap fromService = headers("Content-Type", "application/problem+json", "ETag", "\"r3\"", "Connection", "X-Internal",
                "X-Internal", "1", "Transfer-Encoding", "chunked", "Access-Control-Allow-Origin", "*");
        MultiMap toCaller = MultiMap.caseInsensitiveMultiMap();

        ForwardedHeaders.toCaller(fromService, toCaller, URI.create("http://127.0.0.1:8081"), "api.newsgraph.org");

        assertThat(toCaller.names()).containsExactlyInAnyOrder("Content-Type", "ETag");
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:8081/articles/42,           http://127.0.0.1:8081,       /api/v1/articles/42",
            "/articles/42?revision=2,                     http://127.0.0.1:8081,       /api/v1/articles/42?revision=2",
            "https://api.newsgraph.org/articles/42,       http://127.0.0.1:8081,       /api/v1/articles/42",
            "http://articles:8080/svc/articles/42,        http://articles:8080/svc,    /api/v1/articles/42",
            "https://elsewhere.example/articles/42,       http://127.0.0.1:8081,       https://elsewhere.example/articles/42",
    })
    void makesServiceLinksPublic(String link, String service, String expected) {
        assertThat(ForwardedHeaders.publicLink(link, URI.create(service), "api.newsgraph.org")).isEqualTo(expected);
    }

    private static MultiMap headers(String... namesAndValues) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }
}
