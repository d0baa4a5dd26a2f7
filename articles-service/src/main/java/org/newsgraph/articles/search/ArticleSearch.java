package org.newsgraph.articles.search;

import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.Session;
import org.newsgraph.articles.config.ArticlesConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Full-text search over published articles with PostgreSQL: {@code websearch_to_tsquery} against a weighted
 * title-and-body vector with a GIN index, ranked, with a highlighted snippet per hit.
 * <p>
 * Ranking reads every ranked row's vector, so a search ranks its matches a slice at a time: the newest
 * {@code articles.search.rank-window} matches first, by relevance, then the next older slice, and so on. A page
 * costs the same in a corpus of ten thousand articles as in one of ten million. Pages are keyset pages: the cursor
 * holds the sort key of the last row and the bounds of its slice, so rows written meanwhile never shift a page.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Enough of a body for the opening passage of a hit found without text. */
    private static final int OPENING_LENGTH = 600;

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
        int wanted = request.limit() + 1;
        List<Row> rows = request.text().isPresent() ? ranked(filter, after, wanted) : newestFirst(filter, after, wanted);
        List<Row> shown = rows.subList(0, Math.min(rows.size(), request.limit()));
        String next = rows.size() > request.limit() ? cursors.encode(shown.get(shown.size() - 1).position(), request.fingerprint()) : null;
        return new SearchPage(shown.stream().map(Row::hit).toList(), next, request.actorFacets() ? actorFacets(filter) : null);
    }

    /**
     * A result row and where it stands, for the cursor of a page that ends with it. Its hit is written only when
     * shown, its snippet here rather than by {@code ts_headline}, which would parse each article's body again.
     */
    private record Row(Object[] columns, Double rank, SearchTerms terms, Optional<Cursor.Slice> slice) {

        SearchPage.Hit hit() {
            return new SearchPage.Hit(id(), ((Number) columns[1]).intValue(), (String) columns[2],
                    Snippets.of((String) columns[3], terms), (String) columns[4], (String) columns[5], publishedAt(), rank);
        }

        Cursor position() {
            return new Cursor(rank == null ? 0 : rank, publishedAt(), id(), slice);
        }

        private UUID id() {
            return (UUID) columns[0];
        }

        private Instant publishedAt() {
            return instant(columns[6]);
        }
    }

    private List<Row> newestFirst(Filter filter, Optional<Cursor> after, int wanted) {
        StringBuilder sql = new StringBuilder("select a.id, a.revision, a.title, left(a.body, " + OPENING_LENGTH
                + "), a.dateline_place, a.source, a.published_at").append(filter.from()).append(" where ").append(filter.where());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        after.ifPresent(cursor -> {
            sql.append(" and (a.published_at, a.id) < (:afterPublishedAt, :afterId)");
            parameters.put("afterPublishedAt", cursor.publishedAt());
            parameters.put("afterId", cursor.id());
        });
        sql.append(" order by a.published_at desc, a.id desc limit :limit");
        parameters.put("limit", wanted);
        List<Row> rows = new ArrayList<>();
        for (Object result : bind(entityManager.createNativeQuery(sql.toString()), parameters).getResultList()) {
            rows.add(new Row((Object[]) result, null, SearchTerms.none(), Optional.empty()));
        }
        return rows;
    }

    /** Fills the page from the cursor's slice, then from older slices while it has room and matches remain. */
    private List<Row> ranked(Filter filter, Optional<Cursor> after, int wanted) {
        if (after.isPresent() && after.get().slice().isEmpty()) {
            throw new InvalidCursorException();
        }
        // Matches are found through the text index alone. Walking the date index instead, or the whole table,
        // reads every passed row's vector, which the planner does not count: with words that are common but never
        // together, that walk is the whole table.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local enable_seqscan = off; set local enable_indexscan = off");
            }
        });
        Optional<Cursor.Slice> pinned = after.flatMap(Cursor::slice);
        Optional<Cursor.Position> newerEnd = pinned.flatMap(Cursor.Slice::newerEnd);
        Optional<Cursor> within = after;
        List<Row> rows = new ArrayList<>();
        while (rows.size() < wanted) {
            int room = wanted - rows.size();
            RankedSlice slice = rankSlice(filter, newerEnd, pinned.map(Cursor.Slice::oldest), within, room);
            rows.addAll(slice.rows());
            if (slice.oldest().isEmpty() || slice.rows().size() == room) {
                break;
            }
            newerEnd = slice.oldest();
            pinned = Optional.empty();
            within = Optional.empty();
        }
        return rows;
    }

    /** Ranked rows of one slice after a cursor, and the slice's oldest match: empty when it has none. */
    private record RankedSlice(List<Row> rows, Optional<Cursor.Position> oldest) {
    }

    /**
     * Ranks one slice: the matches from {@code oldest} up to {@code newerEnd} when the cursor pinned them, or else
     * the newest {@code rank-window} matches before {@code newerEnd}.
     */
    private RankedSlice rankSlice(Filter filter, Optional<Cursor.Position> newerEnd, Optional<Cursor.Position> oldest,
            Optional<Cursor> after, int limit) {
        StringBuilder slice = new StringBuilder("select a.id, a.published_at, a.search, query")
                .append(filter.from()).append(" where ").append(filter.where());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        newerEnd.ifPresent(end -> {
            slice.append(" and (a.published_at, a.id) < (:newerEndPublishedAt, :newerEndId)");
            parameters.put("newerEndPublishedAt", end.publishedAt());
            parameters.put("newerEndId", end.id());
        });
        oldest.ifPresent(start -> {
            slice.append(" and (a.published_at, a.id) >= (:oldestPublishedAt, :oldestId)");
            parameters.put("oldestPublishedAt", start.publishedAt());
            parameters.put("oldestId", start.id());
        });
        slice.append(" order by a.published_at desc, a.id desc");
        if (oldest.isEmpty()) {
            slice.append(" limit :window");
            parameters.put("window", config.rankWindow());
        }
        StringBuilder hits = new StringBuilder("select * from slice");
        after.ifPresent(cursor -> {
            hits.append(" where (rank, published_at, id) < (:afterRank, :afterPublishedAt, :afterId)");
            parameters.put("afterRank", cursor.rank());
            parameters.put("afterPublishedAt", cursor.publishedAt());
            parameters.put("afterId", cursor.id());
        });
        hits.append(" order by rank desc, published_at desc, id desc limit :limit");
        parameters.put("limit", limit);
        // Ranked only once the slice is cut: the rank reads each row's whole vector.
        String sql = "with slice as materialized (select id, published_at, ts_rank_cd(search, query)::float8 as rank from ("
                + slice + ") matches), "
                + "oldest as (select published_at, id from slice order by published_at, id limit 1), "
                + "hits as (" + hits + ") "
                + "select h.id, a.revision, a.title, a.body, a.dateline_place, a.source, h.published_at, h.rank, "
                + "oldest.published_at, oldest.id, websearch_to_tsquery('english', :text)::text "
                + "from oldest left join (hits h join article a on a.id = h.id) on true "
                + "order by h.rank desc, h.published_at desc, h.id desc";

        List<?> results = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
        Optional<Cursor.Position> sliceOldest = oldest.or(() -> results.stream().findFirst()
                .map(result -> (Object[]) result).map(row -> new Cursor.Position(instant(row[8]), (UUID) row[9])));
        Optional<Cursor.Slice> bounds = sliceOldest.map(start -> new Cursor.Slice(start, newerEnd));
        List<Row> rows = new ArrayList<>();
        SearchTerms terms = results.isEmpty() ? SearchTerms.none() : SearchTerms.ofTsquery((String) ((Object[]) results.get(0))[10]);
        for (Object result : results) {
            Object[] row = (Object[]) result;
            if (row[0] != null) {
                rows.add(new Row(row, ((Number) row[7]).doubleValue(), terms, bounds));
            }
        }
        return new RankedSlice(rows, sliceOldest);
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
