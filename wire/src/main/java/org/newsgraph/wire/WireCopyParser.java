package org.newsgraph.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * Parses wire copy as newsrooms send it: an optional dateline, the story, an optional credit.
 *
 * <p>The text is never changed; the story is reported as offsets into it. Instances hold no mutable state and
 * can be shared between threads. Every step looks at a bounded window or makes one linear pass, so the cost
 * grows linearly with the input whatever its content.
 */
public final class WireCopyParser {

    /** Wire ledes commonly run to 40 words; this keeps most of them whole. */
    public static final int DEFAULT_MAX_TITLE_LENGTH = 300;

    private static final int MIN_TITLE_LENGTH = 20;

    private final int maxTitleLength;

    public WireCopyParser() {
        this(DEFAULT_MAX_TITLE_LENGTH);
    }

    /** @param maxTitleLength the longest title taken from the story, ellipsis included */
    public WireCopyParser(int maxTitleLength) {
        if (maxTitleLength < MIN_TITLE_LENGTH) {
            throw new IllegalArgumentException("titles need at least " + MIN_TITLE_LENGTH + " characters, got " + maxTitleLength);
        }
        this.maxTitleLength = maxTitleLength;
    }

    /** Parses wire copy, taking the title from the first sentence of the story. */
    public WireCopy parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses wire copy.
     *
     * @param text  the copy exactly as sent
     * @param title the title chosen by the sender, or {@code null} or blank to take the first sentence of the story
     * @throws IllegalArgumentException when the copy is blank or holds nothing but a dateline
     */
    public WireCopy parse(String text, String title) {
        Objects.requireNonNull(text, "text");
        Reading reading = read(text);
        if (reading.start() == reading.end()) {
            throw new IllegalArgumentException("wire copy is empty or blank");
        }
        if (reading.storyStart() == reading.end()) {
            throw new IllegalArgumentException("wire copy has a dateline but no story: " + text.substring(reading.start(), reading.end()));
        }
        return parse(text, reading, title);
    }

    private WireCopy parse(String text, Reading reading, String title) {
        String resolvedTitle = title == null || title.isBlank()
                ? TitleReader.firstSentence(text, reading.storyStart(), reading.storyEnd(), maxTitleLength)
                : title.strip();
        return new WireCopy(reading.dateline().map(Located::value), reading.credit().map(Located::value), resolvedTitle,
                reading.storyStart(), reading.storyEnd());
    }

    /**
     * Parses any text that is not blank as wire copy; one that holds nothing but a dateline is all story.
     *
     * @throws IllegalArgumentException when the text is blank
     */
    public WireCopy parseAny(String text) {
        Objects.requireNonNull(text, "text");
        Reading reading = read(text);
        if (reading.start() == reading.end()) {
            throw new IllegalArgumentException("wire copy is empty or blank");
        }
        if (reading.storyStart() == reading.end()) {
            return new WireCopy(Optional.empty(), Optional.empty(),
                    TitleReader.firstSentence(text, reading.start(), reading.end(), maxTitleLength), 0, text.length());
        }
        return parse(text, reading, null);
    }

    /** Where the story of any text lies; the whole text when it holds nothing but a dateline, or nothing at all. */
    public Story story(String text) {
        Objects.requireNonNull(text, "text");
        Reading reading = read(text);
        return reading.storyStart() == reading.end() ? new Story(0, text.length()) : new Story(reading.storyStart(), reading.storyEnd());
    }

    /**
     * Where a dateline that starts at {@code from} ends, or -1 when none starts there: where the text is not wire copy
     * from its first character, as "BERLIN (Reuters) —" opening the paragraph after a headline.
     */
    public static int datelineEnd(String text, int from) {
        Objects.requireNonNull(text, "text");
        Objects.checkIndex(from, text.length() + 1);
        return DatelineReader.read(text, from, text.length()).map(Located::end).orElse(-1);
    }

    /** The parts of a text, each read once; the story starts at the end of the text when nothing follows the dateline. */
    private record Reading(int start, int end, Optional<Located<Dateline>> dateline, Optional<Located<Credit>> credit,
                           int storyStart, int storyEnd) {
    }

    private static Reading read(String text) {
        int start = WireText.skipSpaces(text, 0, text.length());
        int end = WireText.trimEnd(text, start, text.length());
        Optional<Located<Dateline>> dateline = start == end ? Optional.empty() : DatelineReader.read(text, start, end);
        int storyStart = dateline.map(d -> WireText.skipSpaces(text, d.end(), end)).orElse(start);
        if (storyStart == end) {
            return new Reading(start, end, dateline, Optional.empty(), end, end);
        }
        Optional<String> datelineAgency = dateline.flatMap(d -> d.value().agency());
        Optional<Located<Credit>> credit = CreditReader.read(text, storyStart, end, datelineAgency);
        int storyEnd = credit.map(c -> WireText.trimEnd(text, storyStart, c.start())).orElse(end);
        return new Reading(start, end, dateline, credit, storyStart, storyEnd);
    }
}
