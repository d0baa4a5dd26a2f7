package org.newsgraph.articles.search;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where a page of search results ended: the sort key of its last row. Clients see it as an opaque token,
 * signed so that a forged or edited one is refused, and bound to its search so that it cannot page another.
 *
 * @param rank the relevance of the last row, for searches by text; otherwise 0
 * @param slice for searches by text, the slice of matches the last row was ranked in
 */
public record Cursor(double rank, Instant publishedAt, UUID id, Optional<Slice> slice) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "2";
    private static final String ABSENT = "-";

    /** A row's place in date order, newest first. */
    public record Position(Instant publishedAt, UUID id) {
    }

    /**
     * Matches ranked together: from the oldest, inclusive, up to {@code newerEnd}, exclusive; without one, up to the
     * newest, so that articles filed meanwhile join the first slice.
     */
    public record Slice(Position oldest, Optional<Position> newerEnd) {
    }

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
            Optional<Position> oldest = cursor.slice().map(Slice::oldest);
            Optional<Position> newerEnd = cursor.slice().flatMap(Slice::newerEnd);
            String payload = String.join("|", VERSION, Double.toString(cursor.rank()), cursor.publishedAt().toString(), cursor.id().toString(),
                    encode(oldest), encode(newerEnd));
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
                if (parts.length != 8 || !VERSION.equals(parts[0])) {
                    throw new InvalidCursorException();
                }
                Optional<Position> oldest = position(parts[4], parts[5]);
                Optional<Position> newerEnd = position(parts[6], parts[7]);
                if (oldest.isEmpty() && newerEnd.isPresent()) {
                    throw new InvalidCursorException();
                }
                return new Cursor(Double.parseDouble(parts[1]), Instant.parse(parts[2]), UUID.fromString(parts[3]),
                        oldest.map(position -> new Slice(position, newerEnd)));
            } catch (RuntimeException e) {
                throw new InvalidCursorException();
            }
        }

        private static String encode(Optional<Position> position) {
            return position.map(at -> at.publishedAt() + "|" + at.id()).orElse(ABSENT + "|" + ABSENT);
        }

        private static Optional<Position> position(String publishedAt, String id) {
            return publishedAt.equals(ABSENT) && id.equals(ABSENT)
                    ? Optional.empty()
                    : Optional.of(new Position(Instant.parse(publishedAt), UUID.fromString(id)));
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
