package org.newsgraph.articles.search;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.newsgraph.articles.config.ArticlesConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Where the newest {@code articles.search.recent-articles} published articles begin, read again at most once a
 * second: articles published since are the ones a search by text looks among first. A bound a second old only
 * widens that set by the articles of that second.
 */
@ApplicationScoped
class RecentArticles {

    private static final Duration REREAD_AFTER = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final int count;
    private final Cache<Boolean, Optional<Instant>> since = Caffeine.newBuilder().expireAfterWrite(REREAD_AFTER).build();

    RecentArticles(EntityManager entityManager, ArticlesConfig config) {
        this.entityManager = entityManager;
        this.count = config.search().recentArticles();
    }

    /** When the oldest of the recent articles was published; empty while there are no more articles than that. */
    Optional<Instant> since() {
        return since.get(Boolean.TRUE, ignored -> read());
    }

    private Optional<Instant> read() {
        List<?> rows = entityManager.createNativeQuery("""
                        select published_at from article where status = 'PUBLISHED'
                         order by published_at desc, id desc offset :newer limit 1""")
                .setParameter("newer", count - 1)
                .getResultList();
        return rows.stream().findFirst().map(value -> value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value);
    }
}
