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

    public TagRevisions taken(int identifiedRevision) {
        return new TagRevisions(revision, identifiedRevision);
    }
}
