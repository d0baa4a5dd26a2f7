package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.strong("{\"name\":\"Bibi\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameBytesGiveTheSameStrongTagAndOtherBytesAnother() {
        assertThat(TAG).matches("\"[0-9a-f]{16}\"");
        assertThat(EntityTags.strong("{\"name\":\"Bibi\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
        assertThat(EntityTags.strong("{\"name\":\"Bibi \"}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
    }

    @Test
    void ifNoneMatchNamesTheCurrentTagByWeakComparison() {
        assertThat(EntityTags.isCurrent(TAG, TAG)).isTrue();
        assertThat(EntityTags.isCurrent("W/" + TAG, TAG)).isTrue();
        assertThat(EntityTags.isCurrent("\"r2\", " + TAG, TAG)).isTrue();
        assertThat(EntityTags.isCurrent("*", TAG)).isTrue();
        assertThat(EntityTags.isCurrent("\"0000000000000000\"", TAG)).isFalse();
        assertThat(EntityTags.isCurrent(null, TAG)).isFalse();
        assertThat(EntityTags.isCurrent(" ", TAG)).isFalse();
    }
}
