package org.newsgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.devstack.Postgres;
import org.newsgraph.devstack.testing.TestTokens;

/** Files many articles at once, as a busy newsroom would, and reads the services' databases to check the outcome. */
final class Newsroom {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** A few stories, so that every article of one story must come out with the same number of mentions. */
    static final List<String> STORIES = List.of(
            "WASHINGTON — US President Donald Trump said on Tuesday that Secretary of State Marco Rubio would travel to Egypt.",
            "LONDON (Reuters) - Prime Minister Keir Starmer met French President Emmanuel Macron in Paris on Monday, officials said.",
            "NAIROBI — Kenya's electoral commission said turnout was high, and President William Ruto urged calm in Mombasa.",
            "TOKYO — Sony Group said on Friday its profit rose, while Toyota Motor Corp warned of tariffs from Washington.");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Platform platform;

    Newsroom(Platform platform) {
        this.platform = platform;
    }

    /**
     * Files {@code count} articles with 8 writers; {@code midway} runs once, when a third of them are filed.
     *
     * @return the ids of the articles filed, with the story each tells
     */
    List<Filed> file(int count, Runnable midway) throws Exception {
        List<Filed> filed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int story = i % STORIES.size();
            futures.add(writers.submit(() -> {
                filed.add(new Filed(post(STORIES.get(story)), story));
                return null;
            }));
            if (i == count / 3) {
                futures.get(0).get();
                midway.run();
            }
        }
        for (Future<?> future : futures) {
            future.get();
        }
        writers.shutdown();
        return filed;
    }

    record Filed(UUID id, int story) {
    }

    private UUID post(String story) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.articles.baseUrl() + "/articles"))
                .header("Authorization", "Bearer " + TestTokens.partnerAgency())
                .header("Content-Type", "text/plain; charset=utf-8")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(story))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("filing failed: " + response.statusCode() + " " + response.body());
        }
        return UUID.fromString(id.group(1));
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(platform.stack.postgres().jdbcUrl(name), Postgres.USER, Postgres.PASSWORD);
    }

    /** How many of the articles carry the actors of their first revision at the articles service. */
    long tagged(List<Filed> articles) throws SQLException {
        try (Connection connection = database("articles");
                var statement = connection.prepareStatement("select count(*) from article where tags_revision = 1 and id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", articles.stream().map(Filed::id).toArray()));
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}
