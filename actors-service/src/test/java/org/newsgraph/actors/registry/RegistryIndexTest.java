package org.newsgraph.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class RegistryIndexTest {

    @Inject
    RegistryIndex index;

    @Test
    void aReplicaKnowsEveryConfirmedActorByItsNameAndAliasesFromTheDatabaseButNoProvisionalOne() {
        Actor confirmed = stored("Marguerite Okonjo-Vasquez", 2, "Maggie Okonjo", "Okonjo-Vasquez");
        stored("Teodoro Halvorsen-Ruiz", 1);

        KnownActor known = index.find("maggie okonjo").orElseThrow();
        assertThat(known.id()).isEqualTo(confirmed.id.toString());
        assertThat(known.type()).isEqualTo(ActorType.PERSON);
        assertThat(known.aliases()).containsExactly("Maggie Okonjo", "Okonjo-Vasquez");
        assertThat(index.find("Marguerite Okonjo-Vasquez")).contains(known);
        assertThat(index.find("Teodoro Halvorsen-Ruiz")).isEmpty();
        assertThat(index.knowing(known.id(), List.of("Okonjo-Vasquez", "MAGGIE OKONJO"))).contains(known);
        assertThat(index.knowing(known.id(), List.of("Ms. Okonjo"))).isEmpty();
    }

    @Test
    void aNameResolvesToTheActorItNamesBeforeOneItIsAnAliasOfThenToTheOldest() {
        Actor aliasFirst = stored("Radovan Kestrel-Imre", 2, "Kestrel Holdings Chair");
        Actor named = stored("Kestrel Holdings Chair", 2);
        Actor older = stored("Ilse Brandvold", 2, "The Harbour Voice");
        stored("Ilse Brandvold-Aune", 2, "The Harbour Voice");

        assertThat(index.findAll(List.of("Kestrel Holdings Chair", "the harbour voice")))
                .hasEntrySatisfying("Kestrel Holdings Chair", actor -> assertThat(actor.id()).isEqualTo(named.id.toString()))
                .hasEntrySatisfying("the harbour voice", actor -> assertThat(actor.id()).isEqualTo(older.id.toString()));
        assertThat(aliasFirst.createdAt).isBefore(named.createdAt);
    }

    private static Actor stored(String name, int mentions, String... aliases) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = Actor.discovered(name, ActorType.PERSON, mentions, Instant.now());
            for (String alias : aliases) {
                actor.addAlias(alias, AliasOrigin.CURATED);
            }
            actor.persist();
            return actor;
        });
    }
}
