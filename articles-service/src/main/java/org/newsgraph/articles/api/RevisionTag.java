package org.newsgraph.articles.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.articles.ArticleProblems;

/** The ETag of an article revision, {@code "r3"}, and the If-Match that names one. */
final class RevisionTag {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"r(\\d{1,9})\"");

    private RevisionTag() {
    }

    static String of(int revision) {
        return "\"r" + revision + "\"";
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
