package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against a stub server on loopback that answers one request at a time, each after a fixed pause: it can never be
 * faster than that pause, so what a queue must cost follows from arithmetic, whatever this machine's speed.
 */
class OpenLoadTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer server;
    private ExecutorService serverThread;

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThread.shutdownNow();
    }

    @Test
    void sendsAsManyRequestsAsTheRateAndDurationCallFor() throws Exception {
        URI stub = serve(Duration.ZERO);
        OpenLoad.Result result = OpenLoad.run(200, Duration.ofMillis(500), 32, Duration.ofSeconds(30), (sequence, due) -> get(stub));
        assertThat(result.due()).isEqualTo(100);
        assertThat(result.succeeded() + result.refused()).isEqualTo(100);
        assertThat(result.latencies().getTotalCount()).isEqualTo(result.succeeded());
        assertThat(result.failed()).isZero();
        assertThat(result.unanswered()).isZero();
    }

    @Test
    void latencyCountsTheQueueingThatAClosedLoopHides() throws Exception {
        Duration pause = Duration.ofMillis(20);
        URI stub = serve(pause);
        // 40 requests due every 10 ms at a server that answers one per 20 ms: a queue builds.
        int requests = 40;
        Duration every = Duration.ofMillis(10);
        OpenLoad.Result open = OpenLoad.run(100, every.multipliedBy(requests), 64, Duration.ofSeconds(60), (sequence, due) -> get(stub));
        Load.Result closed = Load.run(1, requests, Duration.ofMinutes(1), (worker, sequence) -> get(stub));

        // The last answer comes no sooner than 40 pauses after the start, the last request was due 39 periods after it.
        double queueingMillis = requests * pause.toMillis() - (requests - 1) * every.toMillis();
        assertThat(open.succeeded()).isEqualTo(requests);
        assertThat(open.percentileMillis(99)).isGreaterThanOrEqualTo(queueingMillis);
        // Waiting for each answer before the next request, a closed loop only ever sees the server's own pause.
        assertThat(closed.requests()).isEqualTo(requests);
        assertThat(closed.percentileMillis(99)).isLessThan(queueingMillis);
    }

    @Test
    void requestsAreDueOnAFixedScheduleHoweverLongAnswersTake() throws Exception {
        serve(Duration.ZERO);
        long[] dues = new long[20];
        OpenLoad.Result result = OpenLoad.run(100, Duration.ofMillis(200), 64, Duration.ofSeconds(30), (sequence, due) -> {
            dues[(int) sequence] = due;
            Thread.sleep(35);
            return true;
        });
        assertThat(result.succeeded()).isEqualTo(20);
        for (int i = 0; i < dues.length; i++) {
            assertThat(dues[i] - dues[0]).isEqualTo(Duration.ofMillis(10).multipliedBy(i).toNanos());
        }
        // Each waited at least its own 35 ms, counted from when it was due.
        assertThat(result.percentileMillis(0)).isGreaterThan(34.9);
    }

    @Test
    void refusesRequestsBeyondTheBoundInFlightAndCountsThemAsErrors() throws Exception {
        URI stub = serve(Duration.ofMillis(200));
        OpenLoad.Result result = OpenLoad.run(100, Duration.ofMillis(300), 3, Duration.ofSeconds(60), (sequence, due) -> get(stub));
        assertThat(result.due()).isEqualTo(30);
        assertThat(result.refused()).isGreaterThan(10);
        assertThat(result.succeeded() + result.refused()).isEqualTo(30);
        assertThat(result.errors()).isEqualTo(result.refused());
    }

    @Test
    void stopsByItselfWhenAnswersNeverComeAndCountsThemUnanswered() throws Exception {
        URI stub = serve(Duration.ofMinutes(5));
        long started = System.nanoTime();
        OpenLoad.Result result = OpenLoad.run(50, Duration.ofMillis(200), 16, Duration.ofMillis(300), (sequence, due) -> get(stub));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(result.succeeded()).isZero();
        assertThat(result.unanswered()).isEqualTo(10);
        assertThat(result.errors()).isEqualTo(10);
        // Recorded at the time they had waited when the drain ended: at least the drain.
        assertThat(result.percentileMillis(50)).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aRequestThatThrowsFails() throws Exception {
        serve(Duration.ZERO);
        OpenLoad.Result result = OpenLoad.run(100, Duration.ofMillis(100), 8, Duration.ofSeconds(5), (sequence, due) -> {
            throw new IOException("connection refused");
        });
        assertThat(result.failed() + result.refused()).isEqualTo(10);
        assertThat(result.succeeded()).isZero();
    }

    /** A server on 127.0.0.1 that answers one request at a time, each after {@code pause}. */
    private URI serve(Duration pause) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        serverThread = Executors.newSingleThreadExecutor();
        server.setExecutor(serverThread);
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        Bench.requireLoopback(uri.toString());
        return uri;
    }

    private boolean get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
