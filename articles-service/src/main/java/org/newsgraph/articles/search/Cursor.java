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
 * @param sort the order of the pages: a cursor pages no other
 * @param rank the relevance of the last row, when sorted by relevance; otherwise 0
 * @param slice when sorted by relevance, the slice of matches the last row was ranked in; otherwise empty
 */
public record Cursor(Sort sort, double rank, Instant publishedAt, UUID id, Optional<Slice> slice) {

    public Cursor {
        if (slice.isPresent() != (sort == Sort.RELEVANCE)) {
            throw new IllegalArgumentException("a slice belongs to a cursor by relevance, and to every one");
        }
    }

    /** Where a page in date order ended. */
    public static Cursor dated(Sort sort, Instant publishedAt, UUID id) {
        return new Cursor(sort, 0, publishedAt, id, Optional.empty());
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "3";
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
            String payload = String.join("|", VERSION, cursor.sort().name(), Double.toString(cursor.rank()), cursor.publishedAt().toString(), cursor.id().toString(),
                    encode(oldest), encode(newerEnd));
            String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            return encoded + "." + ENCODER.encodeToString(sign(encoded, search));
        }

        /** @param sort the order of the search it pages: a cursor of another order is refused, as is one of another search */
        public Cursor decode(String token, Sort sort, String search) {
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
                if (parts.length != 9 || !VERSION.equals(parts[0]) || Sort.valueOf(parts[1]) != sort) {
                    throw new InvalidCursorException();
                }
                Optional<Position> oldest = position(parts[5], parts[6]);
                Optional<Position> newerEnd = position(parts[7], parts[8]);
                if (oldest.isEmpty() && newerEnd.isPresent()) {
                    throw new InvalidCursorException();
                }
                return new Cursor(sort, Double.parseDouble(parts[2]), Instant.parse(parts[3]), UUID.fromString(parts[4]),
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
