package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"req-42", "9b2e41aa.client_7", "6f1c1d2e-2b7a-4a43-9d0e-7d1f0b4c8a11"})
    void keepsAPlainRequestId(String offered) {
        assertThat(RequestIds.acceptOrCreate(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "evil\r\nSet-Cookie: x=1", "a b", "id:with/colons", "caf\u00e9", "", "%2e%2e"})
    void replacesAnyOtherWithANewOne(String offered) {
        assertThat(RequestIds.acceptOrCreate(offered)).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
    }

    @org.junit.jupiter.api.Test
    void replacesATooLongOrMissingId() {
        assertThat(RequestIds.acceptOrCreate("x".repeat(65))).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("x".repeat(64))).hasSize(64);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
