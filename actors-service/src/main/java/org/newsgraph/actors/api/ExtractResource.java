package org.newsgraph.actors.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.newsgraph.actors.ActorProblems;
import org.newsgraph.actors.config.ActorsConfig;
import org.newsgraph.actors.extraction.ActorExtractor;
import org.newsgraph.actors.extraction.ExtractionBudgetExceeded;
import org.newsgraph.problem.TextBodies;


import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/extract")
public class ExtractResource {

    private final ActorExtractor extractor;
    private final ActorsConfig config;

    public ExtractResource(ActorExtractor extractor, ActorsConfig config) {
        this.extractor = extractor;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the actors and quotes of any text", description = "Nothing is stored. Offsets are Java String indices. A wire dateline that opens the text and a credit that closes it name no one; the answer says where the story lies and what they give.")
    public ExtractResponse extract(byte[] body) {
        String text = TextBodies.utf8(body, config.maxTextBytes());
        if (text.isBlank()) {
            throw new ActorProblems.InvalidText("The text is empty.");
        }
        try {
            return ExtractResponse.extract(extractor, text);
        } catch (ExtractionBudgetExceeded tooCostly) {
            throw new ActorProblems.TextTooCostly(tooCostly.getMessage());
        }
    }
}
