package org.newsgraph.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code newsgraph.actor.unmerged} on topic {@code actors}: the merge of actorId into fromActorId was undone,
 * and actorId answers for itself again. Keyed like the merge, so that it follows it.
 *
 * @param articles the actors of articles that name actorId, identified again from what actors-service stores: what
 *                 the articles' tags are now, as {@code newsgraph.article.actors-identified} would say it
 */
public record ActorUnmerged(UUID actorId, UUID fromActorId, List<ArticleActorsIdentified> articles) {

    public ActorUnmerged {
        articles = List.copyOf(articles);
    }
}
