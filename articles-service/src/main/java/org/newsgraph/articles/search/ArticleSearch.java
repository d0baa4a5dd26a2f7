package org.newsgraph.articles.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.articles.config.ArticlesConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Full-text search over published articles with PostgreSQL: {@code websearch_to_tsquery} against a weighted
 * title-and-body vector with a GIN index, ranked, with a highlighted snippet per hit. Pages are keyset pages:
 * the cursor holds the sort key of the last row, so rows written meanwhile never shift a page.
 */
@ApplicationScoped
public class ArticleSearch {

    private static final String HEADLINE_OPTIONS =
            "MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=\" … \", StartSel=<mark>, StopSel=</mark>";
    private static final int OPENING_LENGTH = 240;

    private final EntityManager entityManager;
    private final Cursor.Codec cursors;
    private final ArticlesConfig.Search config;

    public ArticleSearch(EntityManager entityManager, ArticlesConfig config) {
        this.entityManager = entityManager;
        this.cursors = new Cursor.Codec(config.search().cursorSecret());
        this.config = config.search();
    }

    @Transactional
    public SearchPage search(SearchRequest request) {
        Filter filter = Filter.of(request);
        Optional<Cursor> after = request.cursor().map(token -> cursors.decode(token, request.fingerprint()));
        boolean ranked = request.text().isPresent();

        StringBuilder page = new StringBuilder("select a.id, a.revision, a.title, a.body, a.dateline_place, a.source, a.published_at, ")
                .append(ranked ? "ts_rank_cd(a.search, query)::float8" : "0::float8").append(" as rank")
                .append(filter.from()).append(" where ").append(filter.where());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        if (after.isPresent()) {
            page.append(ranked
                    ? " and (ts_rank_cd(a.search, query)::float8, a.published_at, a.id) < (:afterRank, :afterPublishedAt, :afterId)"
                    : " and (a.published_at, a.id) < (:afterPublishedAt, :afterId)");
            if (ranked) {
                parameters.put("afterRank", after.get().rank());
            }
            parameters.put("afterPublishedAt", after.get().publishedAt());
            parameters.put("afterId", after.get().id());
        }
        page.append(ranked ? " order by rank desc, a.published_at desc, a.id desc" : " order by a.published_at desc, a.id desc")
                .append(" limit :limit");
        parameters.put("limit", request.limit() + 1);

        String snippet = ranked
                ? "ts_headline('english', body, websearch_to_tsquery('english', :text), '" + HEADLINE_OPTIONS.replace("'", "''") + "')"
                : "left(body, " + OPENING_LENGTH + ")";
        String sql = "select id, revision, title, " + snippet + ", dateline_place, source, published_at, rank from (" + page
                + ") hits order by rank desc, published_at desc, id desc";

        List<?> rows = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), request.limit()); i++) {
            Object[] row = (Object[]) rows.get(i);
            hits.add(new SearchPage.Hit((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], instant(row[6]), ranked ? ((Number) row[7]).doubleValue() : null));
        }
        String next = null;
        if (rows.size() > request.limit()) {
            SearchPage.Hit last = hits.get(hits.size() - 1);
            next = cursors.encode(new Cursor(ranked ? last.rank() : 0, last.publishedAt(), last.id()), request.fingerprint());
        }
        return new SearchPage(hits, next, request.actorFacets() ? actorFacets(filter) : null);
    }

    private List<SearchPage.ActorFacet> actorFacets(Filter filter) {
        String sql = "select t.actor_id, min(t.name), min(t.type), count(*) from article_actor_tag t join ("
                + "select a.id" + filter.from() + " where " + filter.where()
                + ") hits on hits.id = t.article_id group by t.actor_id order by count(*) desc, min(t.name) limit :facetSize";
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("facetSize", config.facetSize());
        List<?> rows = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new SearchPage.ActorFacet((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue()))
                .toList();
    }

    /** The FROM and WHERE of a search, shared by its page and its facets. */
    private record Filter(String from, String where, Map<String, Object> parameters) {

        static Filter of(SearchRequest request) {
            StringBuilder from = new StringBuilder(" from article a");
            StringBuilder where = new StringBuilder("a.status = 'PUBLISHED'");
            Map<String, Object> parameters = new HashMap<>();
            request.text().ifPresent(text -> {
                from.append(" cross join websearch_to_tsquery('english', :text) query");
                where.append(" and a.search @@ query");
                parameters.put("text", text);
            });
            request.actor().ifPresent(actor -> {
                Optional<UUID> actorId = uuid(actor);
                where.append(actorId.isPresent()
                        ? " and exists (select 1 from article_actor_tag t where t.article_id = a.id and t.actor_id = :actor)"
                        : " and exists (select 1 from article_actor_tag t where t.article_id = a.id and lower(t.name) = lower(:actor))");
                parameters.put("actor", actorId.isPresent() ? actorId.get() : actor);
            });
            request.source().ifPresent(source -> {
                where.append(" and lower(a.source) = lower(:source)");
                parameters.put("source", source);
            });
            request.from().ifPresent(instant -> {
                where.append(" and a.published_at >= :publishedFrom");
                parameters.put("publishedFrom", instant);
            });
            request.to().ifPresent(instant -> {
                where.append(" and a.published_at < :publishedTo");
                parameters.put("publishedTo", instant);
            });
            return new Filter(from.toString(), where.toString(), parameters);
        }
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
