package org.newsgraph.actors.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A curator's change to an actor; absent fields stay as they are. An alias another actor of the type has is refused
 * (409) in addAliases and taken from that actor in moveAliases. An empty wikidataQid removes it. A new type is
 * refused (409) when another actor of that type has its name or one of its aliases. A field it does not
 * know is refused (quarkus.jackson.fail-on-unknown-properties), so that no change is answered as made that was not.
 */
@Schema(example = """
        {"name": "Benjamin Netanyahu", "addAliases": ["Bibi"], "moveAliases": ["Netanyahou"], "removeRoles": ["Finance Minister"],
         "wikidataQid": "Q43915"}""")
public record ActorPatch(
        @Schema(description = "A new canonical name") @Size(min = 1, max = 300) String name,
        @Schema(description = "Aliases to add; one another actor of the type has is refused (409)") List<@Size(min = 1, max = 300) String> addAliases,
        @Schema(description = "Aliases to add, taken from the actor that has them") List<@Size(min = 1, max = 300) String> moveAliases,
        List<String> removeAliases,
        @Schema(description = "Titles to add; a title differing only in case is the same title") List<@Size(min = 1, max = 300) String> addRoles,
        @Schema(description = "Titles to remove, in any case") List<String> removeRoles,
        @Schema(description = "A Wikidata item id such as Q42; empty to remove the link")
        @Pattern(regexp = "|Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q42") String wikidataQid,
        @Schema(description = "A new type, in any case: PERSON, ORGANIZATION or LOCATION")
        @Pattern(regexp = "(?i)PERSON|ORGANIZATION|LOCATION", message = "must be PERSON, ORGANIZATION or LOCATION") String type) {
}
