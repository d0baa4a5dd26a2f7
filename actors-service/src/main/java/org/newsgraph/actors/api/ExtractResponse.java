package org.newsgraph.actors.api;

import java.util.List;

import org.newsgraph.actors.extraction.ExtractionResult;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The fixed answer of POST /extract: one entry per real-world actor, the quotes with their speakers' names. */
public record ExtractResponse(List<ExtractedActor> actors, List<ExtractedQuote> quotes) {

    /** @param actorId the registry's id when it knows the actor, else absent */
    public record ExtractedActor(String name, String type, List<String> aliases, List<String> roles, List<Span> mentions,
            @JsonInclude(JsonInclude.Include.NON_NULL) String actorId) {
    }

    public record Span(String text, int start, int end) {
    }

    /** @param speaker the speaker's name as in {@code actors}, or null when the text names none */
    public record ExtractedQuote(String speaker, String text, int start, int end) {
    }

    public static ExtractResponse of(ExtractionResult result) {
        return new ExtractResponse(
                result.actors().stream().map(actor -> new ExtractedActor(actor.name(), actor.type().name(), actor.aliases(), actor.roles(),
                        actor.mentions().stream().map(mention -> new Span(mention.text(), mention.start(), mention.end())).toList(),
                        actor.knownActorId())).toList(),
                result.quotes().stream().map(quote -> new ExtractedQuote(quote.speaker(), quote.text(), quote.start(), quote.end())).toList());
    }
}
