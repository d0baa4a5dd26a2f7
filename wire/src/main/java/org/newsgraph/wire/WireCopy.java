package org.newsgraph.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WireCopyParser} reads from one piece of wire copy.
 *
 * <p>The story is given as offsets rather than as text: the article is stored exactly as sent, and other
 * services index into that original text.
 *
 * @param dateline   the opening dateline, when there is one
 * @param credit     the closing credit, when there is one
 * @param title      the title given by the caller, or else the first sentence of the story
 * @param storyStart index in the original text of the first character after the dateline
 * @param storyEnd   index in the original text just past the last character before the credit
 */
public record WireCopy(Optional<Dateline> dateline, Optional<Credit> credit, String title, int storyStart, int storyEnd) {

    public WireCopy {
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(title, "title");
        if (storyStart < 0 || storyEnd < storyStart) {
            throw new IllegalArgumentException("story offsets out of order: " + storyStart + ".." + storyEnd);
        }
    }

    public Story story() {
        return new Story(storyStart, storyEnd);
    }
}
