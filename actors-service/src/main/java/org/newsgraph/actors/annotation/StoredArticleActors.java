package org.newsgraph.actors.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.newsgraph.events.ArticleActorsIdentified;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Identifies articles' actors again from the rows stored for them, without reading the articles: after curation gave
 * mentions and quotes back to an actor, what the articles' tags should now say.
 */
@ApplicationScoped
public class StoredArticleActors {

    private final EntityManager entityManager;

    public StoredArticleActors(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In the transaction that changed the rows; a withdrawn article, or one not read yet, is left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ArticleActorsIdentified> identified(Collection<UUID> articleIds) {
        List<ArticleActorsIdentified> identified = new ArrayList<>();
        for (UUID articleId : articleIds) {
            List<?> revision = entityManager.createNativeQuery(
                            "select processed_revision from article where id = :id and not withdrawn and processed_revision is not null")
                    .setParameter("id", articleId).getResultList();
            if (!revision.isEmpty()) {
                identified.add(new ArticleActorsIdentified(articleId, ((Number) revision.get(0)).intValue(), actors(articleId),
                        quotes(articleId)));
            }
        }
        return identified;
    }

    /** In order of first mention; the article's other names for an actor are the mentions that differ from its name. */
    private List<ArticleActorsIdentified.Actor> actors(UUID articleId) {
        Map<UUID, List<String>> roles = rows("""
                select actor_id, string_agg(role, chr(31) order by seen_at, role) from actor_role where article_id = :id group by actor_id""",
                articleId).stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> names(row[1])));
        return rows("""
                select a.id, a.name, a.type, count(*)::int, string_agg(distinct m.surface, chr(31)) filter (where m.surface <> a.name)
                  from mention m join actor a on a.id = m.actor_id
                 where m.article_id = :id group by a.id, a.name, a.type order by min(m.start_at)""", articleId).stream()
                .map(row -> new ArticleActorsIdentified.Actor((UUID) row[0], (String) row[1], (String) row[2],
                        roles.getOrDefault((UUID) row[0], List.of()), ((Number) row[3]).intValue(),
                        names(row[4])))
                .toList();
    }

    private List<ArticleActorsIdentified.Quote> quotes(UUID articleId) {
        return rows("select speaker_actor_id, text, start_at, end_at from quote where article_id = :id order by start_at", articleId)
                .stream().map(row -> new ArticleActorsIdentified.Quote((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue()))
                .toList();
    }

    /** Names joined by the unit separator, which no name contains, in one column; null for none. */
    private static List<String> names(Object joined) {
        return joined == null ? List.of() : List.of(((String) joined).split("\u001f"));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID articleId) {
        return entityManager.createNativeQuery(sql).setParameter("id", articleId).getResultList();
    }
}
