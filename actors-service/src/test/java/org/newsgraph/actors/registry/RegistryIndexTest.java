package org.newsgraph.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;

class RegistryIndexTest {

    private static final UUID NETANYAHU = UUID.randomUUID();
    private static final KnownActor KNOWN = new KnownActor(NETANYAHU.toString(), "Benjamin Netanyahu", ActorType.PERSON,
            List.of("Netanyahu", "Bibi"));

    private final RegistryIndex index = new RegistryIndex(null);

    @Test
    void anActorIsKnownByItsNameAndAliasesInAnyCase() {
        index.update(List.of(KNOWN));
        assertThat(index.find("BIBI")).contains(KNOWN);
        assertThat(index.knowing(NETANYAHU.toString(), List.of("benjamin netanyahu", "Netanyahu", "Bibi"))).contains(KNOWN);
    }

    @Test
    void aNameTheActorDoesNotHaveYetIsNotKnown() {
        index.update(List.of(KNOWN));
        assertThat(index.knowing(NETANYAHU.toString(), List.of("Netanyahu", "Mr. Netanyahu"))).isEmpty();
    }

    @Test
    void aForgottenActorIsNoLongerKnownByAnyName() {
        index.update(List.of(KNOWN));
        index.forget(NETANYAHU);
        assertThat(index.find("Bibi")).isEmpty();
        assertThat(index.knowing(NETANYAHU.toString(), List.of("Netanyahu"))).isEmpty();
    }

    @Test
    void anUpdateReplacesTheNamesOfAnActor() {
        index.update(List.of(KNOWN));
        index.update(List.of(new KnownActor(NETANYAHU.toString(), "Benjamin Netanyahu", ActorType.PERSON, List.of("Netanyahu"))));
        assertThat(index.find("Bibi")).isEmpty();
        assertThat(index.knowing(NETANYAHU.toString(), List.of("Netanyahu"))).isPresent();
    }
}
