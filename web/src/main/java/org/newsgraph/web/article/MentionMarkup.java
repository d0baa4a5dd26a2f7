package org.newsgraph.web.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An article's text cut into the stretches between and of its actors' mentions, so that a page can mark each mention
 * without ever putting the text's own characters into markup. Mentions outside the text, empty, or overlapping one
 * already taken are left unmarked.
 */
public final class MentionMarkup {

    private MentionMarkup() {
    }

    /**
     * Where one actor is named.
     *
     * @param actorId the registry's id of the actor, or null while the registry does not know it
     */
    public record Span(int start, int end, String name, String type, UUID actorId) {
    }

    /** A stretch of the text; {@code mention} is null between mentions. */
    public record Segment(String text, Span mention) {

        public boolean marked() {
            return mention != null;
        }
    }

    public static List<Segment> of(String text, List<Span> spans) {
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (Span span : ordered) {
            if (span.start() < cursor || span.end() > text.length() || span.start() >= span.end()) {
                continue;
            }
            if (span.start() > cursor) {
                segments.add(new Segment(text.substring(cursor, span.start()), null));
            }
            segments.add(new Segment(text.substring(span.start(), span.end()), span));
            cursor = span.end();
        }
        if (cursor < text.length()) {
            segments.add(new Segment(text.substring(cursor), null));
        }
        return segments;
    }
}
