package org.newsgraph.articles.events;

import org.newsgraph.articles.search.SearchCache;
import org.newsgraph.events.ActorMerged;
import org.newsgraph.events.ActorRenamed;
import org.newsgraph.events.ActorRetyped;
import org.newsgraph.events.ActorUnmerged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies the registry's curation to the tags of every article, and keeps which actor each merged one was merged into.
 * Replaying an event changes nothing.
 */
@ApplicationScoped
public class ActorTagCuration {

    private final EntityManager entityManager;
    private final SearchCache searchCache;

    public ActorTagCuration(EntityManager entityManager, SearchCache searchCache) {
        this.entityManager = entityManager;
        this.searchCache = searchCache;
    }

    /** The merged actor's tags fold into the survivor's: counts add up, roles and aliases unite, its name becomes an alias. */
    @Transactional
    public void merge(ActorMerged merged) {
        update("""
                update article_actor_tag survivor
                   set mention_count = survivor.mention_count + merged.mention_count,
                       roles = array(select distinct unnest(survivor.roles || merged.roles) order by 1),
                       aliases = array(select distinct unnest(survivor.aliases || merged.aliases || merged.name) order by 1)
                  from article_actor_tag merged
                 where merged.actor_id = :merged and survivor.actor_id = :survivor and survivor.article_id = merged.article_id""", merged);
        update("""
                delete from article_actor_tag merged
                 where merged.actor_id = :merged
                   and exists (select 1 from article_actor_tag survivor
                                where survivor.article_id = merged.article_id and survivor.actor_id = :survivor)""", merged);
        update("""
                update article_actor_tag
                   set actor_id = :survivor,
                       aliases = array(select distinct unnest(aliases || name) order by 1),
                       name = coalesce((select name from article_actor_tag where actor_id = :survivor limit 1), name)
                 where actor_id = :merged""", merged);
        update("""
                insert into actor_merge (merged_actor_id, into_actor_id) values (:merged, :survivor)
                on conflict (merged_actor_id) do update set into_actor_id = excluded.into_actor_id, merged_at = now()""", merged);
        searchCache.invalidateOnCommit();
    }

    /** The actor stands for itself again: a search by its id finds only its own articles, as their tags are given back. */
    @Transactional
    public void unmerge(ActorUnmerged unmerged) {
        entityManager.createNativeQuery("delete from actor_merge where merged_actor_id = :merged and into_actor_id = :survivor")
                .setParameter("merged", unmerged.actorId())
                .setParameter("survivor", unmerged.fromActorId())
                .executeUpdate();
        searchCache.invalidateOnCommit();
    }

    @Transactional
    public void rename(ActorRenamed renamed) {
        // The articles still say the old name: a search by it goes on finding them.
        entityManager.createNativeQuery("update article_actor_tag set aliases = array(select distinct unnest(aliases || name) order by 1), "
                + "name = :name where actor_id = :actor")
                .setParameter("name", renamed.name())
                .setParameter("actor", renamed.actorId())
                .executeUpdate();
        searchCache.invalidateOnCommit();
    }

    @Transactional
    public void retype(ActorRetyped retyped) {
        entityManager.createNativeQuery("update article_actor_tag set type = :type where actor_id = :actor")
                .setParameter("type", retyped.type())
                .setParameter("actor", retyped.actorId())
                .executeUpdate();
        searchCache.invalidateOnCommit();
    }

    private void update(String sql, ActorMerged merged) {
        entityManager.createNativeQuery(sql)
                .setParameter("merged", merged.actorId())
                .setParameter("survivor", merged.intoActorId())
                .executeUpdate();
    }
}
