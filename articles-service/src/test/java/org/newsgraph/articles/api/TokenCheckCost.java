package org.newsgraph.articles.api;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * What checking the bearer token costs a request, measured against the running service: many reads of one article with
 * one token, each on a kept-alive connection from this thread, and as calibration the same number of open health
 * reads. The server's CPU time is the process's less this thread's. Run on demand only, once as configured and once
 * checking every request's token (the README has the figures):
 *
 * <pre>./mvnw -o test -pl articles-service -Dtest=TokenCheckCost -Dnewsgraph.measure=true -Dnewsgraph.security.verified-tokens=0</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "newsgraph.measure", matches = "true")
class TokenCheckCost {

    private static final int WARM_UP = 20_000;
    private static final int REQUESTS = 10_000;
    private static final int ROUNDS = 7;

    @Test
    void readsOneArticleManyTimesWithOneToken() {
        String token = TestTokens.user("alice");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Measured", "body", "WASHINGTON (Agencies) - Measured."))
                .when().post("/articles").then().statusCode(201).extract().path("id");
        String read = "GET /articles/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        String health = "GET /q/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

        try (Connection connection = new Connection(RestAssured.port)) {
            connection.repeat(read, WARM_UP, 200);
            connection.repeat(health, WARM_UP, 200);
            System.out.printf(Locale.ROOT, "newsgraph.security.verified-tokens=%s%n",
                    ConfigProvider.getConfig().getOptionalValue("newsgraph.security.verified-tokens", String.class).orElse("(none)"));
            List<Figures> calibrations = new ArrayList<>();
            List<Figures> reads = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                calibrations.add(connection.repeat(health, REQUESTS, 200));
                reads.add(connection.repeat(read, REQUESTS, 200));
                System.out.printf(Locale.ROOT, "round %d: health %s | article read with token %s%n", round,
                        calibrations.get(round - 1), reads.get(round - 1));
            }
            System.out.printf(Locale.ROOT, "median: health %s | article read with token %s%n", median(calibrations), median(reads));
        }
    }

    /** The round of median server CPU time. */
    private static Figures median(List<Figures> rounds) {
        return rounds.stream().sorted(Comparator.comparingLong(Figures::serverCpuNanos)).toList().get(rounds.size() / 2);
    }

    record Figures(int requests, long wallNanos, long serverCpuNanos) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f req/s, server CPU %.1f us/req", requests * 1e9 / wallNanos,
                    serverCpuNanos / 1e3 / requests);
        }
    }

    /** One kept-alive HTTP/1.1 connection, written and read in the calling thread only. */
    private static final class Connection implements AutoCloseable {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean SYSTEM =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(int port) {
            try {
                socket = new Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = socket.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Figures repeat(String request, int times, int expectedStatus) {
            byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
            long wall = System.nanoTime();
            long process = SYSTEM.getProcessCpuTime();
            long client = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < times; i++) {
                int status = exchange(bytes);
                if (status != expectedStatus) {
                    throw new IllegalStateException("answered " + status + " to " + request.lines().findFirst().orElseThrow());
                }
            }
            long clientCpu = THREADS.getCurrentThreadCpuTime() - client;
            return new Figures(times, System.nanoTime() - wall, SYSTEM.getProcessCpuTime() - process - clientCpu);
        }

        private int exchange(byte[] request) {
            try {
                out.write(request);
                out.flush();
                String head = head();
                int status = Integer.parseInt(head.substring(9, 12));
                int length = contentLength(head);
                if (in.readNBytes(length).length != length) {
                    throw new IOException("connection closed within a body");
                }
                return status;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String head() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream(512);
            int matched = 0;
            while (matched < 4) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("connection closed within a head");
                }
                head.write(next);
                matched = (next == '\r' && matched % 2 == 0) || (next == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            throw new IllegalStateException("an answer without Content-Length: " + head);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
