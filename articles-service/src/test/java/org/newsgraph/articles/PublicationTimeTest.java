package org.newsgraph.articles;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationTimeTest {

    private static final Instant NOW = Instant.parse("2026-10-07T12:00:00Z");
    private static final PublicationTime RULE = new PublicationTime(Duration.ofDays(366));

    @ParameterizedTest
    @ValueSource(strings = {"1990-01-01T00:00:00Z", "2026-10-07T11:59:59Z", "2026-10-07T12:00:00Z", "2026-10-07T12:05:00Z",
            "2026-12-24T06:00:00Z", "2027-10-08T12:00:00Z"})
    void acceptsAnyTimeUpToAnEmbargosLongestAheadOfTheClock(String publishedAt) {
        assertThatCode(() -> RULE.require(Instant.parse(publishedAt), NOW)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-10-08T12:00:01Z", "2099-01-01T00:00:00Z"})
    void refusesATimeFurtherAheadWith400(String publishedAt) {
        assertThatThrownBy(() -> RULE.require(Instant.parse(publishedAt), NOW))
                .isInstanceOf(ArticleProblems.InvalidContent.class)
                .hasMessage("publishedAt " + publishedAt + " is ahead of the platform's clock (2026-10-07T12:00:00Z) by more than 366 days; "
                        + "an article may be embargoed until a time no further ahead.");
    }

    @org.junit.jupiter.api.Test
    void takesNoTimeAsNow() {
        assertThatCode(() -> RULE.require(null, NOW)).doesNotThrowAnyException();
    }
}
