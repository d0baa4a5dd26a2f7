package org.newsgraph.actors.api;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A curator's change to an actor; absent fields stay as they are. An alias another actor of the type has is refused
 * (409) in addAliases and taken from that actor in moveAliases. An empty wikidataQid removes it. A new type is
 * refused (409) when another actor of that type has its name or one of its aliases. A field it does not
 * know is refused (quarkus.jackson.fail-on-unknown-properties), so that no change is answered as made that was not.
 */
public record ActorPatch(
        @Size(min = 1, max = 300) String name,
        List<@Size(min = 1, max = 300) String> addAliases,
        List<@Size(min = 1, max = 300) String> moveAliases,
        List<String> removeAliases,
        List<@Size(min = 1, max = 300) String> addRoles,
        List<String> removeRoles,
        @Pattern(regexp = "|Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q42") String wikidataQid,
        @Pattern(regexp = "(?i)PERSON|ORGANIZATION|LOCATION", message = "must be PERSON, ORGANIZATION or LOCATION") String type) {
}
