package org.newsgraph.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class RegistryIndexLoadTest {

    @Inject
    RegistryIndex index;

    @Test
    void aStartingReplicaKnowsEveryConfirmedActorByItsNameAndAliasesButNoProvisionalOne() {
        Actor confirmed = QuarkusTransaction.requiringNew().call(() -> {
            Actor actor = Actor.discovered("Marguerite Okonjo-Vasquez", ActorType.PERSON, 2, Instant.now());
            actor.addAlias("Maggie Okonjo", AliasOrigin.CURATED);
            actor.addAlias("Okonjo-Vasquez", AliasOrigin.EXTRACTED);
            actor.persist();
            return actor;
        });
        QuarkusTransaction.requiringNew().run(() -> Actor.discovered("Teodoro Halvorsen-Ruiz", ActorType.PERSON, 1, Instant.now()).persist());

        index.load(null);

        KnownActor known = index.find("maggie okonjo").orElseThrow();
        assertThat(known.id()).isEqualTo(confirmed.id.toString());
        assertThat(known.type()).isEqualTo(ActorType.PERSON);
        assertThat(known.aliases()).containsExactly("Maggie Okonjo", "Okonjo-Vasquez");
        assertThat(index.find("Marguerite Okonjo-Vasquez")).contains(known);
        assertThat(index.find("Teodoro Halvorsen-Ruiz")).isEmpty();
    }
}
