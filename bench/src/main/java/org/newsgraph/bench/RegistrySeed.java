package org.newsgraph.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.newsgraph.actors.extraction.Names;

/**
 * Fills actors-service's registry through COPY with the people, organisations and places of generated wire stories, as
 * the service keeps actors that more than one article named: active, not provisional, so that names resolve to every
 * one. A person also goes by the family name later mentions use, as an extracted alias. Names the
 * registry already holds are skipped, as the service's unique name per type would refuse them.
 */
final class RegistrySeed {

    private final WireStories stories;

    RegistrySeed(WireStories stories) {
        this.stories = stories;
    }

    /** Adds {@code count} actors in one transaction; returns how many stories their names came from. */
    long seed(DevstackDatabase actors, long count, Instant now) throws SQLException {
        try (Connection connection = actors.connect()) {
            connection.setAutoCommit(false);
            Set<String> known = knownKeys(connection);
            CopyRows actor = new CopyRows(connection,
                    "actor (id, type, name, normalized_name, status, provisional, created_at, updated_at)");
            CopyRows alias = new CopyRows(connection, "actor_alias (actor_id, alias, normalized, origin)", actor);
            long story = 0;
            long added = 0;
            while (added < count) {
                WireStories.Story written = stories.story(story++);
                for (Named named : named(written)) {
                    String key = Names.key(named.name());
                    if (added == count || !known.add(named.type() + ":" + key)) {
                        continue;
                    }
                    UUID id = UUID.randomUUID();
                    actor.add(id, named.type(), named.name(), key, "ACTIVE", false, now, now);
                    String family = named.type().equals("PERSON") ? named.name().substring(named.name().lastIndexOf(' ') + 1) : null;
                    if (family != null && !Names.key(family).equals(key)) {
                        alias.add(id, family, Names.key(family), "EXTRACTED");
                    }
                    added++;
                }
            }
            actor.flush();
            alias.flush();
            connection.commit();
            return story;
        }
    }

    private record Named(String type, String name) {
    }

    private static List<Named> named(WireStories.Story story) {
        return Stream.of(
                        story.people().stream().map(name -> new Named("PERSON", name)),
                        story.organisations().stream().map(name -> new Named("ORGANIZATION", name)),
                        story.places().stream().map(name -> new Named("LOCATION", name)))
                .flatMap(names -> names).toList();
    }

    private static Set<String> knownKeys(Connection connection) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select type, normalized_name from actor where status = 'ACTIVE'")) {
            while (row.next()) {
                known.add(row.getString(1) + ":" + row.getString(2));
            }
        }
        return known;
    }
}
