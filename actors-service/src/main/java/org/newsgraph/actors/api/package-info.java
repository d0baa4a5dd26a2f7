/** What this service's API document says of the service, and of the answers several of its operations give alike. */
@OpenAPIDefinition(
        info = @Info(title = "Newsgraph actors service", version = "v1"),
        tags = @Tag(name = "Actors"),
        components = @Components(
                responses = @APIResponse(name = ActorsApi.MERGED, description = """
                        The actor was merged into another: Location names the same resource of the actor that survived the merge,
                        with the query kept.""",
                        headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri-reference"))),
                schemas = @Schema(name = ActorsApi.CURATION_DETAIL, type = SchemaType.OBJECT, description = """
                        What a change touched, as it was (before) or became (after); empty where the change added (before) or removed
                        (after) it. Only the fields of the change's kind are present.""",
                        properties = {
                                @SchemaProperty(name = "name", type = SchemaType.STRING,
                                        description = "RENAMED; MERGED (before) and MERGE_UNDONE (after): the merged actor's name"),
                                @SchemaProperty(name = "type", type = SchemaType.STRING, description = "RETYPED",
                                        enumeration = {"PERSON", "ORGANIZATION", "LOCATION"}),
                                @SchemaProperty(name = "alias", type = SchemaType.STRING, description = "ALIAS_ADDED, ALIAS_REMOVED"),
                                @SchemaProperty(name = "role", type = SchemaType.STRING, description = "ROLE_ADDED, ROLE_REMOVED"),
                                @SchemaProperty(name = "wikidataQid", type = SchemaType.STRING, description = "WIKIDATA_LINKED"),
                                @SchemaProperty(name = "aliases", type = SchemaType.ARRAY, implementation = String.class,
                                        description = "MERGED (before) and MERGE_UNDONE (after): the merged actor's aliases"),
                                @SchemaProperty(name = "mergedInto", type = SchemaType.STRING, format = "uuid",
                                        description = "MERGED (after) and MERGE_UNDONE (before)"),
                                @SchemaProperty(name = "survivorGained", type = SchemaType.ARRAY, implementation = String.class,
                                        description = "MERGED (after): the names the survivor did not have"),
                                @SchemaProperty(name = "movedTo", type = SchemaType.STRING, format = "uuid",
                                        description = "ALIAS_REMOVED (after), when the alias was moved to another actor"),
                                @SchemaProperty(name = "mentions", type = SchemaType.INTEGER, description = "MERGE_UNDONE (after): the mentions given back"),
                                @SchemaProperty(name = "quotes", type = SchemaType.INTEGER, description = "MERGE_UNDONE (after): the quotes given back"),
                                @SchemaProperty(name = "coMentions", type = SchemaType.INTEGER,
                                        description = "MERGE_UNDONE (after): the co-mentions given back"),
                                @SchemaProperty(name = "roles", type = SchemaType.INTEGER, description = "MERGE_UNDONE (after): the titles given back")
                        })))
package org.newsgraph.actors.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
