package org.newsgraph.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;

class NameCacheTest {

    private static final KnownActor NETANYAHU = new KnownActor(UUID.randomUUID().toString(), "Benjamin Netanyahu", ActorType.PERSON,
            List.of("Netanyahu", "Bibi"));

    /** The registry as the database holds it, counting the keys read. */
    private final Map<String, KnownActor> registry = new HashMap<>();
    private final List<Set<String>> reads = new ArrayList<>();
    private Runnable duringRead = () -> { };

    private final NameCache cache = new NameCache(this::resolve, 1_000);

    private Map<String, NameCache.Entry> resolve(Set<String> keys) {
        reads.add(Set.copyOf(keys));
        Map<String, NameCache.Entry> found = new HashMap<>();
        keys.stream().filter(registry::containsKey).forEach(key -> found.put(key, NameCache.Entry.of(registry.get(key))));
        duringRead.run();
        return found;
    }

    private void store(KnownActor actor) {
        registry.values().removeIf(known -> known.id().equals(actor.id()));
        NameCache.Entry.of(actor).keys().forEach(key -> registry.put(key, actor));
    }

    private void announce(KnownActor... actors) {
        List<KnownActor> changed = List.of(actors);
        cache.forget(changed.stream().map(KnownActor::id).toList(),
                changed.stream().flatMap(actor -> NameCache.Entry.of(actor).keys().stream()).toList());
    }

    @Test
    void namesAreReadOnceATextAndThenAnsweredFromMemoryInAnyCase() {
        store(NETANYAHU);

        assertThat(cache.find(List.of("Bibi", "Benjamin Netanyahu", "Ana Ruiz"))).containsOnlyKeys("Bibi", "Benjamin Netanyahu")
                .containsValue(NETANYAHU);
        assertThat(cache.find(List.of("BIBI", "ana ruiz"))).containsExactly(Map.entry("BIBI", NETANYAHU));

        assertThat(reads).containsExactly(Set.of("bibi", "benjamin netanyahu", "ana ruiz"));
        assertThat(cache.byId(NETANYAHU.id())).hasValueSatisfying(entry ->
                assertThat(entry.keys()).containsExactlyInAnyOrder("benjamin netanyahu", "netanyahu", "bibi"));
    }

    @Test
    void aNameKeptAsNobodysIsReadAgainOnceAnAnnouncedActorHasIt() {
        assertThat(cache.find(List.of("Ana Ruiz"))).isEmpty();
        KnownActor ruiz = new KnownActor(UUID.randomUUID().toString(), "Ana Ruiz", ActorType.PERSON, List.of());
        store(ruiz);
        assertThat(cache.find(List.of("Ana Ruiz"))).as("not announced yet").isEmpty();

        announce(ruiz);

        assertThat(cache.find(List.of("Ana Ruiz"))).containsEntry("Ana Ruiz", ruiz);
    }

    @Test
    void aNameTheActorGaveUpNoLongerResolvesToIt() {
        store(NETANYAHU);
        cache.find(List.of("Bibi", "Netanyahu"));
        KnownActor withoutNickname = new KnownActor(NETANYAHU.id(), NETANYAHU.name(), ActorType.PERSON, List.of("Netanyahu"));
        store(withoutNickname);

        announce(withoutNickname);

        assertThat(cache.find(List.of("Bibi"))).isEmpty();
        assertThat(cache.find(List.of("Netanyahu"))).containsEntry("Netanyahu", withoutNickname);
    }

    @Test
    void aNameKeptForAnActorKeptAgainWithoutItIsReadAgain() {
        store(NETANYAHU);
        cache.find(List.of("Bibi"));
        KnownActor renamed = new KnownActor(NETANYAHU.id(), "Binyamin Netanyahu", ActorType.PERSON, List.of());
        store(renamed);
        cache.forget(List.of(NETANYAHU.id()), List.of());

        assertThat(cache.find(List.of("Binyamin Netanyahu"))).containsEntry("Binyamin Netanyahu", renamed);
        assertThat(cache.find(List.of("Bibi"))).as("kept for an actor whose names no longer include it").isEmpty();
    }

    @Test
    void whatWasReadBeforeAChangeIsAnsweredButNotKept() {
        store(NETANYAHU);
        duringRead = () -> announce(NETANYAHU);

        assertThat(cache.find(List.of("Bibi"))).containsEntry("Bibi", NETANYAHU);
        duringRead = () -> { };
        cache.find(List.of("Bibi"));

        assertThat(reads).hasSize(2);
    }

    @Test
    void forgettingEverythingReadsEveryNameAgain() {
        store(NETANYAHU);
        cache.find(List.of("Bibi"));

        cache.forgetAll();
        cache.find(List.of("Bibi"));

        assertThat(reads).hasSize(2);
    }

    @Test
    void memoryHoldsNoMoreNamesThanItsBound() {
        NameCache small = new NameCache(this::resolve, 100);
        for (int i = 0; i < 1_000; i++) {
            small.find(List.of("Person " + i));
        }
        assertThat(small.size()).isLessThanOrEqualTo(100);
    }
}
