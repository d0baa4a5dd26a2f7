package org.newsgraph.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Plain-text request bodies, read strictly: too large, not UTF-8 or not storable is the client's problem, said clearly. */
public final class TextBodies {

    private TextBodies() {
    }

    public static String utf8(byte[] body, int maxBytes) {
        requireAtMost(body.length, maxBytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "invalid-encoding", "Invalid encoding", "The body is not valid UTF-8.");
        }
        return StorableText.require("The body", text);
    }

    public static void requireAtMost(int bytes, int maxBytes) {
        if (bytes > maxBytes) {
            throw new ProblemException(413, "body-too-large", "Body too large",
                    "The body has " + bytes + " bytes; at most " + maxBytes + " are accepted.");
        }
    }
}
