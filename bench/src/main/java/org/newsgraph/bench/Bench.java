package org.newsgraph.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a benchmark against a Newsgraph on this machine and prints {@code name: value unit} lines, and {@code #} lines
 * that say which run the figures below them come from. Loopback only: it refuses any other host. Options and their
 * defaults:
 *
 * <pre>
 * Bench articles  [--url http://127.0.0.1:8081] [--concurrency 8] [--corpus 10000] [--warm-up 5000] [--post-rate 100]
 *                 [--search-rate 200] [--distinct-rate as --search-rate] [--filing-rate 20] [--search-seconds 20]
 *                 [--articles-db jdbc:postgresql://127.0.0.1:15432/articles]
 * Bench ingest    [--url http://127.0.0.1:8080/api/v1/articles] [--kafka 127.0.0.1:19092] [--warm-up 60000] [--burst 3000] [--concurrency 16]
 *                 [--rate 50] [--steady-seconds 20] [--processes name=pid,...: CPU spent an article by each, with its children]
 * Bench gateway   [--url http://127.0.0.1:8080] [--articles http://127.0.0.1:8081] [--concurrency 16] [--seconds 15]
 * Bench seed-articles [--count 1000000] [--connections 2] [--seed 1] [--articles-db jdbc:postgresql://127.0.0.1:15432/articles]
 * Bench seed-actors   [--count 1000000] [--seed 1] [--actors-db jdbc:postgresql://127.0.0.1:15432/actors]
 * articles and ingest: [--stories generated|samples] [--seed now] [--in-flight 256]
 *                 [--actors-db jdbc:postgresql://127.0.0.1:15432/actors] [--calibration-db jdbc:postgresql://127.0.0.1:15432/postgres]
 *                 [--db-user postgres] [--db-password postgres]
 * all of them:    [--samples actors-service/src/test/resources/articles] [--keycloak http://localhost:8180]
 * </pre>
 *
 * <p>Articles and ingest file wire stories written from a seed (see {@link WireStories}), each a new one, unless
 * {@code --stories samples} files the sample articles in turn as before. Before the load they measure PostgreSQL's
 * commit rate ({@link CommitCalibration}), and around it they count the registry's actors ({@link RegistrySize}).
 * The seed commands fill the archive or the registry through COPY ({@link Seeding}), with no service needed. Every run
 * first prints the machine's load average.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("articles", "ingest", "gateway", "seed-articles", "seed-actors").contains(args[0])) {
            System.err.println("usage: Bench articles|ingest|gateway|seed-articles|seed-actors [--option value ...]; see the class comment for the options");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Path samples = Path.of(options.getOrDefault("samples", "actors-service/src/test/resources/articles"));
        String keycloak = options.getOrDefault("keycloak", "http://localhost:8180");
        BenchTokens tokens = new BenchTokens(keycloak, "alice");
        Report report = new Report(System.out);
        report.note("run: Bench " + args[0] + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "; every figure below comes from this run, the calibration measured before the load");
        reportMachineLoad(report);
        if (args[0].startsWith("seed-")) {
            seed(args[0], options, report);
            return;
        }
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", args[0].equals("articles") ? "8" : "16"));
        if (args[0].equals("gateway")) {
            new GatewayBench(loopback(options.getOrDefault("url", "http://127.0.0.1:8080")),
                    loopback(options.getOrDefault("articles", "http://127.0.0.1:8081")), loopback(keycloak),
                    samples.resolve("gaza-talks.txt"), report)
                    .run(concurrency, Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15"))));
            return;
        }
        Corpus corpus = corpus(options, samples, report);
        int inFlight = Integer.parseInt(options.getOrDefault("in-flight", "256"));
        DevstackDatabase actors = database(options, "actors", "actors");
        CommitCalibration calibration = CommitCalibration.measure(
                database(options, "calibration", "postgres"),
                corpus.article(0), Duration.ofSeconds(1), Duration.ofSeconds(5));
        calibration.report(report);
        RegistrySize.count(actors).report("before", report);
        if (args[0].equals("articles")) {
            new ArticlesBench(loopback(options.getOrDefault("url", "http://127.0.0.1:8081")), corpus, tokens, new BenchTokens(keycloak, "bob"),
                    database(options, "articles", "articles"), report)
                    .run(concurrency, Integer.parseInt(options.getOrDefault("corpus", "10000")),
                            Integer.parseInt(options.getOrDefault("warm-up", "5000")),
                            Integer.parseInt(options.getOrDefault("post-rate", "100")),
                            Integer.parseInt(options.getOrDefault("search-rate", "200")),
                            Integer.parseInt(options.getOrDefault("distinct-rate", options.getOrDefault("search-rate", "200"))),
                            Integer.parseInt(options.getOrDefault("filing-rate", "20")),
                            Duration.ofSeconds(Long.parseLong(options.getOrDefault("search-seconds", "20"))), inFlight);
        } else {
            try (TagWatch watch = new TagWatch(loopbackServer(options.getOrDefault("kafka", "127.0.0.1:19092")))) {
                double throughput = new IngestBench(loopback(options.getOrDefault("url", "http://127.0.0.1:8080/api/v1/articles")), corpus, tokens,
                        watch, ProcessCpu.parse(options.get("processes")), report)
                        .run(Integer.parseInt(options.getOrDefault("warm-up", "60000")), Integer.parseInt(options.getOrDefault("burst", "3000")),
                                concurrency, Integer.parseInt(options.getOrDefault("rate", "50")),
                                Duration.ofSeconds(Long.parseLong(options.getOrDefault("steady-seconds", "20"))), inFlight);
                report.line("ingest.throughput.share", throughput / calibration.commitsPerSecond(),
                        "of calibration.postgres.commits, both from this run");
            }
        }
        RegistrySize.count(actors).report("after", report);
    }

    /** Seeds the archive or the registry, with the commit rate measured beside it as for the other runs. */
    private static void seed(String what, Map<String, String> options, Report report) throws Exception {
        WireStories stories = generated(Long.parseLong(options.getOrDefault("seed", "1")), report);
        CommitCalibration.measure(database(options, "calibration", "postgres"),
                stories.article(0), Duration.ofSeconds(1), Duration.ofSeconds(5)).report(report);
        long count = Long.parseLong(options.getOrDefault("count", "1000000"));
        if (what.equals("seed-articles")) {
            Seeding.articles(database(options, "articles", "articles"),
                    stories, count, Integer.parseInt(options.getOrDefault("connections", "2")), report);
        } else {
            Seeding.actors(database(options, "actors", "actors"),
                    stories, count, report);
        }
    }

    /** The address {@code --ROLE-db} gives, or else the devstack's database of that name, as {@code --db-user} with {@code --db-password}. */
    private static DevstackDatabase database(Map<String, String> options, String role, String name) {
        return new DevstackDatabase(options.getOrDefault(role + "-db", "jdbc:postgresql://127.0.0.1:15432/" + name),
                options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", "postgres"));
    }

    /** Other builds may run beside a benchmark: the load they put on the machine as the run starts, as uptime prints it. */
    private static void reportMachineLoad(Report report) throws Exception {
        String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
        report.line("calibration.load.1m", Double.parseDouble(averages[0]), "runnable processes, one-minute average as the run starts (uptime; "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        report.line("calibration.load.5m", Double.parseDouble(averages[1]), "runnable processes, five-minute average");
    }

    /** The generated stories, from the seed given or from the clock, so that a run on a used registry still brings new names. */
    private static Corpus corpus(Map<String, String> options, Path samples, Report report) throws Exception {
        String stories = options.getOrDefault("stories", "generated");
        switch (stories) {
            case "samples" -> {
                report.note("stories: the sample articles in " + samples + ", in turn");
                return Samples.corpus(samples);
            }
            case "generated" -> {
                return generated(Long.parseLong(options.getOrDefault("seed", Long.toString(System.currentTimeMillis()))), report);
            }
            default -> throw new IllegalArgumentException("--stories is generated or samples, not " + stories);
        }
    }

    private static WireStories generated(long seed, Report report) {
        report.note("stories: written from seed " + seed + " (--seed " + seed + " writes the same ones again)");
        return new WireStories(NamePools.load(), seed);
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
