package org.newsgraph.articles.search;

import java.util.Optional;

/**
 * Which embargoed articles, those whose publishedAt is still ahead, a search may show: editors and admins see them
 * all, a writer its own, anyone else none. Articles whose time has come are shown to everyone, without any job: the
 * search compares with the database's clock.
 *
 * @param all every embargoed article
 * @param ownedBy those of this owner
 */
public record Embargoes(boolean all, Optional<String> ownedBy) {

    public static Embargoes none() {
        return new Embargoes(false, Optional.empty());
    }

    public static Embargoes every() {
        return new Embargoes(true, Optional.empty());
    }

    public static Embargoes ownedBy(String owner) {
        return new Embargoes(false, Optional.of(owner));
    }

    String fingerprint() {
        return all ? "*" : ownedBy.map(owner -> "=" + owner).orElse("");
    }
}
