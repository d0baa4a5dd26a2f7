package org.newsgraph.articles;

/**
 * An article's revision and the revision its actor tags were identified in, which decide whether newly identified
 * tags replace the ones it has.
 *
 * @param tagsRevision null until tags arrive
 */
public record TagRevisions(int revision, Integer tagsRevision) {

    /** Tags of a revision not yet written are refused, and tags of an older revision never replace newer ones. */
    public boolean takes(int identifiedRevision) {
        return identifiedRevision <= revision && (tagsRevision == null || identifiedRevision >= tagsRevision);
    }

    /** Whether these are the first tags of the article's current revision, which make it fully known. */
    public boolean firstOfCurrent(int identifiedRevision) {
        return identifiedRevision == revision && (tagsRevision == null || tagsRevision < revision);
    }

    public TagRevisions taken(int identifiedRevision) {
        return new TagRevisions(revision, identifiedRevision);
    }
}
