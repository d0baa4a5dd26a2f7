package org.newsgraph.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.query.NativeQuery;
import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.tracing.EventTracing;
import org.newsgraph.messaging.transaction.AfterCommit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/** Where services publish events: in the transaction of the change, so that neither is ever kept without the other. */
@ApplicationScoped
public class Outbox {

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager entityManager;
    private final EventTracing tracing;

    public Outbox(OutboxRelay relay, TransactionSynchronizationRegistry transactions, EntityManager entityManager,
            EventTracing tracing) {
        this.relay = relay;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.tracing = tracing;
    }

    /** Writes the event for the relay; the data is checked against its schema here, so a bad event fails the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, String key, Record data) {
        // A plain insert: persisting an entity with a database-made id would read the whole row back, payload and all.
        entityManager.createNativeQuery("""
                insert into outbox_event (event_id, topic, message_key, event_type, payload, created_at, traceparent)
                values (:eventId, :topic, :key, :type, :payload, :createdAt, :traceparent)""")
                .unwrap(NativeQuery.class)
                .setParameter("eventId", UUID.randomUUID())
                .setParameter("topic", type.topic())
                .setParameter("key", key)
                .setParameter("type", type.type())
                .setParameter("payload", EventContract.write(type, data))
                .setParameter("createdAt", Instant.now())
                // Typed, so that no trace binds as a null of unknown type.
                .setParameter("traceparent", tracing.currentTraceparent(), String.class)
                .executeUpdate();
        AfterCommit.run(transactions, relay::wake);
    }
}
