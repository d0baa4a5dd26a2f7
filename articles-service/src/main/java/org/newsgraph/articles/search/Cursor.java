package org.newsgraph.articles.search;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where a page of search results ended: the sort key of its last row. Clients see it as an opaque token,
 * signed so that a forged or edited one is refused, and bound to its search so that it cannot page another.
 *
 * @param rank the relevance of the last row, for searches by text; otherwise 0
 */
public record Cursor(double rank, Instant publishedAt, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "1";

    /** Signs and encodes cursors; thread-safe. */
    public static final class Codec {

        private final SecretKeySpec key;

        public Codec(String secret) {
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException("the cursor secret needs at least 16 characters");
            }
            this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }

        /** @param search what the search asked, so that the cursor pages only that search */
        public String encode(Cursor cursor, String search) {
            String payload = String.join("|", VERSION, Double.toString(cursor.rank()), cursor.publishedAt().toString(), cursor.id().toString());
            String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            return encoded + "." + ENCODER.encodeToString(sign(encoded, search));
        }

        public Cursor decode(String token, String search) {
            int dot = token.indexOf('.');
            if (dot <= 0) {
                throw new InvalidCursorException();
            }
            String encoded = token.substring(0, dot);
            byte[] signature;
            try {
                signature = DECODER.decode(token.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidCursorException();
            }
            if (!MessageDigest.isEqual(signature, sign(encoded, search))) {
                throw new InvalidCursorException();
            }
            try {
                String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 4 || !VERSION.equals(parts[0])) {
                    throw new InvalidCursorException();
                }
                return new Cursor(Double.parseDouble(parts[1]), Instant.parse(parts[2]), UUID.fromString(parts[3]));
            } catch (RuntimeException e) {
                throw new InvalidCursorException();
            }
        }

        private byte[] sign(String encoded, String search) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                mac.update(encoded.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
                return mac.doFinal(search.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
