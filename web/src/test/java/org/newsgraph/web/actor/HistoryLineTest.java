package org.newsgraph.web.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.web.gateway.Actors;

import com.fasterxml.jackson.databind.ObjectMapper;

class HistoryLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ZELENSKY = UUID.randomUUID();
    private static final UUID SELENSKYJ = UUID.randomUUID();

    @Test
    void changesAreToldAsSentencesAboutTheActorOfThePage() {
        List<HistoryLine> lines = HistoryLine.of(ZELENSKY, List.of(
                change("RENAMED", ZELENSKY, null, Map.of("name", "Zelensky"), Map.of("name", "Volodymyr Zelensky")),
                change("RETYPED", ZELENSKY, null, Map.of("type", "ORGANIZATION"), Map.of("type", "PERSON")),
                change("ALIAS_REMOVED", ZELENSKY, null, Map.of("alias", "Selensky"), Map.of()),
                change("MERGED", SELENSKYJ, ZELENSKY, Map.of("name", "Wolodymyr Selenskyj"), Map.of("mergedInto", ZELENSKY.toString()))));

        assertThat(lines).extracting(HistoryLine::text).containsExactly(
                "renamed it from “Zelensky” to “Volodymyr Zelensky”",
                "changed its type from organization to person",
                "removed the alias “Selensky”",
                "merged “Wolodymyr Selenskyj” into it");
        assertThat(lines).extracting(HistoryLine::curator).containsOnly("alice");
    }

    @Test
    void onlyTheLatestMergeOfAnActorNotUndoneSinceIsOfferedForUndo() {
        List<HistoryLine> lines = HistoryLine.of(ZELENSKY, List.of(
                change("MERGED", SELENSKYJ, ZELENSKY, Map.of("name", "Wolodymyr Selenskyj"), Map.of()),
                change("MERGE_UNDONE", SELENSKYJ, ZELENSKY, Map.of(), Map.of("name", "Wolodymyr Selenskyj")),
                change("MERGED", SELENSKYJ, ZELENSKY, Map.of("name", "Wolodymyr Selenskyj"), Map.of())));

        assertThat(lines).extracting(HistoryLine::undoableMerge).containsExactly(SELENSKYJ, null, null);
        assertThat(lines.get(1).text()).isEqualTo("undid the merge of “Wolodymyr Selenskyj”");
    }

    @Test
    void aMergeIsNotOfferedForUndoOnTheMergedActorsOwnHistory() {
        List<HistoryLine> lines = HistoryLine.of(SELENSKYJ, List.of(
                change("MERGED", SELENSKYJ, ZELENSKY, Map.of("name", "Wolodymyr Selenskyj"), Map.of())));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("merged it into another actor");
            assertThat(line.undoableMerge()).isNull();
        });
    }

    private static Actors.Curated change(String kind, UUID actor, UUID other, Map<String, ?> before, Map<String, ?> after) {
        return new Actors.Curated(kind, actor, other, "alice", Instant.parse("2026-12-05T10:00:00Z"), JSON.valueToTree(before),
                JSON.valueToTree(after));
    }
}
