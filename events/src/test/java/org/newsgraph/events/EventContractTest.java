package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.wire.Story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventContractTest {

    private static final UUID ARTICLE = UUID.fromString("7f1c2a4e-31c3-4c55-9d0e-5b8f7a0b6c11");
    private static final UUID ACTOR = UUID.fromString("0b9a1d5e-8f3c-4a2b-9e6d-1c2f3a4b5c6d");

    static Stream<Object[]> samples() {
        return Stream.of(
                new Object[] {EventType.ARTICLE_PUBLISHED, new ArticleEvent(ARTICLE, 1, "Talks resume", "WASHINGTON — Talks resumed.",
                        "WASHINGTON", "Agencies", "en", Instant.parse("2026-10-07T12:00:00Z"), new Story(13, 27))},
                new Object[] {EventType.ARTICLE_ACTORS_IDENTIFIED, new ArticleActorsIdentified(ARTICLE, 2,
                        List.of(new ArticleActorsIdentified.Actor(ACTOR, "Donald Trump", "PERSON", List.of("US President"), 4)),
                        List.of(new ArticleActorsIdentified.Quote(ACTOR, "There's a real chance", 10, 31),
                                new ArticleActorsIdentified.Quote(null, "will not leave Egypt", 40, 60)))},
                new Object[] {EventType.ACTOR_MERGED, new ActorMerged(ACTOR, UUID.randomUUID())},
                new Object[] {EventType.ACTOR_RENAMED, new ActorRenamed(ACTOR, "Benjamin Netanyahu")},
                new Object[] {EventType.ACTOR_RETYPED, new ActorRetyped(ACTOR, "PERSON")},
                new Object[] {EventType.ACTOR_UNMERGED, new ActorUnmerged(ACTOR, UUID.randomUUID(), List.of(new ArticleActorsIdentified(ARTICLE, 2,
                        List.of(new ArticleActorsIdentified.Actor(ACTOR, "Bibi", "PERSON", List.of(), 1, List.of("Netanyahu"))),
                        List.of())))});
    }

    @ParameterizedTest
    @MethodSource("samples")
    void dataSurvivesTheRoundTripThroughItsSchema(EventType type, Record data) {
        String json = EventContract.write(type, data);
        assertThat(EventContract.violations(type, json)).isEmpty();
        assertThat(EventContract.read(type, json, type.dataClass().asSubclass(Record.class))).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaNamesExactlyTheFieldsOfTheDataRecord(EventType type) throws Exception {
        JsonNode schema;
        try (InputStream in = EventContract.class.getResourceAsStream(type.schemaResource())) {
            schema = new ObjectMapper().readTree(in);
        }
        assertThat(schema.get("$id").asText()).isEqualTo(type.dataSchema().toString());
        Set<String> schemaFields = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> recordFields = new TreeSet<>(Arrays.stream(type.dataClass().getRecordComponents()).map(RecordComponent::getName).toList());
        assertThat(schemaFields).isEqualTo(recordFields);
    }

    @Test
    void unknownFieldsAreIgnoredByConsumers() {
        String json = "{\"actorId\":\"" + ACTOR + "\",\"name\":\"Bibi\",\"addedInALaterVersion\":true}";
        assertThat(EventContract.read(EventType.ACTOR_RENAMED, json, ActorRenamed.class)).isEqualTo(new ActorRenamed(ACTOR, "Bibi"));
    }

    @Test
    void anArticleFiledBeforeItsStoryWasCarriedIsReadWithoutOne() {
        String json = "{\"articleId\":\"" + ARTICLE + "\",\"revision\":1,\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"2026-10-07T12:00:00Z\"}";
        assertThat(EventContract.read(EventType.ARTICLE_PUBLISHED, json, ArticleEvent.class).story()).isNull();
    }

    @Test
    void dataMissingARequiredFieldIsRejected() {
        String json = "{\"articleId\":\"" + ARTICLE + "\",\"revision\":1,\"title\":\"t\",\"publishedAt\":\"2026-10-07T12:00:00Z\"}";
        assertThat(EventContract.violations(EventType.ARTICLE_PUBLISHED, json)).anyMatch(message -> message.contains("body"));
        assertThatThrownBy(() -> EventContract.read(EventType.ARTICLE_PUBLISHED, json, ArticleEvent.class))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void anUnknownActorTypeIsRejected() {
        var data = new ArticleActorsIdentified(ARTICLE, 1,
                List.of(new ArticleActorsIdentified.Actor(ACTOR, "Gaza", "PLACE", List.of(), 1)), List.of());
        assertThatThrownBy(() -> EventContract.write(EventType.ARTICLE_ACTORS_IDENTIFIED, data))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("type");
    }

    @Test
    void textThatIsNotJsonIsAViolation() {
        assertThat(EventContract.violations(EventType.ACTOR_MERGED, "{not json")).hasSize(1);
    }

    @Test
    void cloudEventHeadersCarryTypeSchemaAndSubject() {
        UUID id = UUID.randomUUID();
        var headers = CloudEventHeaders.of(EventType.ARTICLE_REVISED, id, "/articles-service", ARTICLE.toString(), Instant.EPOCH);
        assertThat(headers).containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.TYPE, "newsgraph.article.revised")
                .containsEntry(CloudEventHeaders.DATA_SCHEMA, "urn:newsgraph:schema:article:1")
                .containsEntry(CloudEventHeaders.SUBJECT, ARTICLE.toString())
                .containsEntry(CloudEventHeaders.ID, id.toString());
        assertThat(EventType.of("newsgraph.article.revised")).contains(EventType.ARTICLE_REVISED);
    }
}
