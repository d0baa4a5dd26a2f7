package org.newsgraph.events;

import java.util.List;
import java.util.UUID;

/** The data of {@code newsgraph.article.actors-identified} on topic {@code article-actors}. */
public record ArticleActorsIdentified(UUID articleId, int revision, List<Actor> actors, List<Quote> quotes) {

    public ArticleActorsIdentified {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }

    /**
     * An actor of the article and what the article says of it. Type is PERSON, ORGANIZATION or LOCATION.
     *
     * @param aliases the actor's other names the article goes by, such as "Bibi"; empty in events written before
     */
    public record Actor(UUID actorId, String name, String type, List<String> roles, int mentionCount, List<String> aliases) {

        public Actor {
            roles = List.copyOf(roles);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public Actor(UUID actorId, String name, String type, List<String> roles, int mentionCount) {
            this(actorId, name, type, roles, mentionCount, List.of());
        }
    }

    /** A direct quotation; {@code actorId} is null when the text names no speaker. Offsets index the article body. */
    public record Quote(UUID actorId, String text, int start, int end) {
    }
}
