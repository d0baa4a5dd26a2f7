package org.newsgraph.articles;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationTimeTest {

    private static final Instant NOW = Instant.parse("2026-10-07T12:00:00Z");
    private static final PublicationTime RULE = new PublicationTime(Duration.ofMinutes(5));

    @ParameterizedTest
    @ValueSource(strings = {"1990-01-01T00:00:00Z", "2026-10-07T11:59:59Z", "2026-10-07T12:00:00Z", "2026-10-07T12:05:00Z"})
    void acceptsAnyTimeUpToALittleAheadOfTheClock(String publishedAt) {
        assertThatCode(() -> RULE.require(Instant.parse(publishedAt), NOW)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-07T12:05:01Z", "2026-10-08T00:00:00Z", "2099-01-01T00:00:00Z"})
    void refusesATimeFurtherAheadWith400(String publishedAt) {
        assertThatThrownBy(() -> RULE.require(Instant.parse(publishedAt), NOW))
                .isInstanceOf(ArticleProblems.InvalidContent.class)
                .hasMessage("publishedAt " + publishedAt + " is ahead of the platform's clock (2026-10-07T12:00:00Z) by more than 5 min; "
                        + "an article is published when it is filed or earlier.");
    }

    @org.junit.jupiter.api.Test
    void takesNoTimeAsNow() {
        assertThatCode(() -> RULE.require(null, NOW)).doesNotThrowAnyException();
    }
}
