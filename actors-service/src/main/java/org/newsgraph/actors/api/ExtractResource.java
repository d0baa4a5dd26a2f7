package org.newsgraph.actors.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.actors.ActorProblems;
import org.newsgraph.actors.config.ActorsConfig;
import org.newsgraph.actors.extraction.ActorExtractor;
import org.newsgraph.actors.extraction.ExtractionBudgetExceeded;
import org.newsgraph.problem.ApiComponents;
import org.newsgraph.problem.TextBodies;


import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/extract")
@Tag(name = "Actors")
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
    @Operation(summary = "Find the actors and quotes of any text", description = """
            Nothing is stored. Offsets are Java String indices (UTF-16 code units) into the text. A wire dateline that opens the
            text and a credit that closes it name no one; story says where the story lies and what they give. A text longer than
            actors.max-text-bytes answers 413; one that takes longer than actors.extraction-budget to read, 422.""")
    @APIResponse(responseCode = "200", description = "The actors and quotes")
    @APIResponse(responseCode = "400", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "413", ref = ApiComponents.PROBLEM)
    @APIResponse(responseCode = "422", ref = ApiComponents.PROBLEM)
    public ExtractResponse extract(@RequestBody(description = "Any text, UTF-8", required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))) byte[] body) {
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
