package org.newsgraph.articles.search;

import java.util.Locale;

/** The order of a search's hits. A cursor pages only the order it was issued for. */
public enum Sort {

    /** Most relevant first, a slice of the newest matches at a time; only for a search by text. */
    RELEVANCE,
    /** By publishedAt, the newest first. */
    NEWEST,
    /** By publishedAt, the oldest first. */
    OLDEST;

    /** As clients spell it: {@code relevance}, {@code newest}, {@code oldest}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order when the search does not say: relevance for a search by text, else the newest first. */
    public static Sort byDefault(boolean byText) {
        return byText ? RELEVANCE : NEWEST;
    }
}
