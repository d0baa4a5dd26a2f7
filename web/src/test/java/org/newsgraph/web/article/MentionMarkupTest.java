package org.newsgraph.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsgraph.web.article.MentionMarkup.Segment;
import org.newsgraph.web.article.MentionMarkup.Span;

class MentionMarkupTest {

    private static final UUID TRUMP = UUID.randomUUID();
    private static final String TEXT = "Trump said Bibi would come. Netanyahu agreed.";

    private static Span span(int start, int end, String name) {
        return new Span(start, end, name, "PERSON", name.equals("Donald Trump") ? TRUMP : null);
    }

    @Test
    void cutsTheTextIntoMentionsAndTheStretchesBetweenThem() {
        List<Segment> segments = MentionMarkup.of(TEXT, List.of(span(28, 37, "Benjamin Netanyahu"), span(0, 5, "Donald Trump"),
                span(11, 15, "Benjamin Netanyahu")));

        assertThat(segments).extracting(Segment::text).containsExactly("Trump", " said ", "Bibi", " would come. ", "Netanyahu", " agreed.");
        assertThat(segments).extracting(Segment::marked).containsExactly(true, false, true, false, true, false);
        assertThat(segments.get(0).mention().actorId()).isEqualTo(TRUMP);
        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void leavesOverlappingEmptyAndOutOfRangeMentionsUnmarked() {
        List<Segment> segments = MentionMarkup.of(TEXT, List.of(span(0, 5, "Donald Trump"), span(2, 8, "Overlap"),
                span(11, 11, "Empty"), span(40, 90, "Past the end"), span(-1, 3, "Before the start")));

        assertThat(segments).extracting(Segment::text).containsExactly("Trump", TEXT.substring(5));
        assertThat(segments.get(1).marked()).isFalse();
    }

    @Test
    void aTextWithoutMentionsIsOneUnmarkedStretch() {
        assertThat(MentionMarkup.of(TEXT, List.of())).containsExactly(new Segment(TEXT, null));
        assertThat(MentionMarkup.of("", List.of())).isEmpty();
    }

    @Test
    void theLongerOfTwoMentionsStartingTogetherWins() {
        List<Segment> segments = MentionMarkup.of(TEXT, List.of(span(28, 32, "Neta"), span(28, 37, "Benjamin Netanyahu")));

        assertThat(segments.get(1)).extracting(Segment::text).isEqualTo("Netanyahu");
    }
}
