package org.newsgraph.gateway.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.gateway.support.ServiceStub.Answer;
import org.newsgraph.gateway.support.ServiceStub.Received;

/**
 * articles-service and actors-service as far as the gateway sees them: the answers they give for the public routes,
 * with the ownership and not-found cases the gateway must pass through untouched.
 */
public final class ServiceStubs {

    public static final String ARTICLE_ID = "6f1c1d2e-2b7a-4a43-9d0e-7d1f0b4c8a11";
    public static final String MISSING_ARTICLE_ID = "00000000-0000-0000-0000-000000000404";
    /** An article the stub answers only after a while, longer than the gateway waits in tests. */
    public static final String SLOW_ARTICLE_ID = "00000000-0000-0000-0000-0000000510e0";
    public static final String KNOWN_ACTOR_ID = "a1a1a1a1-0000-4000-8000-000000000001";
    /** Tagged in the article but no longer in the registry, as after a merge. */
    public static final String MERGED_ACTOR_ID = "a1a1a1a1-0000-4000-8000-000000000002";
    public static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

    private static final Pattern ARTICLE = Pattern.compile("/articles/([^/]+)");
    private static final Pattern ACTOR = Pattern.compile("/actors/([^/]+)");

    private final ServiceStub articles = new ServiceStub(ServiceStubs::articles);
    private final ServiceStub actors = new ServiceStub(ServiceStubs::actors);

    ServiceStubs start() {
        articles.start();
        actors.start();
        return this;
    }

    void stop() {
        articles.stop();
        actors.stop();
    }

    public ServiceStub articles() {
        return articles;
    }

    public ServiceStub actors() {
        return actors;
    }

    public void forget() {
        articles.forget();
        actors.forget();
    }

    static String article(String id, String owner) {
        return """
                {"id":"%s","revision":1,"title":"Talks resume","body":"WASHINGTON (Agencies) - Talks resumed.","status":"PUBLISHED",\
                "owner":"%s","actors":[\
                {"actorId":"%s","name":"Donald Trump","type":"PERSON","roles":["US President"],"mentionCount":3},\
                {"actorId":"%s","name":"Bibi","type":"PERSON","roles":[],"mentionCount":1}]}"""
                .formatted(id, owner, KNOWN_ACTOR_ID, MERGED_ACTOR_ID);
    }

    private static Answer articles(Received request, ServiceStub self) {
        String path = request.path();
        Matcher one = ARTICLE.matcher(path);
        if (path.equals("/q/health/ready")) {
            return Answer.json(200, "{\"status\":\"UP\"}");
        }
        if (path.equals("/articles") && request.method().equals("GET")) {
            return Answer.json(200, "{\"hits\":[],\"next\":null}");
        }
        if (path.equals("/articles") && request.method().equals("POST")) {
            // Like articles-service: the owner is the client the token was issued to.
            return Answer.json(201, article(ARTICLE_ID, ownerOf(request)),
                    "Location", self.url() + "/articles/" + ARTICLE_ID, "ETag", "\"r1\"");
        }
        if (path.equals("/articles/" + ARTICLE_ID + "/revisions")) {
            return Answer.json(200, """
                    {"articleId":"%s","currentRevision":1,"firstPublishedAt":"2026-10-07T09:00:00Z",\
                    "revisions":[{"revision":1,"title":"Talks","lastModifiedAt":"2026-10-07T09:00:00Z"}]}""".formatted(ARTICLE_ID));
        }
        if (path.equals("/articles/" + ARTICLE_ID + "/revisions/1")) {
            return Answer.json(200, """
                    {"articleId":"%s","revision":1,"title":"Talks","body":"Talks went on.","lastModifiedAt":"2026-10-07T09:00:00Z"}"""
                    .formatted(ARTICLE_ID), "ETag", "\"r1\"");
        }
        if (one.matches() && one.group(1).equals(MISSING_ARTICLE_ID)) {
            return Answer.problem(404, "article-not-found");
        }
        if (one.matches() && one.group(1).equals(SLOW_ARTICLE_ID)) {
            return Answer.json(200, article(SLOW_ARTICLE_ID, "newsgraph-web")).after(SLOW_ANSWER);
        }
        if (one.matches()) {
            // Hop-by-hop and CORS headers that must not reach the caller.
            return Answer.json(200, article(one.group(1), "newsgraph-web"), "ETag", "\"r1\"", "Connection", "X-Stub-Trace",
                    "X-Stub-Trace", "hop", "Access-Control-Allow-Origin", "*");
        }
        return Answer.problem(404, "not-found");
    }

    private static Answer actors(Received request, ServiceStub self) {
        String path = request.path();
        Matcher one = ACTOR.matcher(path);
        if (path.equals("/q/health/ready")) {
            return Answer.json(200, "{\"status\":\"UP\"}");
        }
        if (path.equals("/extract")) {
            return Answer.json(200, "{\"actors\":[],\"quotes\":[]}");
        }
        if (path.equals("/actors/trending")) {
            return Answer.json(200, "[]");
        }
        if (one.matches() && request.method().equals("GET") && !one.group(1).equals(KNOWN_ACTOR_ID)) {
            return Answer.problem(404, "actor-not-found");
        }
        if (one.matches() && request.method().equals("GET")) {
            return Answer.json(200, """
                    {"id":"%s","name":"Donald Trump","type":"PERSON","status":"ACTIVE",\
                    "aliases":[{"name":"Trump","origin":"EXTRACTED"}],"roles":[{"role":"US President","articles":562}],\
                    "mentionCount":120,"firstSeen":"2025-01-01T00:00:00Z"}""".formatted(KNOWN_ACTOR_ID));
        }
        return Answer.json(200, "{}");
    }

    /** The token's azp, read without checking it: the gateway already did. */
    private static String ownerOf(Received request) {
        String token = request.header("Authorization").substring("Bearer ".length());
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher azp = Pattern.compile("\"azp\"\\s*:\\s*\"([^\"]+)\"").matcher(payload);
        return azp.find() ? azp.group(1) : null;
    }
}
