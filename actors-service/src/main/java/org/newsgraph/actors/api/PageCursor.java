package org.newsgraph.actors.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.newsgraph.problem.ProblemException;
import org.newsgraph.problem.StorableText;

/**
 * Where a page of a list ended: the sort key and id of its last row, opaque to clients. A cursor only says
 * where to start; one edited by hand shows nothing the list would not.
 */
record PageCursor(String key, UUID id) {

    static PageCursor after(String key, UUID id) {
        return new PageCursor(key, id);
    }

    static PageCursor after(Instant key, UUID id) {
        return new PageCursor(key.toString(), id);
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    long numberKey() {
        try {
            return Long.parseLong(key);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    static PageCursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (StorableText.problemWith(text).isPresent()) {
                // The key goes to the database, which would fail on it rather than find nothing.
                throw invalid();
            }
            int newline = text.lastIndexOf('\n');
            return new PageCursor(text.substring(0, newline), UUID.fromString(text.substring(newline + 1)));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(400, "invalid-cursor", "Invalid cursor", "The cursor was not issued by this list; start again without one.");
    }
}
