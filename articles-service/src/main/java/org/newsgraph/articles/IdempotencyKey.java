package org.newsgraph.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A client's Idempotency-Key with a fingerprint of the request it came with, so that a retry is recognised
 * and a reused key with another request is refused.
 */
public record IdempotencyKey(String value, String requestHash) {

    private static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new ArticleProblems.InvalidContent("Idempotency-Key must have 1 to " + MAX_LENGTH + " characters.");
        }
    }

    public static IdempotencyKey of(String value, ArticleContent content) {
        return new IdempotencyKey(value, fingerprint(content));
    }

    private static String fingerprint(ArticleContent content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
