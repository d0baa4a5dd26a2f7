package org.newsgraph.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.newsgraph.gateway.partners.Quota;

import io.vertx.core.MultiMap;

class QuotaMeterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private final AtomicLong now = new AtomicLong();
    private final QuotaLimiter limiter = new QuotaLimiter(now::get);

    private QuotaReading send(String clientId, Quota quota) {
        return limiter.admit(clientId, quota);
    }

    @Test
    void admitsAMinutesQuotaAtOnceThenRefusesUntilItRefills() {
        Quota quota = new Quota(3, null);
        assertThat(send("partner-a", quota).windows().get(0).remaining()).isEqualTo(2);
        assertThat(send("partner-a", quota).windows().get(0).remaining()).isEqualTo(1);
        assertThat(send("partner-a", quota).windows().get(0).remaining()).isZero();

        QuotaReading refused = send("partner-a", quota);
        assertThat(refused.admitted()).isFalse();
        // Three a minute: one more every 20 s (and a rounding).
        assertThat(refused.retryAfter().toSeconds()).isBetween(20L, 21L);
        assertThat(refused.tightest().orElseThrow().spent()).isTrue();
        assertThat(refused.tightest().orElseThrow().reset()).isEqualTo(60);

        assertThat(send("partner-b", quota).admitted()).as("another partner counts on its own").isTrue();
        now.set(21 * SECOND);
        assertThat(send("partner-a", quota).admitted()).isTrue();
        assertThat(send("partner-a", quota).admitted()).isFalse();
    }

    @Test
    void aRequestCountsAgainstEveryWindowOrNone() {
        Quota quota = new Quota(3, 4);
        for (int i = 0; i < 3; i++) {
            assertThat(send("partner-a", quota).admitted()).isTrue();
        }
        for (int i = 0; i < 5; i++) {
            QuotaReading refused = send("partner-a", quota);
            assertThat(refused.admitted()).isFalse();
            assertThat(refused.tightest().orElseThrow().name()).isEqualTo("minute");
        }

        now.set(MINUTE);
        QuotaReading last = send("partner-a", quota);
        assertThat(last.admitted()).isTrue();
        assertThat(last.windows()).extracting(QuotaReading.Window::name, QuotaReading.Window::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("minute", 2L), org.assertj.core.groups.Tuple.tuple("day", 0L));

        QuotaReading spentForTheDay = send("partner-a", quota);
        assertThat(spentForTheDay.admitted()).isFalse();
        assertThat(spentForTheDay.tightest().orElseThrow().name()).isEqualTo("day");
        // Four a day: one more every 6 hours, less the minute that has passed (and a rounding).
        assertThat(spentForTheDay.retryAfter().toSeconds()).isBetween(Duration.ofHours(6).minusMinutes(1).toSeconds(),
                Duration.ofHours(6).minusMinutes(1).toSeconds() + 1);
    }

    @Test
    void whatWasUsedStillCountsWhenTheQuotaChanges() {
        for (int i = 0; i < 3; i++) {
            send("partner-a", new Quota(3, null));
        }
        assertThat(send("partner-a", new Quota(3, null)).admitted()).isFalse();

        QuotaReading raised = send("partner-a", new Quota(10, null));
        assertThat(raised.admitted()).isTrue();
        assertThat(raised.windows().get(0).remaining()).isEqualTo(6);

        assertThat(send("partner-a", new Quota(4, null)).admitted()).as("lowered to what was used").isFalse();
        QuotaReading withADay = send("partner-a", new Quota(null, 100));
        assertThat(withADay.admitted()).as("a new window starts full, and a window dropped limits no more").isTrue();
        assertThat(withADay.windows()).extracting(QuotaReading.Window::name).containsExactly("day");
    }

    @Test
    void tellsThePartnerItsQuotaInRateLimitHeaders() {
        Quota quota = new Quota(1200, 200_000);
        send("partner-a", quota);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        send("partner-a", quota).addTo(headers);

        assertThat(headers.get("RateLimit-Policy")).isEqualTo("\"minute\";q=1200;w=60, \"day\";q=200000;w=86400");
        // Twenty a second refill the minute's two in a tenth of a second: counted in whole seconds.
        assertThat(headers.get("RateLimit")).isEqualTo("\"minute\";r=1198;t=1, \"day\";r=199998;t=1");
        assertThat(headers.get("X-RateLimit-Limit")).isEqualTo("1200");
        assertThat(headers.get("X-RateLimit-Remaining")).isEqualTo("1198");
        assertThat(headers.get("X-RateLimit-Reset")).isEqualTo("1");
    }

    @Test
    void aQuotaWithoutLimitsAdmitsEverythingAndSaysNothing() {
        QuotaReading reading = send("partner-a", new Quota(null, null));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        reading.addTo(headers);

        assertThat(reading.admitted()).isTrue();
        assertThat(headers.isEmpty()).isTrue();
    }
}
