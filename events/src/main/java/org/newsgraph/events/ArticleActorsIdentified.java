package org.newsgraph.events;

import java.util.List;
import java.util.UUID;

/** The data of {@code newsgraph.article.actors-identified} on topic {@code article-actors}. */
public record ArticleActorsIdentified(UUID articleId, int revision, List<Actor> actors, List<Quote> quotes) {

    public ArticleActorsIdentified {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }

    /** An actor of the article and what the article says of it. Type is PERSON, ORGANIZATION or LOCATION. */
    public record Actor(UUID actorId, String name, String type, List<String> roles, int mentionCount) {

        public Actor {
            roles = List.copyOf(roles);
        }
    }

    /** A direct quotation; {@code actorId} is null when the text names no speaker. Offsets index the article body. */
    public record Quote(UUID actorId, String text, int start, int end) {
    }
}
