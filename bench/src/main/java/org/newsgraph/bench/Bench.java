package org.newsgraph.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a benchmark against a Newsgraph on this machine. Loopback only: it refuses any other host.
 *
 * <pre>Bench articles [--url http://127.0.0.1:8081] [--samples DIR] [--keycloak http://localhost:8180] [--concurrency 16] [--corpus 10000] [--search-seconds 20]</pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("articles")) {
            System.err.println("usage: Bench articles [--url URL] [--samples DIR] [--keycloak URL] [--concurrency N] [--corpus N] [--search-seconds N]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://127.0.0.1:8081");
        requireLoopback(url);
        Report report = new Report(System.out);
        BenchTokens tokens = new BenchTokens(options.getOrDefault("keycloak", "http://localhost:8180"), "alice");
        new ArticlesBench(url, Path.of(options.getOrDefault("samples", "actors-service/src/test/resources/articles")), tokens, report)
                .run(Integer.parseInt(options.getOrDefault("concurrency", "16")),
                        Integer.parseInt(options.getOrDefault("corpus", "10000")),
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("search-seconds", "20"))));
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
