package org.newsgraph.actors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.Names;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A real-world actor of the news, as the registry knows it. Changes go through its methods. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorType type;

    @Column(nullable = false)
    public String name;

    @Column(name = "normalized_name", nullable = false)
    public String normalizedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorStatus status;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "wikidata_qid")
    public String wikidataQid;

    /** Seen once only, in one mention: names do not resolve to it until it is seen again or curated. */
    @Column(nullable = false)
    public boolean provisional;

    /** When an editor last curated it; null for an actor only the engine has seen. */
    @Column(name = "curated_at")
    public Instant curatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    public List<ActorAlias> aliases = new ArrayList<>();

    protected Actor() {
    }

    /**
     * An actor the registry meets for the first time.
     *
     * @param mentions how often the article that found it names it; named once, it is provisional
     */
    public static Actor discovered(String name, ActorType type, int mentions, Instant now) {
        Actor actor = new Actor();
        // Time-ordered: the rows of a new actor go to the end of every index keyed by actor, not to a page anywhere in it.
        actor.id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        actor.type = type;
        actor.status = ActorStatus.ACTIVE;
        actor.provisional = mentions < 2;
        actor.createdAt = now;
        actor.rename(name, now);
        return actor;
    }

    /** An editor vouched for the actor by changing it, or by merging another into it. */
    public void curated(Instant now) {
        provisional = false;
        curatedAt = now;
        updatedAt = now;
    }

    /** The active actor of this type and name, if the registry has one. */
    public static Optional<Actor> findActive(ActorType type, String name) {
        return find("type = ?1 and normalizedName = ?2 and status = ?3", type, Names.key(name), ActorStatus.ACTIVE).firstResultOptional();
    }

    /** Another active actor of this type that has the name, canonical or alias, if the registry has one. */
    public Optional<Actor> otherCalled(String name) {
        String key = Names.key(name);
        return find("""
                select distinct a from Actor a left join a.aliases alias
                where a.type = ?1 and a.status = ?2 and a.id <> ?3 and (a.normalizedName = ?4 or alias.normalized = ?4)""",
                type, ActorStatus.ACTIVE, id, key).firstResultOptional();
    }

    public boolean isActive() {
        return status == ActorStatus.ACTIVE;
    }

    /** The name becomes canonical; the old one stays an alias so that texts using it still resolve here. */
    public void rename(String newName, Instant now) {
        String oldName = name;
        name = newName;
        normalizedName = Names.key(newName);
        aliases.removeIf(alias -> alias.normalized.equals(normalizedName));
        if (oldName != null) {
            addAlias(oldName, AliasOrigin.CURATED);
        }
        updatedAt = now;
    }

    /**
     * Adds a name unless the actor already has it. A curated alias outranks an extracted one of the same name.
     *
     * @return whether anything changed
     */
    public boolean addAlias(String alias, AliasOrigin origin) {
        String key = Names.key(alias);
        if (key.isEmpty() || key.equals(normalizedName)) {
            return false;
        }
        for (ActorAlias existing : aliases) {
            if (existing.normalized.equals(key)) {
                if (origin == AliasOrigin.CURATED && existing.origin != AliasOrigin.CURATED) {
                    existing.origin = AliasOrigin.CURATED;
                    return true;
                }
                return false;
            }
        }
        aliases.add(new ActorAlias(alias, origin));
        return true;
    }

    public boolean removeAlias(String alias) {
        String key = Names.key(alias);
        return aliases.removeIf(existing -> existing.normalized.equals(key));
    }

    /** After a merge the survivor answers for this actor: its names become the survivor's aliases. */
    public void mergeInto(Actor survivor, Instant now) {
        if (survivor.id.equals(id)) {
            throw new ActorProblems.MergeIntoItself(id);
        }
        if (!isActive() || !survivor.isActive()) {
            throw new ActorProblems.NotActive(isActive() ? survivor.id : id);
        }
        if (survivor.type != type) {
            throw new ActorProblems.TypesDiffer(id, type.name(), survivor.id, survivor.type.name());
        }
        survivor.addAlias(name, AliasOrigin.CURATED);
        aliases.forEach(alias -> survivor.addAlias(alias.alias, alias.origin));
        survivor.curated(now);
        aliases.clear();
        status = ActorStatus.MERGED;
        mergedInto = survivor.id;
        updatedAt = now;
    }

    /**
     * Undoes {@link #mergeInto}: the actor answers for itself again under the names it had, and the survivor loses the
     * names it gained by the merge.
     *
     * @param aliases the actor's aliases when it was merged, by name
     * @param gained the names the survivor did not have before
     */
    public void restoreFrom(Actor survivor, Map<String, AliasOrigin> aliases, List<String> gained, Instant now) {
        gained.forEach(survivor::removeAlias);
        survivor.curated(now);
        aliases.forEach(this::addAlias);
        status = ActorStatus.ACTIVE;
        mergedInto = null;
        curated(now);
    }

    public List<String> aliasNames() {
        return aliases.stream().map(alias -> alias.alias).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
