package org.newsgraph.actors.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.ActorProblems;
import org.newsgraph.actors.AliasOrigin;
import org.newsgraph.actors.annotation.StoredArticleActors;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.Names;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.events.ActorUnmerged;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.outbox.Outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * What curators change in the registry. Every change is announced on topic {@code actors} and to every replica's
 * {@link RegistryIndex} in its transaction; callers also pass the changed actors to this replica's index once it has
 * committed.
 */
@ApplicationScoped
public class Curation {

    private static final int ARTICLES_PER_EVENT = 100;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final CurationHistory history;
    private final MergeRecords merges;
    private final StoredArticleActors articles;
    private final RegistryIndex index;

    public Curation(EntityManager entityManager, Outbox outbox, Clock clock, CurationHistory history, MergeRecords merges,
            StoredArticleActors articles, RegistryIndex index) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.history = history;
        this.merges = merges;
        this.articles = articles;
        this.index = index;
    }

    /**
     * A change to one actor; absent fields stay as they are.
     *
     * @param moveAliases aliases to take from the actors of the type that have them, or to add where none has
     * @param type null to keep the actor's type
     */
    public record Change(String name, List<String> addAliases, List<String> moveAliases, List<String> removeAliases,
                         List<String> addRoles, List<String> removeRoles, String wikidataQid, ActorType type) {
    }

    /** @param gaveAliases the actors a moved alias was taken from */
    public record Changed(Actor actor, List<Actor> gaveAliases) {
    }

    /** @param curator who asks for the change, as the history names them */
    @Transactional
    public Changed change(UUID id, Change change, String curator) {
        Actor actor = lockActive(id);
        Instant now = clock.instant();
        Changes changes = new Changes(actor.id, curator, now);
        List<Actor> gaveAliases = new ArrayList<>();
        if (change.name() != null && !change.name().strip().equals(actor.name)) {
            String name = change.name().strip();
            Actor.findActive(actor.type, name).filter(other -> !other.id.equals(actor.id)).ifPresent(other -> {
                throw new ActorProblems.NameTaken(name, other.id);
            });
            changes.add(CurationKind.RENAMED, "name", actor.name, name);
            actor.rename(name, now);
            outbox.publish(EventType.ACTOR_RENAMED, actor.id.toString(), new ActorRenamed(actor.id, actor.name));
        }
        for (String alias : orEmpty(change.addAliases())) {
            actor.otherCalled(alias).ifPresent(other -> {
                throw new ActorProblems.AliasTaken(alias.strip(), other.id);
            });
            if (actor.addAlias(alias.strip(), AliasOrigin.CURATED)) {
                changes.add(CurationKind.ALIAS_ADDED, "alias", null, alias.strip());
            }
        }
        for (String alias : orEmpty(change.moveAliases())) {
            String moved = alias.strip();
            Optional<Actor> holder = actor.otherCalled(moved);
            holder.ifPresent(other -> gaveAliases.add(takeAlias(other, moved, actor, curator, now)));
            if (actor.addAlias(moved, AliasOrigin.CURATED)) {
                changes.add(CurationKind.ALIAS_ADDED, holder.<Map<String, ?>>map(other -> Map.of("movedFrom", other.id)).orElse(Map.of()),
                        Map.of("alias", moved));
            }
        }
        for (String alias : orEmpty(change.removeAliases())) {
            if (actor.removeAlias(alias)) {
                changes.add(CurationKind.ALIAS_REMOVED, "alias", alias.strip(), null);
            }
        }
        for (String role : orEmpty(change.addRoles())) {
            // a title differing only in case is the one the actor has
            int added = entityManager.createNativeQuery("""
                    insert into actor_role (actor_id, role, article_id, seen_at)
                    select :actor, :role, null, :seen
                    where not exists (select 1 from actor_role where actor_id = :actor and lower(role) = lower(:role))""")
                    .setParameter("actor", actor.id).setParameter("role", role.strip()).setParameter("seen", now)
                    .executeUpdate();
            if (added > 0) {
                changes.add(CurationKind.ROLE_ADDED, "role", null, role.strip());
            }
        }
        for (String role : orEmpty(change.removeRoles())) {
            int removed = entityManager.createNativeQuery("delete from actor_role where actor_id = :actor and lower(role) = lower(:role)")
                    .setParameter("actor", actor.id).setParameter("role", role.strip()).executeUpdate();
            if (removed > 0) {
                changes.add(CurationKind.ROLE_REMOVED, "role", role.strip(), null);
            }
        }
        if (change.type() != null && change.type() != actor.type) {
            changes.add(CurationKind.RETYPED, "type", actor.type.name(), change.type().name());
            retype(actor, change.type(), now);
        }
        if (change.wikidataQid() != null) {
            String qid = change.wikidataQid().isBlank() ? null : change.wikidataQid();
            if (!Objects.equals(qid, actor.wikidataQid)) {
                changes.add(CurationKind.WIKIDATA_LINKED, "wikidataQid", actor.wikidataQid, qid);
            }
            actor.wikidataQid = qid;
        }
        actor.curated(now);
        changes.entries().forEach(history::record);
        index.announce(Stream.concat(Stream.of(actor), gaveAliases.stream()).map(changed -> changed.id).toList());
        return new Changed(actor, gaveAliases);
    }

    /** Takes an alias from the actor that has it for the one it moves to; an actor's own name does not move. */
    private Actor takeAlias(Actor holder, String alias, Actor taker, String curator, Instant now) {
        Actor locked = lock(holder.id);
        if (Names.key(alias).equals(locked.normalizedName)) {
            throw new ActorProblems.AliasIsName(alias, locked.id);
        }
        locked.removeAlias(alias);
        locked.curated(now);
        history.record(CurationHistory.Entry.of(locked.id, CurationKind.ALIAS_REMOVED, curator, now, Map.of("alias", alias),
                Map.of("movedTo", taker.id)));
        return locked;
    }

    /**
     * Everything the merged actor was is the survivor's now: mentions, quotes, co-mentions, titles, names. What moved
     * is kept, so that the merge can be undone.
     */
    @Transactional
    public Actor merge(UUID id, UUID intoId, String curator) {
        Pair pair = lockPair(id, intoId);
        Actor merged = pair.merged();
        Actor survivor = pair.survivor();
        Instant now = clock.instant();
        Map<String, AliasOrigin> aliases = aliasesOf(merged);
        Set<String> survivorHad = aliasesOf(survivor).keySet();
        merged.mergeInto(survivor, now);
        List<String> gained = survivor.aliasNames().stream().filter(alias -> !survivorHad.contains(alias)).toList();
        merges.keep(merged.id, survivor.id, aliases, gained, now);
        move("update mention set actor_id = :into where actor_id = :merged", id, intoId);
        move("update quote set speaker_actor_id = :into where speaker_actor_id = :merged", id, intoId);
        move("update relation set actor_id = :into where actor_id = :merged", id, intoId);
        move("update relation set other_id = :into where other_id = :merged", id, intoId);
        entityManager.createNativeQuery("delete from relation where actor_id = :into and other_id = :into")
                .setParameter("into", intoId).executeUpdate();
        move("""
                delete from actor_role r where r.actor_id = :merged and exists (select 1 from actor_role s
                 where s.actor_id = :into and s.role = r.role and s.article_id is not distinct from r.article_id)""", id, intoId);
        move("update actor_role set actor_id = :into where actor_id = :merged", id, intoId);
        outbox.publish(EventType.ACTOR_MERGED, merged.id.toString(), new ActorMerged(merged.id, survivor.id));
        history.record(new CurationHistory.Entry(merged.id, survivor.id, CurationKind.MERGED, curator, now,
                Map.of("name", merged.name, "aliases", List.copyOf(aliases.keySet())),
                Map.of("mergedInto", survivor.id, "survivorGained", gained)));
        index.announce(List.of(merged.id, survivor.id));
        return survivor;
    }

    /** The two actors of an undone merge, each answering for itself again. */
    public record Unmerged(Actor restored, Actor survivor) {
    }

    /**
     * Undoes the open merge of {@code mergedId} into {@code intoId}: the merged actor comes back with its names, and with
     * its mentions, quotes, co-mentions and titles where the survivor still has them; the survivor loses the names it
     * gained. The undo is announced with the articles that name the restored actor, identified again, so that their tags follow.
     */
    @Transactional
    public Unmerged undoMerge(UUID intoId, UUID mergedId, String curator) {
        Pair pair = lockPair(mergedId, intoId);
        Actor merged = pair.merged();
        Actor survivor = pair.survivor();
        MergeRecords.Kept kept = merges.open(mergedId, intoId).orElseThrow(() -> notUndoable(merged, survivor));
        if (!survivor.isActive()) {
            throw new ActorProblems.MergeNotUndoable("Actor " + survivor.id + " was itself merged into " + survivor.mergedInto
                    + " since; undo that merge first.");
        }
        Actor.findActive(merged.type, merged.name).ifPresent(other -> {
            throw new ActorProblems.MergeNotUndoable("Actor " + other.id + " is called '" + merged.name + "' now; rename it first.");
        });
        Instant now = clock.instant();
        merged.restoreFrom(survivor, kept.aliases(), kept.gainedAliases(), now);
        MergeRecords.Restored restored = merges.restore(kept, merged.id, survivor.id, now);
        announceUnmerged(merged.id, survivor.id, articles.identified(articlesNaming(merged.id)));
        history.record(new CurationHistory.Entry(merged.id, survivor.id, CurationKind.MERGE_UNDONE, curator, now,
                Map.of("mergedInto", survivor.id),
                Map.of("name", merged.name, "aliases", merged.aliasNames(), "mentions", restored.mentions(), "quotes", restored.quotes(),
                        "coMentions", restored.relations(), "roles", restored.roles())));
        index.announce(List.of(merged.id, survivor.id));
        return new Unmerged(merged, survivor);
    }

    /**
     * Keyed like the merge, so that articles-service splits the tags after it folded them. A hundred articles an event
     * keeps each well below the broker's message size; there is one event even for none.
     */
    private void announceUnmerged(UUID restored, UUID survivor, List<ArticleActorsIdentified> named) {
        int from = 0;
        do {
            List<ArticleActorsIdentified> part = named.subList(from, Math.min(from + ARTICLES_PER_EVENT, named.size()));
            outbox.publish(EventType.ACTOR_UNMERGED, restored.toString(), new ActorUnmerged(restored, survivor, part));
            from += ARTICLES_PER_EVENT;
        } while (from < named.size());
    }

    /** Why there is no open merge of one into the other to undo. */
    private ActorProblems.MergeNotUndoable notUndoable(Actor merged, Actor survivor) {
        if (survivor.id.equals(merged.mergedInto)) {
            return new ActorProblems.MergeNotUndoable("Actor " + merged.id + " was merged into " + survivor.id
                    + " before merges were recorded; nothing is kept to undo it with.");
        }
        return merges.lastUndone(merged.id, survivor.id)
                .map(undone -> new ActorProblems.MergeNotUndoable("The merge of " + merged.id + " into " + survivor.id
                        + " was undone already, at " + undone + "."))
                .orElseGet(() -> new ActorProblems.MergeNotUndoable("Actor " + merged.id + " is not merged into " + survivor.id + "."));
    }

    private List<UUID> articlesNaming(UUID actorId) {
        return TypedColumn.query(entityManager, """
                select article_id from mention where actor_id = :actor
                union select article_id from quote where speaker_actor_id = :actor""", "article_id", UUID.class)
                .setParameter("actor", actorId).getResultList();
    }

    private record Pair(Actor merged, Actor survivor) {
    }

    /** Locked in id order, so that two opposite merges cannot deadlock. */
    private Pair lockPair(UUID mergedId, UUID survivorId) {
        Actor first = lock(mergedId.compareTo(survivorId) < 0 ? mergedId : survivorId);
        Actor second = lock(mergedId.compareTo(survivorId) < 0 ? survivorId : mergedId);
        return first.id.equals(mergedId) ? new Pair(first, second) : new Pair(second, first);
    }

    private static Map<String, AliasOrigin> aliasesOf(Actor actor) {
        Map<String, AliasOrigin> aliases = new LinkedHashMap<>();
        actor.aliases.forEach(alias -> aliases.put(alias.alias, alias.origin));
        return aliases;
    }

    /** The changes of one request to one actor, each an entry of the history. */
    private static final class Changes {

        private final UUID actorId;
        private final String curator;
        private final Instant at;
        private final List<CurationHistory.Entry> entries = new ArrayList<>();

        Changes(UUID actorId, String curator, Instant at) {
            this.actorId = actorId;
            this.curator = curator;
            this.at = at;
        }

        /** @param before null where the field had no value, as after */
        void add(CurationKind kind, String field, Object before, Object after) {
            add(kind, detail(field, before), detail(field, after));
        }

        void add(CurationKind kind, Map<String, ?> before, Map<String, ?> after) {
            entries.add(CurationHistory.Entry.of(actorId, kind, curator, at, before, after));
        }

        List<CurationHistory.Entry> entries() {
            return entries;
        }

        private static Map<String, ?> detail(String field, Object value) {
            return value == null ? Map.of() : Map.of(field, value);
        }
    }

    private void move(String sql, UUID merged, UUID into) {
        entityManager.createNativeQuery(sql).setParameter("merged", merged).setParameter("into", into).executeUpdate();
    }

    private Actor lockActive(UUID id) {
        Actor actor = lock(id);
        if (!actor.isActive()) {
            throw new ActorProblems.NotActive(id);
        }
        return actor;
    }

    private Actor lock(UUID id) {
        Actor actor = entityManager.find(Actor.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (actor == null) {
            throw new ActorProblems.NotFound(id);
        }
        return actor;
    }

    /** Of another type, its names must be free there too: no two actors of one type share a name. */
    private void retype(Actor actor, ActorType type, Instant now) {
        // Checked before the change, which a query's flush would otherwise send against the unique name index.
        Actor.findActive(type, actor.name).ifPresent(other -> {
            throw new ActorProblems.NameTaken(actor.name, other.id);
        });
        actor.type = type;
        for (String alias : actor.aliasNames()) {
            actor.otherCalled(alias).ifPresent(other -> {
                throw new ActorProblems.AliasTaken(alias, other.id);
            });
        }
        actor.updatedAt = now;
        outbox.publish(EventType.ACTOR_RETYPED, actor.id.toString(), new ActorRetyped(actor.id, type.name()));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).toList();
    }
}
