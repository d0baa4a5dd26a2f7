package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    private final Cursor.Codec codec = new Cursor.Codec("a-secret-for-the-tests");
    private final Cursor cursor = new Cursor(0.0607927106320858, Instant.parse("2026-10-07T12:00:00.123456Z"), UUID.randomUUID(),
            Optional.empty());

    @Test
    void aCursorComesBackExactlyAsItWasIssued() {
        assertThat(codec.decode(codec.encode(cursor, "ceasefire"), "ceasefire")).isEqualTo(cursor);
    }

    @Test
    void theSliceOfARankedSearchComesBackToo() {
        Cursor.Position oldest = new Cursor.Position(Instant.parse("2026-10-01T08:30:00Z"), UUID.randomUUID());
        Cursor.Position newerEnd = new Cursor.Position(Instant.parse("2026-10-05T17:00:00.5Z"), UUID.randomUUID());
        for (Cursor.Slice slice : List.of(new Cursor.Slice(oldest, Optional.empty()), new Cursor.Slice(oldest, Optional.of(newerEnd)))) {
            Cursor ranked = new Cursor(0.25, Instant.parse("2026-10-03T10:00:00Z"), UUID.randomUUID(), Optional.of(slice));
            assertThat(codec.decode(codec.encode(ranked, "ceasefire"), "ceasefire")).isEqualTo(ranked);
        }
    }

    @Test
    void aCursorIsOpaqueToClients() {
        assertThat(codec.encode(cursor, "ceasefire")).doesNotContain(cursor.id().toString()).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void aCursorDoesNotPageAnotherSearch() {
        String token = codec.encode(cursor, "ceasefire");
        assertThatThrownBy(() -> codec.decode(token, "hostages")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aCursorFromAnotherDeploymentIsRefused() {
        String token = new Cursor.Codec("another-deployment-secret").encode(cursor, "ceasefire");
        assertThatThrownBy(() -> codec.decode(token, "ceasefire")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void anEditedCursorIsRefused() {
        String token = codec.encode(cursor, "");
        String edited = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThatThrownBy(() -> codec.decode(edited, "")).isInstanceOf(InvalidCursorException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.", ".abc", "not base64!.x", "eyJ9.%%%"})
    void garbageIsRefused(String token) {
        assertThatThrownBy(() -> codec.decode(token, "")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new Cursor.Codec("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
