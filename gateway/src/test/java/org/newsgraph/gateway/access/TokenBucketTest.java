package org.newsgraph.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.newsgraph.security.Caller;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void grantsTheBurstAtOnceThenRefusesUntilATokenRefills() {
        TokenBucket bucket = new TokenBucket(new Rate(2, 3), 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 2)).isZero();
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(new Rate(10, 2), 0);

        long hourLater = 3600 * SECOND;
        assertThat(bucket.take(hourLater)).isZero();
        assertThat(bucket.take(hourLater)).isZero();
        assertThat(bucket.take(hourLater)).isPositive();
    }

    @Test
    void isFullAgainAfterAQuietSpell() {
        TokenBucket bucket = new TokenBucket(new Rate(1, 2), 0);
        bucket.take(0);

        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }

    @Test
    void limitsEachCallerOnItsOwnAndAsksForWholeSeconds() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(Map.of("partner", new Rate(0.5, 1)), new Rate(100, 100), now::get);
        Caller agency = new Caller("partner-agency", Set.of("partner"), Optional.of("partner-agency"));
        Caller other = new Caller("partner-other", Set.of("partner"), Optional.of("partner-other"));

        assertThat(limiter.admit(agency)).isEmpty();
        assertThat(limiter.admit(agency)).contains(Duration.ofSeconds(2));
        assertThat(limiter.admit(other)).isEmpty();
        now.addAndGet(2 * SECOND);
        assertThat(limiter.admit(agency)).isEmpty();
    }

    @Test
    void givesACallerTheMostGenerousOfItsRolesOrTheDefault() {
        RateLimiter limiter = new RateLimiter(Map.of("reader", new Rate(5, 10), "editor", new Rate(50, 100)), new Rate(1, 1), () -> 0);

        assertThat(limiter.rateOf(new Caller("a", Set.of("reader", "editor"), Optional.empty()))).isEqualTo(new Rate(50, 100));
        assertThat(limiter.rateOf(new Caller("b", Set.of("offline_access"), Optional.empty()))).isEqualTo(new Rate(1, 1));
    }
}
