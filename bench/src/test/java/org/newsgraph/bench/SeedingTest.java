package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeedingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void theArchiveSpreadsOverTheThirtyDaysBeforeNowTheLastStoryNewest() {
        assertThat(ArchiveSeed.publishedAt(0, 1_000_000, NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)));
        assertThat(ArchiveSeed.publishedAt(999_999, 1_000_000, NOW)).isBefore(NOW).isAfter(NOW.minusSeconds(3));
        assertThat(ArchiveSeed.publishedAt(500_000, 1_000_000, NOW)).isEqualTo(NOW.minus(Duration.ofDays(15)));
    }

    @Test
    void sizePerMillionComesFromTheGrowthAloneNotWhatWasThereBefore() {
        TableSize before = new TableSize(40_000_000, 1_000);
        TableSize after = new TableSize(40_000_000 + 250_000_000, 1_000 + 100_000);
        assertThat(after.megabytesPerMillionSince(before)).isEqualTo(2_500.0);
    }

    @Test
    void noGrowthIsNoSize() {
        TableSize same = new TableSize(1, 1);
        assertThat(same.megabytesPerMillionSince(same)).isZero();
    }
}
