package org.newsgraph.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/** Every CloudEvent type the platform publishes, with its topic, its data record and the schema of that data. */
public enum EventType {

    ARTICLE_PUBLISHED("newsgraph.article.published", Topics.ARTICLES, ArticleEvent.class, "article", 1),
    ARTICLE_REVISED("newsgraph.article.revised", Topics.ARTICLES, ArticleEvent.class, "article", 1),
    ARTICLE_WITHDRAWN("newsgraph.article.withdrawn", Topics.ARTICLES, ArticleEvent.class, "article", 1),
    ARTICLE_ACTORS_IDENTIFIED("newsgraph.article.actors-identified", Topics.ARTICLE_ACTORS, ArticleActorsIdentified.class,
            "article-actors-identified", 1),
    ACTOR_MERGED("newsgraph.actor.merged", Topics.ACTORS, ActorMerged.class, "actor-merged", 1),
    ACTOR_RENAMED("newsgraph.actor.renamed", Topics.ACTORS, ActorRenamed.class, "actor-renamed", 1),
    ACTOR_RETYPED("newsgraph.actor.retyped", Topics.ACTORS, ActorRetyped.class, "actor-retyped", 1),
    ACTOR_UNMERGED("newsgraph.actor.unmerged", Topics.ACTORS, ActorUnmerged.class, "actor-unmerged", 1);

    private final String type;
    private final String topic;
    private final Class<? extends Record> dataClass;
    private final String schemaName;
    private final int schemaVersion;

    EventType(String type, String topic, Class<? extends Record> dataClass, String schemaName, int schemaVersion) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
        this.schemaName = schemaName;
        this.schemaVersion = schemaVersion;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataClass() {
        return dataClass;
    }

    /** The CloudEvents {@code dataschema} attribute; the version of the data lives here, not in the type. */
    public URI dataSchema() {
        return URI.create("urn:newsgraph:schema:" + schemaName + ":" + schemaVersion);
    }

    /** The JSON Schema of the data, a resource of this module. */
    public String schemaResource() {
        return "schemas/" + schemaName + ".v" + schemaVersion + ".json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(candidate -> candidate.type.equals(type)).findFirst();
    }
}
