package org.newsgraph.articles.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.articles.ArticleProblems;
import org.newsgraph.problem.EntityTags;

/**
 * The ETags of articles and their revisions, and the If-Match and If-None-Match that name them. A past revision never
 * changes, so {@code "r3"} tags it. An article's answer also changes without a new revision (its actor tags arrive, it
 * is withdrawn), so its tag adds a digest of the bytes sent: {@code "r3-5f2c9a0b1d4e7f60"}. If-Match compares the
 * revision only, so that tags arriving meanwhile never make a writer's revision stale.
 */
final class RevisionTag {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"r(\\d{1,9})(?:-[0-9a-f]{16})?\"");

    private RevisionTag() {
    }

    static String of(int revision) {
        return "\"r" + revision + "\"";
    }

    /** The strong tag of one representation of the article at this revision. */
    static String of(int revision, byte[] representation) {
        return "\"r" + revision + "-" + EntityTags.digest(representation) + "\"";
    }

    /** The revision If-Match names; {@code null} for {@code *}, which matches whatever revision is current. */
    static Integer required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ArticleProblems.RevisionRequired();
        }
        return optional(ifMatch);
    }

    /** Like {@link #required}, but no If-Match at all also matches any revision. */
    static Integer optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new ArticleProblems.InvalidContent("If-Match must be an ETag of this API, such as \"r2\".");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
