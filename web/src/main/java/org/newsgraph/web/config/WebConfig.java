package org.newsgraph.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "web")
public interface WebConfig {

    Search search();

    Actor actor();

    Curation curation();

    interface Search {

        /** Hits on one page of results. */
        @WithDefault("10")
        int pageSize();

        /** Actors listed under "in the news now". */
        @WithDefault("8")
        int trending();
    }

    interface Actor {

        /** Quotes and articles listed on an actor's page. */
        @WithDefault("20")
        int listSize();

        /** Co-mentioned actors drawn in its network. */
        @WithDefault("12")
        int networkSize();

        /** Latest curation changes on its page; its history page lists this many at a time too. */
        @WithDefault("5")
        int historySize();
    }

    interface Curation {

        /** Provisional actors listed for review. */
        @WithDefault("50")
        int reviewSize();

        /** Actors offered to merge into. */
        @WithDefault("10")
        int candidates();
    }
}
