package org.newsgraph.articles.events;

import org.newsgraph.articles.Article;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.outbox.Outbox;

import jakarta.enterprise.context.ApplicationScoped;

/** Announces article changes on topic {@code articles}, keyed by article id, through the outbox. */
@ApplicationScoped
public class ArticleAnnouncements {

    private final Outbox outbox;

    public ArticleAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    public void announce(EventType type, Article article) {
        outbox.publish(type, article.id.toString(), new ArticleEvent(article.id, article.revision, article.title, article.body,
                article.datelinePlace, article.source, article.language, article.publishedAt,
                article.story().orElse(null)));
    }
}
