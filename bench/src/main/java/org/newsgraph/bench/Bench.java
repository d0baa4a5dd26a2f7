package org.newsgraph.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a benchmark against a Newsgraph on this machine and prints {@code name: value unit} lines. Loopback only:
 * it refuses any other host. Options and their defaults:
 *
 * <pre>
 * Bench articles  [--url http://127.0.0.1:8081] [--concurrency 8] [--corpus 10000] [--warm-up 5000] [--search-seconds 20]
 * Bench ingest    [--url http://127.0.0.1:8080/api/v1/articles] [--kafka 127.0.0.1:19092] [--warm-up 60000] [--burst 3000] [--concurrency 16]
 *                 [--rate 50] [--steady-seconds 20]
 * Bench gateway   [--url http://127.0.0.1:8080] [--articles http://127.0.0.1:8081] [--concurrency 16] [--seconds 15]
 * all of them:    [--samples actors-service/src/test/resources/articles] [--keycloak http://localhost:8180]
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("articles", "ingest", "gateway").contains(args[0])) {
            System.err.println("usage: Bench articles|ingest|gateway [--option value ...]; see the class comment for the options");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Path samples = Path.of(options.getOrDefault("samples", "actors-service/src/test/resources/articles"));
        String keycloak = options.getOrDefault("keycloak", "http://localhost:8180");
        BenchTokens tokens = new BenchTokens(keycloak, "alice");
        Report report = new Report(System.out);
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", args[0].equals("articles") ? "8" : "16"));
        switch (args[0]) {
            case "articles" -> new ArticlesBench(loopback(options.getOrDefault("url", "http://127.0.0.1:8081")), samples, tokens, report)
                    .run(concurrency, Integer.parseInt(options.getOrDefault("corpus", "10000")),
                            Integer.parseInt(options.getOrDefault("warm-up", "5000")),
                            Duration.ofSeconds(Long.parseLong(options.getOrDefault("search-seconds", "20"))));
            case "ingest" -> {
                try (TagWatch watch = new TagWatch(loopbackServer(options.getOrDefault("kafka", "127.0.0.1:19092")))) {
                    new IngestBench(loopback(options.getOrDefault("url", "http://127.0.0.1:8080/api/v1/articles")), samples, tokens, watch, report)
                            .run(Integer.parseInt(options.getOrDefault("warm-up", "60000")), Integer.parseInt(options.getOrDefault("burst", "3000")), concurrency,
                                    Integer.parseInt(options.getOrDefault("rate", "50")),
                                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("steady-seconds", "20"))));
                }
            }
            default -> new GatewayBench(loopback(options.getOrDefault("url", "http://127.0.0.1:8080")),
                    loopback(options.getOrDefault("articles", "http://127.0.0.1:8081")), loopback(keycloak),
                    samples.resolve("gaza-talks.txt"), report)
                    .run(concurrency, Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15"))));
        }
    }

    private static String loopback(String url) {
        requireLoopback(url);
        return url;
    }

    private static String loopbackServer(String hostAndPort) {
        requireLoopback("kafka://" + hostAndPort);
        return hostAndPort;
    }

    static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("benchmarks only target this machine, not " + host);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
