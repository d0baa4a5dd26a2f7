package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonBodiesTest {

    enum Kind {
        PERSON, PLACE
    }

    record Alias(String name) {
    }

    record Request(String title, Instant publishedAt, Integer count, UUID into, Kind kind, List<String> aliases, List<Alias> known) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static {
        new StorableStrings().customize(JSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\":[\"x\"]} | Field 'title' must be a string.",
            "{\"title\":{}} | Field 'title' must be a string.",
            "{\"publishedAt\":\"yesterday\"} | Field 'publishedAt' must be an ISO-8601 instant such as 2026-10-07T12:00:00Z, not 'yesterday'.",
            "{\"count\":\"many\"} | Field 'count' must be a whole number, not 'many'.",
            "{\"into\":\"nobody\"} | Field 'into' must be a UUID such as 6f1c1d2e-2b7a-4a43-9d0e-7d1f0b4c8a11, not 'nobody'.",
            "{\"kind\":\"ROBOT\"} | Field 'kind' must be one of PERSON, PLACE, not 'ROBOT'.",
            "{\"aliases\":\"Bibi\"} | Field 'aliases' must be an array.",
            "{\"aliases\":[\"ok\",[1]]} | Field 'aliases[1]' must be a string.",
            "{\"known\":[{\"name\":true},{\"name\":[]}]} | Field 'known[1].name' must be a string.",
            "{\"title\":\"a\\u0000b\"} | Field 'title' holds NUL (U+0000) at index 1; text may hold neither NUL nor half of a surrogate pair.",
            "{\"aliases\":[\"\\ud800\"]} | Field 'aliases[0]' holds half of a surrogate pair (U+D800) at index 0; text may hold neither NUL nor half of a surrogate pair."})
    void namesTheFieldAndWhatItMustBe(String body, String detail) {
        Problem problem = problemWith(body);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).hasToString("https://newsgraph.org/problems/invalid-request");
        assertThat(problem.detail()).isEqualTo(detail);
        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(detail).startsWith("Field '" + error.field() + "' "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[] | The body must be a JSON object.",
            "\"text\" | The body must be a JSON object.",
            "{\"title\": | The body is not valid JSON",
            "{title:1} | The body is not valid JSON"})
    void saysWhatTheWholeBodyMustBe(String body, String detail) {
        Problem problem = problemWith(body);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).hasToString("https://newsgraph.org/problems/unreadable-body");
        assertThat(problem.detail()).startsWith(detail);
    }

    private static Problem problemWith(String body) {
        JacksonException unreadable = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(body, Request.class));
        assertThat(unreadable).as(body).isNotNull();
        return JsonBodies.problemWith(unreadable);
    }
}
