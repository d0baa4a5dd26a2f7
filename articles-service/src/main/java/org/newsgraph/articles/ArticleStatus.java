package org.newsgraph.articles;

public enum ArticleStatus {
    PUBLISHED,
    /** Kept for audit and shown as withdrawn; out of search and of the actors' views. */
    WITHDRAWN
}
