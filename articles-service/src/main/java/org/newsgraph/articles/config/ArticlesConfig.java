package org.newsgraph.articles.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "articles")
public interface ArticlesConfig {

    /** The largest article body accepted, in bytes. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /**
     * How far ahead of the platform's clock publishedAt may lie: an article with a later publishedAt is embargoed until
     * then, and one further ahead than this is refused as a mistake.
     */
    @WithDefault("P366D")
    Duration maxEmbargo();

    /** The language of an article that does not say. */
    @WithDefault("en")
    String defaultLanguage();

    Search search();

    interface Search {

        @WithDefault("20")
        int defaultLimit();

        @WithDefault("100")
        int maxLimit();

        /** Signs search cursors so that a forged one is refused; set one per deployment. */
        String cursorSecret();

        /** How many matches a search by text ranks together, newest first: the cost of a page does not grow beyond it. */
        @WithDefault("200")
        int rankWindow();

        /**
         * From how many expected matches a search's slices are looked for among the newest articles, the date index
         * bounding what the text index gives, so that a slice of a common word reads a few windows of articles rather
         * than every match. Below it, every match is read and sorted by date, which costs less than the date index
         * over the larger share of the archive that would hold a few windows of them.
         */
        @WithDefault("5000")
        long spanFromMatches();

        /**
         * How many windows of a search's matches the newest articles a slice is first looked for among should hold,
         * at the share of the archive the search matches.
         */
        @WithDefault("4")
        double spanWindows();

        /**
         * From what share of the archive a search's matches are looked for by reading those newest articles in turn,
         * rather than through the text index, whose list of a common word's matches is long to read.
         */
        @WithDefault("0.05")
        double walkFromShare();

        /** How many values a facet lists when facet-size does not say. */
        @WithDefault("10")
        int facetSize();

        /** The most values a facet lists. */
        @WithDefault("100")
        int maxFacetSize();

        /**
         * Up to how many matches a search counts exactly. Past it, the total is the database's estimate, marked as
         * such: counting a million matches would cost far more than ranking a page of them.
         */
        @WithDefault("1000")
        int exactTotalUpTo();

        /** The most actors one search may require, each an extra lookup for every match. */
        @WithDefault("10")
        int maxActors();

        /**
         * How long a search page may be answered again without asking the database, as a search engine's refresh
         * interval: new articles and tags show within this time, an article to its writer at once; a correction, a
         * withdrawal or a change to actors made through this instance shows at once, through another within this time.
         * A popular search over a million articles costs the database tens of milliseconds, so a shorter time spends
         * the database's cores on the same few pages again.
         */
        @WithDefault("5s")
        Duration cacheTtl();

        /** How many search pages are kept. */
        @WithDefault("500")
        int cacheSize();

        /**
         * How many searches may be answered at once; one more is refused at once with 503 and Retry-After. Each may
         * hold one of the connection pool's 30, so the rest stay for filing; a few for each of the database's cores
         * keep them busy without making them take turns.
         */
        @WithDefault("16")
        int maxInFlight();
    }
}
