package org.newsgraph.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class DevstackTest {

    private static Devstack stack;

    @BeforeAll
    static void startStack() {
        stack = Devstack.forTests();
        stack.components().forEach(Component::start);
    }

    @AfterAll
    static void stopStack() {
        stack.stopAll();
    }

    @Test
    void postgresServesTheServiceDatabases() throws Exception {
        for (String database : Devstack.DATABASES) {
            try (var connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database), Postgres.USER, Postgres.PASSWORD)) {
                var result = connection.createStatement().executeQuery("select current_database()");
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(database);
            }
        }
    }

    @Test
    void kafkaCreatesAndListsTopics() throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", stack.kafka().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic("devstack-probe", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            assertThat(listedSoon(admin, "devstack-probe")).isTrue();
        }
    }

    /** A new topic reaches the broker's metadata a moment after its creation is acknowledged. */
    private static boolean listedSoon(Admin admin, String topic) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void keycloakIssuesPartnerTokensWithTheApiAudienceAndRole() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.keycloak().tokenEndpoint().replace("localhost", "127.0.0.1")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=partner-agency&client_secret=agency-secret"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var token = new ObjectMapper().readTree(response.body()).get("access_token").asText();
        var claims = new ObjectMapper().readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(stack.keycloak().realmUrl());
        assertThat(claims.get("aud").toString()).contains("newsgraph-api");
        assertThat(claims.at("/realm_access/roles").toString()).contains("partner");
    }

    @Test
    void aStoppedServerLeavesNoProcessAndStartsAgainWithItsData() throws Exception {
        Kafka kafka = stack.kafka();
        long pid = Long.parseLong(Files.readString(Path.of("target/devstack/kafka/kafka.pid")).trim());
        kafka.stop();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(kafka.isRunning()).isFalse();
        kafka.start();
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic("devstack-restart", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            assertThat(listedSoon(admin, "devstack-restart")).isTrue();
        }
    }

    @Test
    void aServerLeftBehindByAnEarlierRunIsEndedAtTheNextStart() throws Exception {
        var layout = new StackLayout(Path.of("target/devstack-leftover"), Path.of("target/devstack/dist"), false);
        var leftover = new LocalProcess("sleeper", "TERM", layout.state("sleeper"));
        ProcessHandle orphan = leftover.start(List.of("sleep", "300"), Path.of("."), java.util.Map.of(), false);
        new LocalProcess("sleeper", "TERM", layout.state("sleeper")).endLeftover();
        assertThat(orphan.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }
}
