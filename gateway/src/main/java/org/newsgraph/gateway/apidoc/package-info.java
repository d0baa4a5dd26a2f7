/**
 * What the public API document says of the API as a whole, and of the answers the gateway gives to any operation; the
 * operations themselves are the services' and the gateway's own, composed by {@link PublicApiComposition}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Newsgraph API", version = "v1", description = """
                The one public entry of Newsgraph. Every operation needs an access token of Keycloak realm `newsgraph` for audience
                `newsgraph-api` (`Authorization: Bearer <token>`): web clients log users in with authorization code + PKCE on client
                `newsgraph-web`; partners use client credentials. The roles an operation allows are listed in its security requirement.
                Errors are RFC 9457 `application/problem+json`; every answer carries `X-Request-Id`.

                Every caller has a rate limit by role. A partner also has a quota, requests per minute and per day, that an admin
                sets (`PUT /api/v1/partners/{clientId}/quota`; a default otherwise), counted per gateway instance. Every answer to a
                partner says how much of it is left: `RateLimit-Policy: "minute";q=1200;w=60, "day";q=200000;w=86400`,
                `RateLimit: "minute";r=1187;t=1, "day";r=199187;t=351` (requests left, seconds until the window is full again), and
                `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` for the window closest to being spent. Over it,
                the answer is 429 `quota-exceeded` with `Retry-After`.
                """),
        tags = {
                @Tag(name = "Articles", description = "Filing, revising, withdrawing and searching articles"),
                @Tag(name = "Actors", description = "The actor registry: who is in the news, what they said, and its curation"),
                @Tag(name = "Partners", description = "The partners' OAuth clients and their quotas, for admins")
        },
        components = @Components(responses = {
                @APIResponse(name = PublicApi.TOO_MANY_REQUESTS, description = """
                        The caller's rate limit is spent (`rate-limited`), or a partner's quota (`quota-exceeded`, with the
                        `RateLimit` headers that every answer to a partner carries).""",
                        headers = {
                                @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                                @Header(name = "RateLimit-Policy", description = "A partner's quota: \"minute\";q=1200;w=60, \"day\";q=200000;w=86400",
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Header(name = "RateLimit", description = "What is left of each window and in how many seconds it is full again: "
                                        + "\"minute\";r=0;t=60, \"day\";r=199000;t=432", schema = @Schema(type = SchemaType.STRING)),
                                @Header(name = "X-RateLimit-Limit", description = "The limit of the quota's window closest to being spent",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                @Header(name = "X-RateLimit-Remaining", description = "Requests left in that window",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                @Header(name = "X-RateLimit-Reset", description = "Seconds until that window is full again",
                                        schema = @Schema(type = SchemaType.INTEGER))
                        },
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiComponents.PROBLEM), examples = @ExampleObject(
                                name = "quota-exceeded", value = """
                                        {"type": "https://newsgraph.org/problems/quota-exceeded", "title": "Quota exceeded", "status": 429,
                                         "detail": "Partner partner-wire has sent the 600 requests its quota allows in a minute; retry after 1 s.",
                                         "instance": "/api/v1/articles"}"""))),
                @APIResponse(name = PublicApi.SERVICE_UNAVAILABLE,
                        description = "The service behind this route (Keycloak, for the partners) is down, too slow, or resting after "
                                + "repeated failures",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiComponents.PROBLEM)))
        }))
package org.newsgraph.gateway.apidoc;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.problem.ApiComponents;
import org.newsgraph.problem.Problem;
