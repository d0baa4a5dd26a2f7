package org.newsgraph.articles.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
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
    public void consume(ConsumerRecord<String, String> record) {
        events.apply(record, event -> {
            switch (event.type()) {
                case ACTOR_MERGED -> curation.merge(event.read(ActorMerged.class));
                case ACTOR_RENAMED -> curation.rename(event.read(ActorRenamed.class));
                default -> throw event.unexpected();
            }
        });
    }
}
