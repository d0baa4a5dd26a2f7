package org.newsgraph.actors.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsgraph.actors.extraction.ActorExtractor;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.ExtractionResult;
import org.newsgraph.wire.WireCopy;
import org.newsgraph.wire.WireCopyParser;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The fixed answer of POST /extract: one entry per real-world actor, the quotes with their speakers' names; and where
 * the story lies in the text sent, with what its dateline and credit say.
 */
@Schema(requiredProperties = {"actors", "quotes", "story"}, example = """
        {"actors": [{"name": "Benjamin Netanyahu", "type": "PERSON", "aliases": ["Bibi", "Netanyahu"], "roles": ["Israeli Prime Minister"],
                     "mentions": [{"text": "Bibi", "start": 1402, "end": 1406}], "actorId": "5d0c1c7e-9d3b-4f57-8a53-3c1f5f1e2b9a"}],
         "quotes": [{"speaker": "Donald Trump", "text": "There's a real chance that we could do something,", "start": 1203, "end": 1254,
                     "verb": "said"}],
         "story": {"start": 13, "end": 2480, "dateline": {"place": "WASHINGTON"}, "source": "Reuters"}}""")
public record ExtractResponse(List<ExtractedActor> actors, List<ExtractedQuote> quotes, ExtractedStory story) {

    @Schema(requiredProperties = {"name", "type", "aliases", "roles", "mentions"})
    public record ExtractedActor(
            @Schema(description = "The fullest name the text gives") String name,
            @Schema(implementation = ActorType.class) String type,
            @Schema(description = "The other names the text calls the actor by") List<String> aliases,
            @Schema(description = "The titles the text gives the actor") List<String> roles,
            List<Span> mentions,
            @Schema(description = "The registry's id when it knows the actor, else absent") @JsonInclude(JsonInclude.Include.NON_NULL) String actorId) {
    }

    @Schema(name = "TextSpan", requiredProperties = {"text", "start", "end"})
    public record Span(String text, int start, @Schema(description = "Exclusive") int end) {
    }

    @Schema(requiredProperties = {"text", "start", "end"})
    public record ExtractedQuote(
            @Schema(description = "The speaker's name as in actors, or null when the text names none", nullable = true) String speaker,
            String text, int start, @Schema(description = "Exclusive") int end,
            @Schema(description = "The verb that attributes the quote (said, according to), or null when none does", nullable = true) String verb) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"start", "end"})
    public record ExtractedStory(
            @Schema(description = "Where the story starts, after any dateline") int start,
            @Schema(description = "Where it ends, before any credit") int end,
            @Schema(description = "The place and day of the dateline, when there is one") Dateline dateline,
            @Schema(description = "The agency credited or named in the dateline") String source,
            @Schema(description = "The reporters the credit names") String byline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ExtractedDateline")
    public record Dateline(String place,
            @Schema(description = "As the dateline gives it: --10-07 (ISO month-day) or 2025-03-12") String date) {
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
