package org.newsgraph.articles.search;

import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.Session;
import org.newsgraph.articles.ArticleStatus;
import org.newsgraph.articles.config.ArticlesConfig;
import org.newsgraph.problem.FieldSelection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Full-text search over published articles with PostgreSQL: {@code websearch_to_tsquery} against a weighted
 * title-and-body vector with a GIN index, accents taken off both, ranked, with a highlighted snippet per hit.
 * <p>
 * Ranking reads every ranked row's vector, so a search ranks its matches a slice at a time: the newest
 * {@code articles.search.rank-window} matches first, by relevance, then the next older slice, and so on. The text
 * index gives a slice's matches; for a search of many matches, only those among a bounded number of the newest
 * articles, so that a slice of a common word reads a few windows of articles rather than every match. Pages are
 * keyset pages: the cursor holds the sort key of the last row and the bounds of its slice, so rows written meanwhile
 * never shift a page.
 * Sorted by publication time instead, a page is the next rows after the last one's time and id, either way.
 * <p>
 * An embargoed article, one whose publishedAt is still ahead of the database's clock, is found only by those who may
 * see it (see {@link Embargoes}); from its time on, by everyone.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Enough of a body for the opening passage of a hit found without text. */
    private static final int OPENING_LENGTH = 600;

    /** The text search configuration of the article vector: English, with accents taken off every word. */
    static final String CONFIGURATION = "'newsgraph_english'";
    /** The first line of a plan, which estimates how many rows the whole query gives. */
    private static final Pattern PLANNED_ROWS = Pattern.compile(" rows=(\\d+) ");
    /** How many times as many articles the next span of a slice holds, when one held less than a window. */
    private static final int SPAN_GROWTH = 8;
    /** How many times the exact-total bound a search's estimate must be for it not to be counted. */
    private static final long UNCOUNTED_BEYOND = 10;
    /** A hit's columns: id, revision, title, body, dateline, source, publishedAt, byline, language. */
    private static final int HIT_COLUMNS = 9;
    /** The fields of a hit that cost more than its row: the snippet reads the body, the tags another table. */
    private static final String SNIPPET = "snippet";
    private static final String TAGS = "tags";

    /** The leading bits a span's number of articles is rounded to. */
    private static final int SPAN_BITS = 4;
    /** How many spans' first articles are kept: some for each doubling of the share of the archive searches match. */
    private static final int KEPT_SPANS = 128;

    private final EntityManager entityManager;
    private final Cursor.Codec cursors;
    private final ArticlesConfig.Search config;
    private final Clock clock;
    /**
     * Where the newest so many articles begin, read by walking the date index, kept for the cache's lifetime: one read
     * a little before holds the articles filed since as well, and a span that holds more than its number of the
     * newest articles still holds the newest window of matches whenever it holds a window.
     */
    private final Cache<Long, Optional<Cursor.Position>> spanStarts;

    public ArticleSearch(EntityManager entityManager, ArticlesConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.cursors = new Cursor.Codec(config.search().cursorSecret());
        this.config = config.search();
        this.clock = clock;
        this.spanStarts = Caffeine.newBuilder().expireAfterWrite(config.search().cacheTtl()).maximumSize(KEPT_SPANS).build();
    }

    @Transactional
    public SearchPage search(SearchRequest request) {
        Filter filter = Filter.of(request);
        Optional<Cursor> after = request.cursor().map(token -> cursors.decode(token, request.sort(), request.fingerprint()));
        int wanted = request.limit() + 1;
        SearchPage.Total total = total(filter);
        List<Row> rows = request.sort() == Sort.RELEVANCE ? ranked(filter, request, after, wanted, span(total))
                : dated(filter, request, after, wanted);
        List<Row> shown = rows.subList(0, Math.min(rows.size(), request.limit()));
        String next = rows.size() > request.limit() ? cursors.encode(shown.get(shown.size() - 1).position(), request.fingerprint()) : null;
        Map<UUID, List<SearchPage.Tag>> tags = request.fields().includes(TAGS) ? tagsOf(shown.stream().map(Row::id).toList()) : Map.of();
        Instant now = clock.instant();
        Set<SearchRequest.Facet> facets = request.facets();
        return new SearchPage(shown.stream().map(row -> row.hit(request.fields(), tags.getOrDefault(row.id(), List.of()), now)).toList(), total,
                request.sort().spelling(), next,
                facets.contains(SearchRequest.Facet.ACTORS) ? actorFacets(filter, request.facetSize()) : null,
                facets.contains(SearchRequest.Facet.SOURCES) ? valueFacets(filter, "a.source", request.facetSize()) : null,
                facets.contains(SearchRequest.Facet.LANGUAGES) ? valueFacets(filter, "a.language", request.facetSize()) : null,
                facets.contains(SearchRequest.Facet.DAYS) ? dayFacets(filter, request.facetSize()) : null);
    }

    /**
     * A result row and where it stands, for the cursor of a page that ends with it. Its hit is written only when
     * shown, its snippet here rather than by {@code ts_headline}, which would parse each article's body again.
     */
    private record Row(Object[] columns, Sort sort, Double rank, SearchTerms terms, Optional<Cursor.Slice> slice) {

        SearchPage.Hit hit(FieldSelection fields, List<SearchPage.Tag> tags, Instant now) {
            return new SearchPage.Hit(
                    fields.includes("id") ? id() : null,
                    fields.includes("revision") ? ((Number) columns[1]).intValue() : null,
                    fields.includes("title") ? (String) columns[2] : null,
                    fields.includes(SNIPPET) ? Snippets.of((String) columns[3], terms) : null,
                    fields.includes("dateline") ? (String) columns[4] : null,
                    fields.includes("source") ? (String) columns[5] : null,
                    fields.includes("byline") ? (String) columns[7] : null,
                    fields.includes("language") ? (String) columns[8] : null,
                    fields.includes("status") ? ArticleStatus.PUBLISHED : null,
                    fields.includes("embargoed") && publishedAt().isAfter(now) ? Boolean.TRUE : null,
                    fields.includes("publishedAt") ? publishedAt() : null,
                    fields.includes("rank") ? rank : null,
                    fields.includes(TAGS) ? tags : null);
        }

        Cursor position() {
            return sort == Sort.RELEVANCE ? new Cursor(sort, rank, publishedAt(), id(), slice) : Cursor.dated(sort, publishedAt(), id());
        }

        UUID id() {
            return (UUID) columns[0];
        }

        private Instant publishedAt() {
            return instant(columns[6]);
        }
    }

    /** Rows in publication order, newest or oldest first; with words, their passages are the snippets. */
    private List<Row> dated(Filter filter, SearchRequest request, Optional<Cursor> after, int wanted) {
        boolean newest = request.sort() == Sort.NEWEST;
        String body = !request.fields().includes(SNIPPET) ? "null::text" : request.text().isPresent() ? "a.body" : "left(a.body, " + OPENING_LENGTH + ")";
        StringBuilder sql = new StringBuilder("select a.id, a.revision, a.title, " + body
                + ", a.dateline_place, a.source, a.published_at, a.byline, a.language").append(filter.from()).append(" where ").append(filter.where());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        after.ifPresent(cursor -> {
            sql.append(" and (a.published_at, a.id) ").append(newest ? "<" : ">").append(" (:afterPublishedAt, :afterId)");
            parameters.put("afterPublishedAt", cursor.publishedAt());
            parameters.put("afterId", cursor.id());
        });
        String direction = newest ? " desc" : " asc";
        sql.append(" order by a.published_at").append(direction).append(", a.id").append(direction).append(" limit :limit");
        parameters.put("limit", wanted);
        SearchTerms terms = request.text().map(this::termsOf).orElse(SearchTerms.none());
        List<Row> rows = new ArrayList<>();
        for (Object result : bind(entityManager.createNativeQuery(sql.toString()), parameters).getResultList()) {
            rows.add(new Row((Object[]) result, request.sort(), null, terms, Optional.empty()));
        }
        return rows;
    }

    private SearchTerms termsOf(String text) {
        return SearchTerms.ofTsquery((String) entityManager.createNativeQuery("select websearch_to_tsquery(" + CONFIGURATION + ", :text)::text")
                .setParameter("text", text).getSingleResult());
    }

    /**
     * Among how many of the newest articles a search's first slice is looked for, when it has too many matches to
     * rank a slice among all of them; else none.
     */
    private Optional<Span> span(SearchPage.Total total) {
        if (total.value() <= config.spanFromMatches()) {
            return Optional.empty();
        }
        double spanMatches = config.spanWindows() * config.rankWindow();
        Number rows = (Number) entityManager.createNativeQuery("select greatest(reltuples, 0)::bigint from pg_class where oid = 'article'::regclass")
                .getSingleResult();
        double share = (double) total.value() / Math.max(rows.longValue(), total.value());
        return Optional.of(new Span(roundedUp((long) Math.ceil(spanMatches / share)), share >= config.walkFromShare()));
    }

    /**
     * A number of articles rounded up to its four leading bits (at most an eighth more), so that searches of
     * about the same share of the archive share a span, whose start is then read once for all of them.
     */
    static long roundedUp(long articles) {
        int dropped = Math.max(0, 64 - Long.numberOfLeadingZeros(articles) - SPAN_BITS);
        long unit = 1L << dropped;
        return (articles + unit - 1) / unit * unit;
    }

    /**
     * The newest articles a slice is looked for among, first: as many as hold {@code articles.search.span-windows}
     * windows of matches at the share of the archive the search matches.
     *
     * @param walked whether a slice reads them newest first, its matches being a large share of them, rather than
     *        asking the text index
     */
    private record Span(long articles, boolean walked) {
    }

    /** Fills the page from the cursor's slice, then from older slices while it has room and matches remain. */
    private List<Row> ranked(Filter filter, SearchRequest request, Optional<Cursor> after, int wanted, Optional<Span> span) {
        if (after.isPresent() && after.get().slice().isEmpty()) {
            throw new InvalidCursorException();
        }
        // Not the planner's choice: walking the date index reads every passed row's vector, which it does not count,
        // and with words that are common but never together that walk is the whole table. So matches are found
        // through the text index, or among a number of the newest articles bounded in advance (newestSlice).
        settings("set local enable_seqscan = off; set local enable_indexscan = off");
        Optional<Cursor.Slice> pinned = after.flatMap(Cursor::slice);
        Optional<Cursor.Position> newerEnd = pinned.flatMap(Cursor.Slice::newerEnd);
        Optional<Cursor> within = after;
        List<Row> rows = new ArrayList<>();
        while (rows.size() < wanted) {
            int room = wanted - rows.size();
            Optional<Cursor.Position> oldest = pinned.map(Cursor.Slice::oldest);
            boolean withBody = request.fields().includes(SNIPPET);
            RankedSlice slice = oldest.isEmpty() && span.isPresent() ? newestSlice(filter, withBody, newerEnd, within, room, span.get())
                    : rankSlice(filter, withBody, newerEnd, oldest, within, room, Optional.empty());
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

    /**
     * Ranked rows of one slice after a cursor, and the slice's oldest match: empty when it has none.
     *
     * @param matches how many matches the slice holds
     */
    private record RankedSlice(List<Row> rows, Optional<Cursor.Position> oldest, long matches) {
    }

    /**
     * The slice of the newest {@code rank-window} matches before {@code newerEnd}, looked for among the span's number
     * of newest articles before it, {@code SPAN_GROWTH} times as many while those hold less than a window, and at last
     * among all. Articles holding a whole window hold the newest window: whatever lies outside them is older.
     */
    private RankedSlice newestSlice(Filter filter, boolean withBody, Optional<Cursor.Position> newerEnd, Optional<Cursor> after, int limit,
            Span span) {
        long articles = span.articles();
        while (true) {
            Optional<Cursor.Position> since = newest(newerEnd, articles);
            boolean walked = since.isPresent() && span.walked();
            if (walked) {
                settings("set local enable_indexscan = on; set local enable_bitmapscan = off");
            }
            RankedSlice slice;
            try {
                slice = rankSlice(filter, withBody, newerEnd, Optional.empty(), after, limit, since);
            } finally {
                if (walked) {
                    settings("set local enable_indexscan = off; set local enable_bitmapscan = on");
                }
            }
            if (since.isEmpty() || slice.matches() >= config.rankWindow()) {
                return slice;
            }
            articles = Math.multiplyExact(articles, SPAN_GROWTH);
        }
    }

    /** Where the given number of the newest articles before {@code newerEnd} begins; empty when there are fewer. */
    private Optional<Cursor.Position> newest(Optional<Cursor.Position> newerEnd, long articles) {
        return newerEnd.isPresent() ? readNewest(newerEnd, articles) : spanStarts.get(articles, n -> readNewest(newerEnd, n));
    }

    private Optional<Cursor.Position> readNewest(Optional<Cursor.Position> newerEnd, long articles) {
        Map<String, Object> parameters = new HashMap<>(Map.of("offset", articles - 1));
        newerEnd.ifPresent(end -> {
            parameters.put("newerEndPublishedAt", end.publishedAt());
            parameters.put("newerEndId", end.id());
        });
        settings("set local enable_indexscan = on");
        try {
            List<?> rows = bind(entityManager.createNativeQuery("select published_at, id from article"
                    + (newerEnd.isPresent() ? " where (published_at, id) < (:newerEndPublishedAt, :newerEndId)" : "")
                    + " order by published_at desc, id desc offset :offset limit 1"), parameters).getResultList();
            return rows.stream().map(Object[].class::cast).map(row -> new Cursor.Position(instant(row[0]), (UUID) row[1])).findFirst();
        } finally {
            settings("set local enable_indexscan = off");
        }
    }

    private void settings(String statements) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute(statements);
            }
        });
    }

    /**
     * Ranks one slice: the matches from {@code oldest} up to {@code newerEnd} when the cursor pinned them, or else
     * the newest {@code rank-window} matches before {@code newerEnd}.
     *
     * @param withBody whether the hits' bodies are read, for their snippets
     * @param since the oldest article the matches are looked for from, if not all
     */
    private RankedSlice rankSlice(Filter filter, boolean withBody, Optional<Cursor.Position> newerEnd, Optional<Cursor.Position> oldest,
            Optional<Cursor> after, int limit, Optional<Cursor.Position> since) {
        StringBuilder slice = new StringBuilder("select a.id, a.published_at, a.search, query").append(filter.from()).append(" where ").append(filter.where());
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
        since.ifPresent(start -> {
            slice.append(" and (a.published_at, a.id) >= (:sincePublishedAt, :sinceId)");
            parameters.put("sincePublishedAt", start.publishedAt());
            parameters.put("sinceId", start.id());
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
                + "select h.id, a.revision, a.title, " + (withBody ? "a.body" : "null::text") + ", a.dateline_place, a.source, h.published_at, a.byline, a.language, h.rank, "
                + "oldest.published_at, oldest.id, websearch_to_tsquery(" + CONFIGURATION + ", :text)::text, (select count(*) from slice) "
                + "from oldest left join (hits h join article a on a.id = h.id) on true "
                + "order by h.rank desc, h.published_at desc, h.id desc";

        List<?> results = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
        Optional<Cursor.Position> sliceOldest = oldest.or(() -> results.stream().findFirst()
                .map(result -> (Object[]) result).map(row -> new Cursor.Position(instant(row[HIT_COLUMNS + 1]), (UUID) row[HIT_COLUMNS + 2])));
        Optional<Cursor.Slice> bounds = sliceOldest.map(start -> new Cursor.Slice(start, newerEnd));
        List<Row> rows = new ArrayList<>();
        SearchTerms terms = results.isEmpty() ? SearchTerms.none() : SearchTerms.ofTsquery((String) ((Object[]) results.get(0))[HIT_COLUMNS + 3]);
        for (Object result : results) {
            Object[] row = (Object[]) result;
            if (row[0] != null) {
                rows.add(new Row(row, Sort.RELEVANCE, ((Number) row[HIT_COLUMNS]).doubleValue(), terms, bounds));
            }
        }
        long matches = results.isEmpty() ? 0 : ((Number) ((Object[]) results.get(0))[HIT_COLUMNS + 4]).longValue();
        return new RankedSlice(rows, sliceOldest, matches);
    }

    /**
     * How many articles match: counted up to the bound, and past it the planner's estimate of the same query, which
     * costs no more than planning it. A text search's estimate comes from the statistics of its words. Counting reads
     * every match it counts from the table, so a search the planner expects to match far more than the bound (a
     * common word) is not counted at all.
     */
    private SearchPage.Total total(Filter filter) {
        String matches = "select 1" + filter.from() + " where " + filter.where();
        long estimate = estimate(matches, filter.parameters());
        if (estimate > (long) config.exactTotalUpTo() * UNCOUNTED_BEYOND) {
            return new SearchPage.Total(estimate, false);
        }
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("countBound", config.exactTotalUpTo() + 1);
        long counted = ((Number) bind(entityManager.createNativeQuery("select count(*) from (" + matches + " limit :countBound) matches"),
                parameters).getSingleResult()).longValue();
        return counted <= config.exactTotalUpTo() ? new SearchPage.Total(counted, true) : new SearchPage.Total(Math.max(estimate, counted), false);
    }

    /** The planner's estimate of the rows a query gives. */
    private long estimate(String query, Map<String, Object> parameters) {
        // Planned for these very values: a plan made once for any values estimates none of them.
        settings("set local plan_cache_mode = force_custom_plan");
        List<?> plan = bind(entityManager.createNativeQuery("explain " + query), parameters).getResultList();
        Matcher planned = PLANNED_ROWS.matcher(plan.isEmpty() ? "" : String.valueOf(plan.get(0)));
        return planned.find() ? Long.parseLong(planned.group(1)) : 0;
    }

    /** The actors of the shown articles, most mentioned first. */
    private Map<UUID, List<SearchPage.Tag>> tagsOf(List<UUID> articles) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("select article_id, actor_id, name, type from article_actor_tag "
                + "where article_id in (:articles) order by mention_count desc, name").setParameter("articles", articles).getResultList();
        Map<UUID, List<SearchPage.Tag>> tags = new LinkedHashMap<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            tags.computeIfAbsent((UUID) row[0], article -> new ArrayList<>()).add(new SearchPage.Tag((UUID) row[1], (String) row[2], (String) row[3]));
        }
        return tags;
    }

    /** The values of a column of the article among all the hits, the most frequent first. */
    private List<SearchPage.ValueFacet> valueFacets(Filter filter, String column, int size) {
        String sql = "select " + column + ", count(*)" + filter.from() + " where " + filter.where() + " and " + column
                + " is not null group by " + column + " order by count(*) desc, " + column + " limit :facetSize";
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("facetSize", size);
        List<?> rows = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new SearchPage.ValueFacet((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The UTC dates the hits were published on, the newest first, each with how many were. */
    private List<SearchPage.ValueFacet> dayFacets(Filter filter, int size) {
        String sql = "select to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)" + filter.from() + " where "
                + filter.where() + " group by day order by day desc limit :facetSize";
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("facetSize", size);
        List<?> rows = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new SearchPage.ValueFacet((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    private List<SearchPage.ActorFacet> actorFacets(Filter filter, int size) {
        String sql = "select t.actor_id, min(t.name), min(t.type), count(*) from article_actor_tag t join ("
                + "select a.id" + filter.from() + " where " + filter.where()
                + ") hits on hits.id = t.article_id group by t.actor_id order by count(*) desc, min(t.name) limit :facetSize";
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("facetSize", size);
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
            Embargoes embargoes = request.embargoes();
            if (!embargoes.all()) {
                // now(): the time the transaction began, so that every query of a page sees the same articles.
                where.append(embargoes.ownedBy().isPresent() ? " and (a.published_at <= now() or a.owner = :embargoedOwner)"
                        : " and a.published_at <= now()");
                embargoes.ownedBy().ifPresent(owner -> parameters.put("embargoedOwner", owner));
            }
            for (int i = 0; i < request.actors().size(); i++) {
                String actor = request.actors().get(i);
                Optional<UUID> actorId = uuid(actor);
                String name = "actor" + i;
                where.append(" and exists (select 1 from article_actor_tag t where t.article_id = a.id and ").append(actorId.isPresent()
                        ? "t.actor_id = newsgraph_survivor(:" + name + "))"
                        : "(newsgraph_fold(t.name) = newsgraph_fold(:" + name + ") or newsgraph_fold_all(t.aliases) @> array[newsgraph_fold(:" + name + ")]))");
                parameters.put(name, actorId.isPresent() ? actorId.get() : actor);
            }
            request.source().ifPresent(source -> {
                where.append(" and lower(a.source) = lower(:source)");
                parameters.put("source", source);
            });
            request.byline().ifPresent(byline -> {
                where.append(" and newsgraph_fold(a.byline) like newsgraph_fold(:byline)");
                parameters.put("byline", "%" + byline.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            });
            request.language().ifPresent(language -> {
                where.append(" and (lower(a.language) = lower(:language) or lower(a.language) like lower(:language) || '-%')");
                parameters.put("language", language);
            });
            request.owner().ifPresent(owner -> {
                where.append(" and a.owner = :owner");
                parameters.put("owner", owner);
            });
            request.from().ifPresent(instant -> {
                where.append(" and a.published_at >= :publishedFrom");
                parameters.put("publishedFrom", instant);
            });
            request.to().ifPresent(instant -> {
                where.append(" and a.published_at < :publishedTo");
                parameters.put("publishedTo", instant);
            });
            request.text().ifPresent(text -> {
                from.append(" cross join websearch_to_tsquery(" + CONFIGURATION + ", :text) query");
                where.append(" and a.search @@ query");
                parameters.put("text", text);
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
