package org.newsgraph.articles.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.messaging.transaction.AfterCommit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Answers a search again from memory for a short while, so that a popular search costs the database once. A page in
 * use is refreshed in the background before it ages out, so that news and tags show within the cache's lifetime, here
 * as on every other instance, however fast articles are filed. Whoever files an article through this instance finds
 * it at once: their searches skip every page read before their filing. A correction, a withdrawal or a change to
 * actors reaches everyone at once: it starts a new generation, and a page read before it committed is answered no more.
 */
@ApplicationScoped
public class SearchCache {

    /** Longer than any page read before a filing stays in the cache: its lifetime after a search that took far less. */
    private static final Duration SEARCH_MARGIN = Duration.ofMinutes(1);

    private record Key(long generation, SearchRequest request) {
    }

    /** @param readSince when the search that read the page began, by {@link System#nanoTime()} */
    private record Page(long readSince, SearchPage page) {
    }

    private final ArticleSearch search;
    private final LoadingCache<Key, Page> pages;
    /** When each writer last filed through this instance, by {@link System#nanoTime()}. */
    private final Cache<String, Long> filings;
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    public SearchCache(ArticleSearch search, ArticlesConfig config, TransactionSynchronizationRegistry transactions,
            ManagedExecutor executor) {
        this.search = search;
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(config.search().cacheTtl())
                .refreshAfterWrite(config.search().cacheTtl().dividedBy(2))
                .maximumSize(config.search().cacheSize())
                .executor(executor)
                .build(key -> read(key.request()));
        this.filings = Caffeine.newBuilder().expireAfterWrite(config.search().cacheTtl().plus(SEARCH_MARGIN)).build();
        this.transactions = transactions;
    }

    /** @param reader who searches: a page read before their last filing is not theirs */
    public SearchPage search(SearchRequest request, String reader) {
        Key key = new Key(generation.get(), request);
        Long filed = filings.getIfPresent(reader);
        if (filed == null) {
            return pages.get(key).page();
        }
        Page cached = pages.getIfPresent(key);
        if (cached != null && cached.readSince() - filed > 0) {
            return cached.page();
        }
        Page fresh = read(request);
        pages.put(key, fresh);
        return fresh.page();
    }

    /** Called in a transaction that files an article: once it commits, its writer finds it. */
    public void showToWriterOnCommit(String writer) {
        AfterCommit.run(transactions, () -> filings.put(writer, System.nanoTime()));
    }

    /** Called in a transaction that changes what everyone finds: once it commits, no earlier page is answered. */
    public void invalidateOnCommit() {
        AfterCommit.run(transactions, () -> {
            generation.incrementAndGet();
            pages.invalidateAll();
        });
    }

    private Page read(SearchRequest request) {
        long since = System.nanoTime();
        return new Page(since, search.search(request));
    }
}
