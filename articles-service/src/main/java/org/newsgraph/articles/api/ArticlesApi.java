package org.newsgraph.articles.api;

/** The names of the answers that this service's API document (package-info) describes once, for several operations. */
public final class ArticlesApi {

    static final String ARTICLE = "Article";
    static final String FILED = "ArticleFiled";
    static final String WITHDRAWN = "Withdrawn";

    private ArticlesApi() {
    }
}
