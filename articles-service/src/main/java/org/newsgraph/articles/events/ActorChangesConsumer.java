package org.newsgraph.articles.events;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.events.ActorUnmerged;
import org.newsgraph.messaging.incoming.IncomingEvent;
import org.newsgraph.messaging.incoming.IncomingEvents;
import org.newsgraph.messaging.tracing.EventTracing;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Follows curation in the actor registry: merged, renamed and retyped actors change the tags of every article, and an
 * undone merge gives the articles naming the restored actor their tags as the registry identifies them again.
 */
@ApplicationScoped
public class ActorChangesConsumer {

    private final IncomingEvents events;
    private final EventTracing tracing;
    private final ActorTagCuration curation;
    private final ActorTagging tagging;

    public ActorChangesConsumer(IncomingEvents events, EventTracing tracing, ActorTagCuration curation, ActorTagging tagging) {
        this.events = events;
        this.tracing = tracing;
        this.curation = curation;
        this.tagging = tagging;
    }

    @Incoming("actors")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        tracing.processing(records, () -> events.apply(events.decode(records, this::change), changes -> changes.forEach(Runnable::run)));
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
            case ACTOR_UNMERGED -> {
                ActorUnmerged unmerged = event.read(ActorUnmerged.class);
                yield () -> {
                    curation.unmerge(unmerged);
                    tagging.take(unmerged.articles());
                };
            }
            default -> throw event.unexpected();
        };
    }
}
