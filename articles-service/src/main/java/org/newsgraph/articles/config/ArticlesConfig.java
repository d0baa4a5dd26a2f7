package org.newsgraph.articles.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "articles")
public interface ArticlesConfig {

    /** The largest article body accepted, in bytes. */
    @WithDefault("1048576")
    int maxBodyBytes();

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

        /** How many actors facets=actors lists. */
        @WithDefault("10")
        int facetSize();
    }
}
