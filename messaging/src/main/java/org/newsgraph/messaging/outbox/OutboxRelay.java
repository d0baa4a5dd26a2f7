package org.newsgraph.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;
import org.newsgraph.events.CloudEventHeaders;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.tracing.EventTracing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Publishes outbox events to Kafka, oldest first, and marks them published once Kafka has them.
 * One relay at a time per database (a transaction-scoped advisory lock), so that order per key holds
 * however many replicas run. Woken by every commit that wrote an event, and by a timer.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that elects the relay; any constant shared by the replicas of one service. */
    private static final long RELAY_LOCK = 0x6e65_7773_6f75_7462L;
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final EntityManager entityManager;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Instant nextCleanup = Instant.now();
    private Instant nextCount = Instant.now();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAge = new AtomicLong();

    public OutboxRelay(@Channel("outbox") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> emitter,
            OutboxConfig config, EntityManager entityManager, MeterRegistry meters) {
        this.emitter = emitter;
        this.config = config;
        this.entityManager = entityManager;
        Gauge.builder("newsgraph.outbox.backlog", backlog, AtomicLong::get)
                .description("Events written and not yet published, as the relay last counted them").register(meters);
        Gauge.builder("newsgraph.outbox.oldest.age", oldestAge, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest unpublished event has waited, as the relay last counted").register(meters);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(config.sendTimeout().toMillis());
        }
    }

    /** Asks the relay to look for events now. */
    public void wake() {
        wakeUps.release();
    }

    private void run() {
        // Events published by the last round: more than one means commits come faster than rounds.
        int lastRound = 0;
        while (running) {
            try {
                if (wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS) && lastRound > 1) {
                    Thread.sleep(config.gatherTime().toMillis());
                }
                wakeUps.drainPermits();
                do {
                    lastRound = relayBatch();
                } while (running && lastRound == config.batchSize());
                countBacklogWhenDue();
                deletePublishedWhenDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed, retrying in %s: %s", config.retryBackoff(), e.getMessage());
                pause(config.retryBackoff());
            }
        }
    }

    /** Publishes one batch in one transaction; returns how many events were published. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.sendTimeout().plusSeconds(30).toSeconds())
                .call(() -> {
                    if (!holdsRelayLock()) {
                        return 0;
                    }
                    List<OutboxEvent> batch = OutboxEvent.find("publishedAt is null order by id").page(0, config.batchSize()).list();
                    // Sent outside the transaction, so that Kafka's threads never join it.
                    List<CompletableFuture<Void>> acknowledgements = QuarkusTransaction.suspendingExisting()
                            .call(() -> batch.stream().map(this::send).toList());
                    return markAcknowledgedPrefix(batch, acknowledgements);
                });
    }

    /**
     * Marks published the events Kafka acknowledged, up to the first it did not: the rest are sent again
     * in the next round, after the one that failed, so that order per key is kept.
     */
    private int markAcknowledgedPrefix(List<OutboxEvent> batch, List<CompletableFuture<Void>> acknowledgements) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                LOG.warnf("Kafka did not take event %s (%s); %d of %d published this round",
                        batch.get(i).eventId, rootMessage(e), published, batch.size());
                break;
            }
            published++;
        }
        if (published == 0 && !batch.isEmpty()) {
            throw new IllegalStateException("Kafka is not taking events");
        }
        if (published > 0) {
            // The ids as one array, not an IN list: Hibernate plans a statement with a list of values again at every call.
            entityManager.createNativeQuery("update outbox_event set published_at = :now where id = any(cast(:ids as bigint[]))")
                    .unwrap(NativeQuery.class).addSynchronizedEntityClass(OutboxEvent.class)
                    .setParameter("now", Instant.now())
                    .setParameter("ids", batch.subList(0, published).stream().map(event -> event.id).toArray(Long[]::new))
                    .executeUpdate();
        }
        return published;
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        EventType type = EventType.of(event.eventType)
                .orElseThrow(() -> new IllegalStateException("unknown event type in the outbox: " + event.eventType));
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        CloudEventHeaders.of(type, event.eventId, config.source(), event.messageKey, event.createdAt)
                .forEach((name, value) -> headers.add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (event.traceparent != null) {
            headers.add(EventTracing.TRACEPARENT, event.traceparent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Message<String> message = Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }

    private boolean holdsRelayLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    /** For the backlog gauges: at most once per poll interval, on the index of unpublished events. */
    private void countBacklogWhenDue() {
        if (Instant.now().isBefore(nextCount)) {
            return;
        }
        nextCount = Instant.now().plus(config.pollInterval());
        Object[] pending = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event where published_at is null")
                .getSingleResult());
        backlog.set(((Number) pending[0]).longValue());
        oldestAge.set(((Number) pending[1]).longValue());
    }

    private void deletePublishedWhenDue() {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
        QuarkusTransaction.requiringNew().run(() ->
                OutboxEvent.delete("publishedAt < ?1", Instant.now().minus(config.retention())));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
