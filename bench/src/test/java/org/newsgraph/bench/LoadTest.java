package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoadTest {

    @Test
    void stopsAfterTheRequestedNumberOfRequestsAndCountsFailures() throws Exception {
        Load.Result result = Load.run(4, 100, Duration.ofMinutes(1), (worker, sequence) -> sequence % 10 != 0);
        assertThat(result.requests()).isEqualTo(100);
        assertThat(result.failures()).isEqualTo(10);
        assertThat(result.latenciesNanos()).isSorted();
    }

    @Test
    void stopsWhenTheTimeIsUp() throws Exception {
        Load.Result result = Load.run(2, Long.MAX_VALUE, Duration.ofMillis(300), (worker, sequence) -> {
            Thread.sleep(10);
            return true;
        });
        assertThat(result.requests()).isGreaterThan(0).isLessThan(200);
    }

    @Test
    void percentilesComeFromTheSortedLatencies() {
        long[] latencies = new long[100];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = (i + 1) * 1_000_000L;
        }
        Load.Result result = new Load.Result(100, 0, Duration.ofSeconds(2), latencies);
        assertThat(result.percentileMillis(50)).isEqualTo(50.0);
        assertThat(result.percentileMillis(99)).isEqualTo(99.0);
        assertThat(result.perSecond()).isEqualTo(50.0);
    }

    @Test
    void onlyThisMachineIsATarget() {
        Bench.requireLoopback("http://127.0.0.1:8081");
        Bench.requireLoopback("http://localhost:8080");
        assertThatThrownBy(() -> Bench.requireLoopback("http://10.0.0.5:8081")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bench.requireLoopback("https://example.org")).isInstanceOf(IllegalArgumentException.class);
        new DevstackDatabase("jdbc:postgresql://127.0.0.1:15432/actors", "postgres", "postgres");
        assertThatThrownBy(() -> new DevstackDatabase("jdbc:postgresql://db.example.org:5432/actors", "postgres", "postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresArePrintedAsNameValueUnit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(out, true, StandardCharsets.UTF_8));
        report.line("articles.post.throughput", 1234.567, "requests/s");
        report.line("articles.search.corpus", 10000, "articles");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("articles.post.throughput: 1234.57 requests/s\narticles.search.corpus: 10000 articles\n");
    }
}
