package org.newsgraph.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.restassured.RestAssured;

/** What an operator watches: one POST as one trace through every service and Kafka, and the platform's own metrics. */
class ObservabilityTest {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void oneFiledArticleIsOneTraceFromTheGatewayThroughKafkaToTheActorsAndBack() {
        String traceId = hex(16);
        filed(traceId, "NAIROBI — President William Ruto met Finance Minister John Mbadi on Monday. "
                + "\"We will not borrow more,\" Ruto said after the meeting.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<TraceCollector.CollectedSpan> trace = platform.traces.trace(traceId);
            Map<String, TraceCollector.CollectedSpan> byId = trace.stream()
                    .collect(Collectors.toMap(TraceCollector.CollectedSpan::spanId, Function.identity(), (a, b) -> a));
            TraceCollector.CollectedSpan gateway = only(trace, "gateway", "SPAN_KIND_SERVER");
            TraceCollector.CollectedSpan filing = only(trace, "articles-service", "SPAN_KIND_SERVER");
            TraceCollector.CollectedSpan annotation = named(trace, "actors-service", "articles process");
            TraceCollector.CollectedSpan tagging = named(trace, "articles-service", "article-actors process");

            assertThat(ancestors(filing, byId)).as("articles-service's request is the gateway's").contains(gateway.spanId());
            assertThat(ancestors(annotation, byId)).as("the annotation follows the filing, across Kafka").contains(filing.spanId());
            assertThat(tagging.parentSpanId()).as("the tagging follows the annotation, across Kafka").isEqualTo(annotation.spanId());
        });
    }

    @Test
    void theServicesCountWhatTheyDoForPrometheus() {
        filed(hex(16), "LUSAKA — President Hakainde Hichilema opened the copper conference on Monday.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String articles = metrics(platform.articles) + metrics(platform.articlesReplica);
            String actors = metrics(platform.actors) + metrics(platform.actorsReplica);
            assertThat(articles).contains("newsgraph_articles_filed_total", "newsgraph_article_freshness_seconds_count",
                    "newsgraph_outbox_backlog", "newsgraph_outbox_oldest_age_seconds", "kafka_consumer_fetch_manager_records_lag");
            assertThat(actors).contains("newsgraph_articles_annotated_total", "newsgraph_extraction_time_seconds_count",
                    "newsgraph_outbox_backlog");
            assertThat(value(articles, "newsgraph_articles_filed_total")).isPositive();
            assertThat(value(actors, "newsgraph_articles_annotated_total")).isPositive();
            String gateway = metrics(platform.gateway);
            assertThat(gateway).contains("http_server_requests_seconds_count")
                    .contains("uri=\"/api/v1/articles/{id}\"").doesNotContainPattern("uri=\"/api/v1/articles/[0-9a-f-]{36}\"");
        });
    }

    /** Files wire copy in the given trace and waits until its actors are tagged. */
    private static void filed(String traceId, String copy) {
        RestAssured.requestSpecification = null;
        String id = given().baseUri(platform.gateway.baseUrl()).basePath("/api/v1").auth().oauth2(TestTokens.user("alice"))
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .contentType("text/plain; charset=utf-8").body(copy)
                .when().post("/articles").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(15)).until(() -> given().baseUri(platform.gateway.baseUrl()).basePath("/api/v1")
                .auth().oauth2(TestTokens.user("alice")).when().get("/articles/{id}", id).then().extract().path("actorsRevision") != null);
    }

    private static String metrics(ServiceProcess service) {
        return given().baseUri(service.baseUrl()).when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a metric's samples over all its labels. */
    private static double value(String exposition, String metric) {
        return exposition.lines().filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static TraceCollector.CollectedSpan only(List<TraceCollector.CollectedSpan> trace, String service, String kind) {
        List<TraceCollector.CollectedSpan> found = trace.stream().filter(span -> span.service().equals(service) && span.kind().equals(kind))
                .toList();
        assertThat(found).as("%s spans of %s in %s", kind, service, trace).hasSize(1);
        return found.get(0);
    }

    private static TraceCollector.CollectedSpan named(List<TraceCollector.CollectedSpan> trace, String service, String name) {
        Optional<TraceCollector.CollectedSpan> found = trace.stream()
                .filter(span -> span.service().equals(service) && span.name().equals(name)).findFirst();
        assertThat(found).as("span %s of %s in %s", name, service, trace).isPresent();
        return found.get();
    }

    private static List<String> ancestors(TraceCollector.CollectedSpan span, Map<String, TraceCollector.CollectedSpan> byId) {
        List<String> ids = new ArrayList<>();
        String parent = span.parentSpanId();
        while (!parent.isEmpty() && ids.size() < 32) {
            ids.add(parent);
            TraceCollector.CollectedSpan next = byId.get(parent);
            parent = next == null ? "" : next.parentSpanId();
        }
        return ids;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
