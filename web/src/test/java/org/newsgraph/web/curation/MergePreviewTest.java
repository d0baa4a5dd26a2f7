package org.newsgraph.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.web.gateway.Actors;

class MergePreviewTest {

    @Test
    void theSurvivorGainsOnlyTheNamesItLacksWhateverTheirCase() {
        Actors.Profile merged = person("Wolodymyr Selenskyj", "Selenskyj", "ZELENSKY");
        Actors.Profile survivor = person("Volodymyr Zelensky", "Zelensky");

        MergePreview preview = MergePreview.of(merged, survivor);

        assertThat(preview.newAliases()).containsExactly("Wolodymyr Selenskyj", "Selenskyj");
        assertThat(preview.typesDiffer()).isFalse();
    }

    @Test
    void actorsOfTwoTypesAreSaidToDiffer() {
        Actors.Profile place = new Actors.Profile(UUID.randomUUID(), "Jordan", "LOCATION", "ACTIVE", false, List.of(), List.of(),
                3, 0, 2, null, null);

        assertThat(MergePreview.of(place, person("Michael Jordan")).typesDiffer()).isTrue();
    }

    private static Actors.Profile person(String name, String... aliases) {
        return new Actors.Profile(UUID.randomUUID(), name, "PERSON", "ACTIVE", false,
                List.of(aliases).stream().map(alias -> new Actors.Alias(alias, "CURATED")).toList(), List.of(), 1, 0, 1, null, null);
    }
}
