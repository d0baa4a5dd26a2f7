package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PublicPathTest {

    @Test
    void theGatewaysPrefixComesBeforeTheServicesPath() {
        assertThat(PublicPath.of("/articles/42", "/api/v1")).isEqualTo(URI.create("/api/v1/articles/42"));
    }

    @Test
    void withoutAPrefixThePathIsTheServicesOwn() {
        assertThat(PublicPath.of("/articles/42", null)).isEqualTo(URI.create("/articles/42"));
    }

    @Test
    void aPrefixThatIsNoPlainPathIsIgnored() {
        assertThat(PublicPath.of("/articles/42", "https://elsewhere.example/x")).isEqualTo(URI.create("/articles/42"));
        assertThat(PublicPath.of("/articles/42", "/api/v1/../..")).isEqualTo(URI.create("/articles/42"));
        assertThat(PublicPath.of("/articles/42", "/")).isEqualTo(URI.create("/articles/42"));
    }

    @Test
    void charactersAUriCannotHoldAreEscaped() {
        assertThat(PublicPath.of("/articles/a b", "/api/v1").toString()).isEqualTo("/api/v1/articles/a%20b");
    }
}
