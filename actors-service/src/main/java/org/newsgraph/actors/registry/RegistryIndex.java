package org.newsgraph.actors.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.config.ActorsConfig;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.KnownActors;
import org.newsgraph.actors.extraction.Names;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The registry's names, for the engine to resolve names against while it reads: every active actor that is not
 * provisional, under its name and aliases. A canonical name wins over an alias, then the oldest actor. The database
 * owns the index: each replica reads the names it meets and keeps them in a bounded {@link NameCache}, so a replica
 * starts at once and its memory does not grow with the registry. A transaction that changes what a name resolves to
 * announces the actors it changed, and every replica forgets what it kept of them ({@link RegistryFollower}); the
 * replica that made the change also passes them in once it has committed, so that it forgets at once. Thread-safe.
 */
@ApplicationScoped
public class RegistryIndex implements KnownActors {

    /** Where changes are announced to every replica. */
    static final String CHANNEL = "registry_index";
    /** A notification carries at most 8,000 bytes: this many ids of 36 characters and a comma. */
    private static final int IDS_PER_NOTIFICATION = 200;
    private static final String ALIASES = "(select string_agg(al.alias, chr(31)) from actor_alias al where al.actor_id = a.id)";
    private static final String RESOLVE = """
            select w.key, a.id, a.name, a.type, %s
              from unnest(?::text[]) as w(key)
              cross join lateral (
                    select claim.id, claim.name, claim.type from (
                            select a.id, a.name, a.type, a.created_at, 0 as rank from actor a
                             where a.normalized_name = w.key and a.status = 'ACTIVE' and not a.provisional
                            union all
                            select a.id, a.name, a.type, a.created_at, 1 from actor_alias al join actor a on a.id = al.actor_id
                             where al.normalized = w.key and a.status = 'ACTIVE' and not a.provisional) claim
                     order by claim.rank, claim.created_at, claim.id
                     limit 1) a""".formatted(ALIASES);
    private static final String NAMES = "select a.id, a.id, a.name, a.type, %s from actor a where a.id = any(?::uuid[])".formatted(ALIASES);

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final NameCache cache;

    public RegistryIndex(AgroalDataSource dataSource, EntityManager entityManager, ActorsConfig config, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.cache = new NameCache(this::resolve, config.cachedNames());
        Gauge.builder("newsgraph.registry.cached.names", cache, NameCache::size)
                .description("Registry names this replica holds in memory, each with the actor it resolves to").register(meters);
    }

    @Override
    public Optional<KnownActor> find(String name) {
        return Optional.ofNullable(cache.find(List.of(name)).get(name));
    }

    @Override
    public Map<String, KnownActor> findAll(Collection<String> names) {
        return cache.find(names);
    }

    /** The actor of this id, when this replica holds it with every one of these names already. */
    public Optional<KnownActor> knowing(String actorId, Collection<String> names) {
        return cache.byId(actorId)
                .filter(entry -> names.stream().map(Names::key).filter(key -> !key.isEmpty()).allMatch(entry.keys()::contains))
                .map(NameCache.Entry::actor);
    }

    /** Forgets everything kept: after changes may have been missed. */
    public void forgetAll() {
        cache.forgetAll();
    }

    /** Forgets what was kept of these actors, and what every name they have now resolved to. */
    public void refresh(Collection<UUID> actorIds) {
        if (!actorIds.isEmpty()) {
            List<String> ids = actorIds.stream().map(UUID::toString).toList();
            forget(ids, query(NAMES, ids).stream().map(Row::actor).toList());
        }
    }

    /** Forgets what was kept of these actors, as this transaction left them, once it has committed. */
    public void update(Collection<KnownActor> actors) {
        forget(actors.stream().map(KnownActor::id).toList(), actors);
    }

    /** Forgets what was kept of an actor gone from the index, once its transaction has committed. */
    public void forget(UUID actorId) {
        cache.forget(List.of(actorId.toString()), List.of());
    }

    private void forget(List<String> actorIds, Collection<KnownActor> withNames) {
        cache.forget(actorIds, withNames.stream().flatMap(actor -> NameCache.Entry.of(actor).keys().stream()).toList());
    }

    /**
     * Tells every replica, this one included, to read these actors again once the transaction commits, so that the
     * database stays the one owner of what the indexes know.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Collection<UUID> actorIds) {
        List<String> ids = actorIds.stream().map(UUID::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_NOTIFICATION) {
            entityManager.createNativeQuery("select pg_notify(:channel, :ids)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("ids", String.join(",", ids.subList(from, Math.min(from + IDS_PER_NOTIFICATION, ids.size()))))
                    .getSingleResult();
        }
    }

    /** What the engine should know of an actor; taken inside the transaction that changed it. */
    public static KnownActor known(Actor actor) {
        return new KnownActor(actor.id.toString(), actor.name, actor.type, actor.aliasNames());
    }

    private Map<String, NameCache.Entry> resolve(Set<String> keys) {
        Map<String, NameCache.Entry> resolved = new HashMap<>();
        query(RESOLVE, keys).forEach(row -> resolved.put(row.key(), NameCache.Entry.of(row.actor())));
        return resolved;
    }

    /** A row of the index's queries: what was asked for, and the actor found for it. */
    private record Row(String key, KnownActor actor) {
    }

    /** Plain JDBC, since what is asked for is bound as one array. */
    private List<Row> query(String sql, Collection<String> asked) {
        List<Row> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", asked.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String aliases = rows.getString(5);
                    found.add(new Row(rows.getString(1), new KnownActor(rows.getString(2), rows.getString(3),
                            ActorType.valueOf(rows.getString(4)), aliases == null ? List.of()
                            : Stream.of(aliases.split("\u001f")).sorted(String.CASE_INSENSITIVE_ORDER).toList())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the registry's names: " + e.getMessage(), e);
        }
        return found;
    }
}
