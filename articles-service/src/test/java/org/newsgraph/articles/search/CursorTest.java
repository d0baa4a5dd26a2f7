package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    private final Cursor.Codec codec = new Cursor.Codec("a-secret-for-the-tests");
    private final Cursor cursor = Cursor.dated(Sort.NEWEST, Instant.parse("2026-10-07T12:00:00.123456Z"), UUID.randomUUID());

    @ParameterizedTest
    @EnumSource(value = Sort.class, names = {"NEWEST", "OLDEST"})
    void aCursorInDateOrderComesBackExactlyAsItWasIssued(Sort sort) {
        Cursor dated = Cursor.dated(sort, Instant.parse("2026-10-07T12:00:00.123456Z"), UUID.randomUUID());
        assertThat(codec.decode(codec.encode(dated, "ceasefire"), sort, "ceasefire")).isEqualTo(dated);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void aCursorPagesOnlyTheOrderItWasIssuedFor(Sort sort) {
        Cursor issued = sort == Sort.RELEVANCE
                ? new Cursor(sort, 0.5, cursor.publishedAt(), cursor.id(),
                        Optional.of(new Cursor.Slice(new Cursor.Position(Instant.parse("2026-10-01T08:30:00Z"), UUID.randomUUID()), Optional.empty())))
                : Cursor.dated(sort, cursor.publishedAt(), cursor.id());
        String token = codec.encode(issued, "ceasefire");
        for (Sort other : Sort.values()) {
            if (other != sort) {
                assertThatThrownBy(() -> codec.decode(token, other, "ceasefire")).as(sort + " paged as " + other)
                        .isInstanceOf(InvalidCursorException.class);
            }
        }
    }

    @Test
    void onlyACursorByRelevanceHasASlice() {
        Cursor.Slice slice = new Cursor.Slice(new Cursor.Position(Instant.parse("2026-10-01T08:30:00Z"), UUID.randomUUID()), Optional.empty());
        assertThatThrownBy(() -> new Cursor(Sort.OLDEST, 0, cursor.publishedAt(), cursor.id(), Optional.of(slice)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cursor(Sort.RELEVANCE, 0.5, cursor.publishedAt(), cursor.id(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSliceOfARankedSearchComesBackToo() {
        Cursor.Position oldest = new Cursor.Position(Instant.parse("2026-10-01T08:30:00Z"), UUID.randomUUID());
        Cursor.Position newerEnd = new Cursor.Position(Instant.parse("2026-10-05T17:00:00.5Z"), UUID.randomUUID());
        for (Cursor.Slice slice : List.of(new Cursor.Slice(oldest, Optional.empty()), new Cursor.Slice(oldest, Optional.of(newerEnd)))) {
            Cursor ranked = new Cursor(Sort.RELEVANCE, 0.25, Instant.parse("2026-10-03T10:00:00Z"), UUID.randomUUID(), Optional.of(slice));
            assertThat(codec.decode(codec.encode(ranked, "ceasefire"), Sort.RELEVANCE, "ceasefire")).isEqualTo(ranked);
        }
    }

    @Test
    void aCursorIsOpaqueToClients() {
        assertThat(codec.encode(cursor, "ceasefire")).doesNotContain(cursor.id().toString()).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void aCursorDoesNotPageAnotherSearch() {
        String token = codec.encode(cursor, "ceasefire");
        assertThatThrownBy(() -> codec.decode(token, Sort.NEWEST, "hostages")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aCursorFromAnotherDeploymentIsRefused() {
        String token = new Cursor.Codec("another-deployment-secret").encode(cursor, "ceasefire");
        assertThatThrownBy(() -> codec.decode(token, Sort.NEWEST, "ceasefire")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void anEditedCursorIsRefused() {
        String token = codec.encode(cursor, "");
        String edited = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThatThrownBy(() -> codec.decode(edited, Sort.NEWEST, "")).isInstanceOf(InvalidCursorException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.", ".abc", "not base64!.x", "eyJ9.%%%"})
    void garbageIsRefused(String token) {
        assertThatThrownBy(() -> codec.decode(token, Sort.NEWEST, "")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new Cursor.Codec("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
