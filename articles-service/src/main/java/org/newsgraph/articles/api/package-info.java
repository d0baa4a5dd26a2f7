/** What this service's API document says of the service, and of the answers several of its operations give alike. */
@OpenAPIDefinition(
        info = @Info(title = "Newsgraph articles service", version = "v1"),
        components = @Components(responses = {
                @APIResponse(name = ArticlesApi.ARTICLE, description = """
                        The article. Its strong ETag ("r3-5f2c9a0b1d4e7f60") names the revision and the bytes sent, so it changes when
                        the actor tags arrive or the article is withdrawn, and differs for each selection of fields; If-Match takes it
                        (or "r3") and compares the revision only.""",
                        headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class))),
                @APIResponse(name = ArticlesApi.FILED, description = """
                        Filed: Location names the article and ETag its revision. A POST retried with the same Idempotency-Key
                        answers the first result again, marked Idempotent-Replayed: true.""",
                        headers = {
                                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                                @Header(name = "Idempotent-Replayed", schema = @Schema(type = SchemaType.BOOLEAN))
                        },
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class))),
                @APIResponse(name = ArticlesApi.WITHDRAWN, description = """
                        The article was withdrawn: only its owner and the editors still read it. Everyone else gets this tombstone,
                        a problem whose article member says which article it was and when it was withdrawn.""",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Tombstone.class)))
        }))
package org.newsgraph.articles.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.newsgraph.problem.Problem;

import jakarta.ws.rs.core.MediaType;
