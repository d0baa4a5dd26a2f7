package org.newsgraph.problem;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Strong ETags made from the bytes of a representation, and the If-None-Match that names them. */
public final class EntityTags {

    private static final int DIGEST_BYTES = 8;

    private EntityTags() {
    }

    /** 16 hex digits of the bytes' SHA-256: the same bytes, the same digest, in every replica. */
    public static String digest(byte[] representation) {
        try {
            return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(representation), DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A strong tag of these bytes: {@code "5f2c9a0b1d4e7f60"}. */
    public static String strong(byte[] representation) {
        return "\"" + digest(representation) + "\"";
    }

    /**
     * Whether If-None-Match names this tag, so that the caller's copy is current: {@code *}, or any of its tags by weak
     * comparison (RFC 9110, section 13.1.2), which ignores {@code W/}.
     */
    public static boolean isCurrent(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = withoutWeakness(tag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(EntityTags::withoutWeakness).anyMatch(opaque::equals);
    }

    private static String withoutWeakness(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
