package org.newsgraph.articles.events;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.messaging.incoming.IncomingEvent;
import org.newsgraph.messaging.incoming.IncomingEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Follows curation in the actor registry: merged and renamed actors change the tags of every article. */
@ApplicationScoped
public class ActorChangesConsumer {

    private final IncomingEvents events;
    private final ActorTagCuration curation;

    public ActorChangesConsumer(IncomingEvents events, ActorTagCuration curation) {
        this.events = events;
        this.curation = curation;
    }

    @Incoming("actors")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        events.apply(events.decode(records, this::change), changes -> changes.forEach(Runnable::run));
    }

    /** The curation an event asks for, read but not yet applied; each applies in its own transaction. */
    private Runnable change(IncomingEvent event) {
        return switch (event.type()) {
            case ACTOR_MERGED -> {
                ActorMerged merged = event.read(ActorMerged.class);
                yield () -> curation.merge(merged);
            }
            case ACTOR_RENAMED -> {
                ActorRenamed renamed = event.read(ActorRenamed.class);
                yield () -> curation.rename(renamed);
            }
            case ACTOR_RETYPED -> {
                ActorRetyped retyped = event.read(ActorRetyped.class);
                yield () -> curation.retype(retyped);
            }
            default -> throw event.unexpected();
        };
    }
}
