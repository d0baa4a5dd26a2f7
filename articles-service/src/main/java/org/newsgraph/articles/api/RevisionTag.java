package org.newsgraph.articles.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.articles.ArticleProblems;

/**
 * The ETags of articles and their revisions, and the If-Match and If-None-Match that name them. A past revision never
 * changes, so {@code "r3"} tags it. An article's answer also changes without a new revision (its actor tags arrive, it
 * is withdrawn), so its tag adds a digest of the bytes sent: {@code "r3-5f2c9a0b1d4e7f60"}. If-Match compares the
 * revision only, so that tags arriving meanwhile never make a writer's revision stale.
 */
final class RevisionTag {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"r(\\d{1,9})(?:-[0-9a-f]{16})?\"");
    private static final int DIGEST_BYTES = 8;

    private RevisionTag() {
    }

    static String of(int revision) {
        return "\"r" + revision + "\"";
    }

    /** The strong tag of one representation of the article at this revision. */
    static String of(int revision, byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"r" + revision + "-" + HexFormat.of().formatHex(Arrays.copyOf(digest, DIGEST_BYTES)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether If-None-Match names this tag, so that the caller's copy is current: {@code *}, or any of its tags by weak
     * comparison (RFC 9110, section 13.1.2), which ignores {@code W/}.
     */
    static boolean isCurrent(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = withoutWeakness(tag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(RevisionTag::withoutWeakness).anyMatch(opaque::equals);
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

    private static String withoutWeakness(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
