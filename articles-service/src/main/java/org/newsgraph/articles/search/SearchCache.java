package org.newsgraph.articles.search;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.messaging.transaction.AfterCommit;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Answers a search again from memory for a short while, so that a popular search costs the database once.
 * A page in use is refreshed in the background before it ages out. Every committed change to articles or their
 * tags starts a new generation, and a page is only answered within its own: a search that ran while a change
 * committed is never served after it.
 */
@ApplicationScoped
public class SearchCache {

    private record Key(long generation, SearchRequest request) {
    }

    private final LoadingCache<Key, SearchPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    public SearchCache(ArticleSearch search, ArticlesConfig config, TransactionSynchronizationRegistry transactions,
            ManagedExecutor executor) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(config.search().cacheTtl())
                .refreshAfterWrite(config.search().cacheTtl().dividedBy(2))
                .maximumSize(config.search().cacheSize())
                .executor(executor)
                .build(key -> search.search(key.request()));
        this.transactions = transactions;
    }

    public SearchPage search(SearchRequest request) {
        return pages.get(new Key(generation.get(), request));
    }

    /** Called in a transaction that changes what searches find: once it commits, no earlier page is answered. */
    public void invalidateOnCommit() {
        AfterCommit.run(transactions, () -> {
            generation.incrementAndGet();
            pages.invalidateAll();
        });
    }
}
