package org.newsgraph.events;

/** Kafka topics between the services. Each is keyed by the id of the aggregate its events are about. */
public final class Topics {

    public static final String ARTICLES = "articles";
    public static final String ARTICLE_ACTORS = "article-actors";
    public static final String ACTORS = "actors";

    private Topics() {
    }

    /** Where a consumer puts a message it cannot process, so that the partition moves on. */
    public static String deadLetter(String topic) {
        return topic + ".dead-letter";
    }
}
