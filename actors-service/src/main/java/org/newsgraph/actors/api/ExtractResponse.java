package org.newsgraph.actors.api;

import java.util.List;

import org.newsgraph.actors.extraction.ActorExtractor;
import org.newsgraph.actors.extraction.ExtractionResult;
import org.newsgraph.wire.WireCopy;
import org.newsgraph.wire.WireCopyParser;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The fixed answer of POST /extract: one entry per real-world actor, the quotes with their speakers' names; and where
 * the story lies in the text sent, with what its dateline and credit say.
 */
public record ExtractResponse(List<ExtractedActor> actors, List<ExtractedQuote> quotes, ExtractedStory story) {

    /** @param actorId the registry's id when it knows the actor, else absent */
    public record ExtractedActor(String name, String type, List<String> aliases, List<String> roles, List<Span> mentions,
            @JsonInclude(JsonInclude.Include.NON_NULL) String actorId) {
    }

    public record Span(String text, int start, int end) {
    }

    /**
     * @param speaker the speaker's name as in {@code actors}, or null when the text names none
     * @param verb    the verb that attributes the quote ("said", "according to"), or null when none does
     */
    public record ExtractedQuote(String speaker, String text, int start, int end, String verb) {
    }

    /**
     * @param start    where the story starts, after any dateline
     * @param end      where it ends, before any credit
     * @param dateline the place and day of the dateline, when there is one
     * @param source   the agency credited or named in the dateline
     * @param byline   the reporters the credit names
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtractedStory(int start, int end, Dateline dateline, String source, String byline) {
    }

    /** @param date as the dateline gives it, such as {@code --10-07} (ISO month-day) or {@code 2025-03-12} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dateline(String place, String date) {
    }

    private static final WireCopyParser WIRE_COPY = new WireCopyParser();

    /**
     * The answer POST /extract gives for a text that is not blank: the text is read as wire copy once, and its story
     * is what the extractor reads.
     *
     * @throws org.newsgraph.actors.extraction.ExtractionBudgetExceeded when reading takes longer than its budget
     */
    public static ExtractResponse extract(ActorExtractor extractor, String text) {
        WireCopy copy = WIRE_COPY.parseAny(text);
        return of(extractor.extract(text, copy.story()), copy);
    }

    private static ExtractResponse of(ExtractionResult result, WireCopy copy) {
        return new ExtractResponse(
                result.actors().stream().map(actor -> new ExtractedActor(actor.name(), actor.type().name(), actor.aliases(), actor.roles(),
                        actor.mentions().stream().map(mention -> new Span(mention.text(), mention.start(), mention.end())).toList(),
                        actor.knownActorId())).toList(),
                result.quotes().stream().map(quote -> new ExtractedQuote(quote.speaker(), quote.text(), quote.start(), quote.end(),
                        quote.verb())).toList(),
                new ExtractedStory(copy.storyStart(), copy.storyEnd(),
                        copy.dateline().map(d -> new Dateline(d.place(), copy.datelineDate().orElse(null))).orElse(null),
                        copy.source().orElse(null), copy.byline().orElse(null)));
    }
}
