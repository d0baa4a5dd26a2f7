package org.newsgraph.actors.extraction;

import java.util.List;

/**
 * What the engine found in one text.
 *
 * @param actors    one entry per actor, in order of first mention
 * @param quotes    direct quotations in text order
 * @param sentences the story's sentences; mentions and quotes refer to them by index
 */
public record ExtractionResult(List<Actor> actors, List<Quote> quotes, List<Sentence> sentences) {

    public ExtractionResult {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        sentences = List.copyOf(sentences);
    }
}
