package org.newsgraph.articles;

/**
 * Who files or changes an article.
 *
 * @param name the owner name articles are filed under: a partner's client id, or a user's name
 * @param ownArticlesOnly a partner changes only the articles it filed
 */
public record Writer(String name, boolean ownArticlesOnly) {
}
