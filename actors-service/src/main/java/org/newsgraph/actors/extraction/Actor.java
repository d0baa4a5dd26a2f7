package org.newsgraph.actors.extraction;

import java.util.List;

/**
 * One real-world actor of the text.
 *
 * @param name           the fullest name the text gives it
 * @param registryName   the name the registry knows it by: a listed country's usual name ("United Kingdom" for a text
 *                       that says "Britain"), else {@code name}
 * @param type           person, organisation or location
 * @param aliases        the other names of the actor: the forms the text uses, a person's surname, a country's demonym
 * @param roles          titles the text gives a person, for example "US President"
 * @param mentions       every place the text names the actor, in text order
 * @param knownActorId   the id of the matching {@link KnownActor}, or {@code null} when the actor is new
 */
public record Actor(String name, String registryName, ActorType type, List<String> aliases, List<String> roles,
                   List<Mention> mentions, String knownActorId) {

    public Actor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
