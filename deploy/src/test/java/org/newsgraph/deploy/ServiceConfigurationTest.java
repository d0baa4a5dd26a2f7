package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServiceConfigurationTest {

    @Test
    void readsTheVariablesOfPlainAndProductionProperties() {
        String properties = """
                quarkus.datasource.jdbc.url=${ARTICLES_DB_URL:jdbc:postgresql://127.0.0.1:15432/articles}
                quarkus.datasource.username=${ARTICLES_DB_USER}
                %prod.quarkus.log.level=${LOG_LEVEL:INFO}
                %dev,prod.articles.search.cursor-secret=${ARTICLES_CURSOR_SECRET:dev-only}
                %test.kafka.bootstrap.servers=${TEST_KAFKA:127.0.0.1:19092}
                %dev.quarkus.http.port=${DEV_PORT}
                quarkus.http.host=${quarkus.http.host-default:0.0.0.0}
                kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:${FALLBACK_BOOTSTRAP:localhost:9092}}
                """;

        assertThat(ServiceConfiguration.readAtStartup(properties)).containsExactly(
                "ARTICLES_CURSOR_SECRET", "ARTICLES_DB_URL", "ARTICLES_DB_USER", "FALLBACK_BOOTSTRAP",
                "KAFKA_BOOTSTRAP_SERVERS", "LOG_LEVEL");
    }

    @Test
    void takesTheArticlesServiceVariablesFromItsProperties() {
        ServiceConfiguration articles = ServiceConfiguration.of("articles-service");

        assertThat(articles.source()).isEqualTo("articles-service/src/main/resources/application.properties");
        assertThat(articles.variables()).contains("ARTICLES_DB_URL", "ARTICLES_CURSOR_SECRET",
                "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void takesAProductionPropertyOverThePlainOne() {
        String properties = """
                quarkus.oidc.application-type=service
                %prod.quarkus.oidc.application-type=web-app
                %dev.quarkus.http.port=3001
                """;

        assertThat(ServiceConfiguration.productionSettings(properties))
                .containsExactly(entry("quarkus.oidc.application-type", "web-app"));
    }

    @Test
    void readsAPropertyAsTheDeploymentRunsIt() {
        ServiceConfiguration articles = ServiceConfiguration.of("articles-service");
        Map<String, Optional<String>> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", Optional.of("8"),
                "ARTICLES_DB_URL", Optional.of("jdbc:postgresql://articles-db-rw:5432/articles"),
                "ARTICLES_DB_PASSWORD", Optional.empty());

        assertThat(articles.setting("quarkus.datasource.jdbc.max-size", environment)).contains("8");
        assertThat(articles.setting("quarkus.datasource.jdbc.url", environment))
                .contains("jdbc:postgresql://articles-db-rw:5432/articles");
        assertThat(articles.setting("quarkus.datasource.jdbc.url", Map.of()))
                .contains("jdbc:postgresql://127.0.0.1:15432/articles");
        assertThat(articles.setting("quarkus.datasource.password", environment)).isEmpty();
        assertThat(articles.setting("mp.messaging.incoming.actors.concurrency", environment)).isEmpty();
    }

    @Test
    void findsTheKafkaChannelsAServiceConsumes() {
        assertThat(ServiceConfiguration.of("articles-service").kafkaChannels())
                .containsExactly("actors", "article-actors");
    }

    @Test
    void knowsThatTheWebAppSignsPeopleInAndTheGatewayDoesNot() {
        assertThat(ServiceConfiguration.of("web").signsPeopleIn()).isTrue();
        assertThat(ServiceConfiguration.of("gateway").signsPeopleIn()).isFalse();
    }
}
