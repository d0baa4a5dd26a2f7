package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldSelectionTest {

    record Hit(String id, String title, String body, List<String> tags) {
    }

    @Test
    void everyFieldWhenNoneIsAskedFor() {
        assertThat(FieldSelection.read(null, Hit.class, "a hit").names()).isEqualTo(Set.of("id", "title", "body", "tags"));
        assertThat(FieldSelection.read(List.of(), Hit.class, "a hit")).isEqualTo(FieldSelection.all(Hit.class));
    }

    @Test
    void fieldsAreRepeatedOrCommaSeparated() {
        FieldSelection selection = FieldSelection.read(List.of("id, title", "tags", "id"), Hit.class, "a hit");
        assertThat(selection.names()).isEqualTo(Set.of("id", "title", "tags"));
        assertThat(selection.includes("body")).isFalse();
    }

    @Test
    void everyUnknownFieldIsNamedWithTheFieldsTheRepresentationHas() {
        assertThatThrownBy(() -> FieldSelection.read(List.of("id,actors", "Title,actors"), Hit.class, "a hit"))
                .isInstanceOf(QueryParameters.InvalidQuery.class)
                .hasMessage("Unknown fields 'actors', 'Title' in fields; a hit has id, title, body, tags.");
        assertThatThrownBy(() -> FieldSelection.read(List.of("snippet"), Hit.class, "a hit"))
                .hasMessage("Unknown field 'snippet' in fields; a hit has id, title, body, tags.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "id,", ",id", "id,,title"})
    void anEmptyNameIsRefused(String given) {
        assertThatThrownBy(() -> FieldSelection.read(List.of(given), Hit.class, "a hit"))
                .isInstanceOf(QueryParameters.InvalidQuery.class)
                .hasMessage("fields must name fields, such as fields=id,title; not an empty one.");
    }
}
