package org.newsgraph.articles;

/**
 * Who reads an article.
 *
 * @param name the owner name the viewer files articles under: a partner's client id, or a user's name
 * @param editorial an editor or admin, who reads every article in full, withdrawn or embargoed
 */
public record Viewer(String name, boolean editorial) {
}
