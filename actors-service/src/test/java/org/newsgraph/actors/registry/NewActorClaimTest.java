package org.newsgraph.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.extraction.Actor;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.Mention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;

/** Two readers, on one replica or two, meeting the same new name at once: one actor, whoever commits first. */
@QuarkusTest
class NewActorClaimTest {

    private final ActorRegistry registry;
    private final EntityManager entityManager;

    NewActorClaimTest(ActorRegistry registry, EntityManager entityManager) {
        this.registry = registry;
        this.entityManager = entityManager;
    }

    @Test
    void theSameNewNameMetInTwoTransactionsAtOnceGivesOneActor() throws Exception {
        String name = "Oluwaseun Adebayo-" + UUID.randomUUID().toString().substring(0, 8);
        Actor found = new Actor(name, name, ActorType.PERSON, List.of(), List.of(),
                List.of(new Mention(name, 0, name.length(), 0), new Mention(name, 40, 40 + name.length(), 1)), null);
        CountDownLatch firstResolved = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);

        CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            UUID id = registry.resolve(List.of(found), UUID.randomUUID()).get(0).id();
            firstResolved.countDown();
            // Uncommitted until the second has tried to store the same name.
            secondStarted.await(10, TimeUnit.SECONDS);
            Thread.sleep(500);
            return id;
        }));
        assertThat(firstResolved.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<UUID> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            secondStarted.countDown();
            return registry.resolve(List.of(found), UUID.randomUUID()).get(0).id();
        }));

        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(first.get(30, TimeUnit.SECONDS));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from actor where name = :name").setParameter("name", name).getSingleResult()).longValue());
        assertThat(stored).isOne();
    }
}
