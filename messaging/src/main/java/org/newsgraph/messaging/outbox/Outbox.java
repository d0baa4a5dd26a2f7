package org.newsgraph.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

import org.newsgraph.events.EventContract;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.transaction.AfterCommit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/** Where services publish events: in the transaction of the change, so that neither is ever kept without the other. */
@ApplicationScoped
public class Outbox {

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(OutboxRelay relay, TransactionSynchronizationRegistry transactions) {
        this.relay = relay;
        this.transactions = transactions;
    }

    /** Writes the event for the relay; the data is checked against its schema here, so a bad event fails the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, String key, Record data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = type.topic();
        event.messageKey = key;
        event.eventType = type.type();
        event.payload = EventContract.write(type, data);
        event.createdAt = Instant.now();
        event.persist();
        AfterCommit.run(transactions, relay::wake);
    }
}
