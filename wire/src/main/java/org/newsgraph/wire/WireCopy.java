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

    /** The agency credited, or else the one the dateline names. */
    public Optional<String> source() {
        return credit.flatMap(Credit::source).or(() -> dateline.flatMap(Dateline::agency));
    }

    /** The reporters the credit names, joined by commas; absent when it names none. */
    public Optional<String> byline() {
        return credit.map(c -> String.join(", ", c.byline())).filter(names -> !names.isEmpty());
    }

    /** The dateline's day as ISO: {@code 2025-03-12} when it gives the year, else {@code --10-07}. */
    public Optional<String> datelineDate() {
        return dateline.flatMap(d -> d.localDate().map(Object::toString).or(() -> d.date().map(Object::toString)));
    }
}
