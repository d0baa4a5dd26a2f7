package org.newsgraph.actors.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.actors.Actor;
import org.newsgraph.actors.annotation.ArticleCopy;
import org.newsgraph.actors.extraction.ActorType;
import org.newsgraph.actors.extraction.Names;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** The read side of the registry: lists, profiles and what the articles say about an actor. */
@ApplicationScoped
@Transactional
public class ActorQueries {

    /** Articles filed under embargo say nothing about anyone until their time, as they are listed to nobody till then. */
    private static final String AND_PUBLISHED = " and ar.published_at <= now()";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ActorQueries(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * Active actors whose name or an alias starts with the text, ignoring case and accents, by name.
     *
     * @param provisional whether to list the provisional actors instead of the others
     */
    public ActorViews.Page<ActorViews.Summary> list(Optional<String> text, Optional<ActorType> type, boolean provisional,
            Optional<PageCursor> after, int limit) {
        // One round trip for the whole page: aliases joined by the unit separator, which no name contains.
        StringBuilder sql = new StringBuilder("""
                select a.id, a.name, a.type, a.normalized_name,
                       (select string_agg(al.alias, chr(31) order by lower(al.alias)) from actor_alias al where al.actor_id = a.id),
                       (select count(*) from mention m where m.actor_id = a.id)
                  from actor a where a.status = 'ACTIVE' and a.provisional = :provisional""");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"provisional", provisional});
        text.map(Names::key).filter(key -> !key.isEmpty()).ifPresent(key -> {
            sql.append(" and (a.normalized_name like :prefix or a.normalized_name like :wordPrefix"
                    + " or exists (select 1 from actor_alias al where al.actor_id = a.id and al.normalized like :prefix))");
            String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.add(new Object[] {"prefix", escaped + "%"});
            parameters.add(new Object[] {"wordPrefix", "% " + escaped + "%"});
        });
        type.ifPresent(value -> {
            sql.append(" and a.type = :type");
            parameters.add(new Object[] {"type", value.name()});
        });
        after.ifPresent(cursor -> {
            sql.append(" and (a.normalized_name, a.id) > (:afterName, :afterId)");
            parameters.add(new Object[] {"afterName", cursor.key()});
            parameters.add(new Object[] {"afterId", cursor.id()});
        });
        sql.append(" order by a.normalized_name, a.id limit :limit");
        parameters.add(new Object[] {"limit", limit + 1});
        List<Object[]> rows = rows(sql.toString(), parameters);
        List<ActorViews.Summary> items = rows.stream().limit(limit)
                .map(row -> new ActorViews.Summary((UUID) row[0], (String) row[1], (String) row[2],
                        row[4] == null ? List.of() : List.of(((String) row[4]).split("\u001f")), ((Number) row[5]).longValue()))
                .toList();
        String next = rows.size() > limit ? PageCursor.after((String) rows.get(limit - 1)[3], (UUID) rows.get(limit - 1)[0]).encode() : null;
        return new ActorViews.Page<>(items, next);
    }

    public ActorViews.Profile profile(Actor actor) {
        List<ActorViews.RoleSeen> roles = rows("""
                select role, min(seen_at), max(seen_at), count(article_id) from actor_role where actor_id = :id
                group by role order by max(seen_at) desc, role""", List.<Object[]>of(new Object[] {"id", actor.id}))
                .stream().map(row -> new ActorViews.RoleSeen((String) row[0], instant(row[1]), instant(row[2]), ((Number) row[3]).longValue()))
                .toList();
        Object[] seen = rows("""
                select count(*), count(distinct m.article_id), min(ar.published_at), max(ar.published_at)
                  from mention m join article ar on ar.id = m.article_id where m.actor_id = :id""" + AND_PUBLISHED,
                List.<Object[]>of(new Object[] {"id", actor.id})).get(0);
        long quotes = ((Number) query("select count(*) from quote q join article ar on ar.id = q.article_id where q.speaker_actor_id = :id" + AND_PUBLISHED,
                List.<Object[]>of(new Object[] {"id", actor.id})).getSingleResult()).longValue();
        return new ActorViews.Profile(actor.id, actor.name, actor.type.name(), actor.status.name(), actor.provisional,
                actor.aliases.stream().map(alias -> new ActorViews.Alias(alias.alias, alias.origin.name()))
                        .sorted(java.util.Comparator.comparing(ActorViews.Alias::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                roles, actor.wikidataQid, ((Number) seen[0]).longValue(), quotes, ((Number) seen[1]).longValue(),
                instant(seen[2]), instant(seen[3]));
    }

    public ActorViews.Page<ActorViews.ArticleMentioning> articles(UUID actorId, Optional<PageCursor> after, int limit) {
        String sql = """
                select ar.id, ar.title, ar.published_at, count(*) from mention m join article ar on ar.id = m.article_id
                 where m.actor_id = :id""" + AND_PUBLISHED + """
                 %s group by ar.id, ar.title, ar.published_at
                 order by ar.published_at desc, ar.id desc limit :limit""";
        List<Object[]> rows = pageRows(sql, "(ar.published_at, ar.id) < (:afterAt, :afterId)", actorId, after, limit);
        List<ActorViews.ArticleMentioning> items = rows.stream().limit(limit)
                .map(row -> new ActorViews.ArticleMentioning((UUID) row[0], (String) row[1], instant(row[2]), ((Number) row[3]).longValue()))
                .toList();
        return new ActorViews.Page<>(items, next(rows, limit, items.isEmpty() ? null
                : PageCursor.after(items.get(items.size() - 1).publishedAt(), items.get(items.size() - 1).articleId())));
    }

    /** Newest articles first, each article's quotes in text order. */
    public ActorViews.Page<ActorViews.QuoteGiven> quotes(UUID actorId, Optional<PageCursor> after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select q.article_id, q.text, q.start_at, q.end_at, q.speech_verb, ar.published_at
                  from quote q join article ar on ar.id = q.article_id
                 where q.speaker_actor_id = :id""" + AND_PUBLISHED);
        List<Object[]> parameters = new ArrayList<>(List.<Object[]>of(new Object[] {"id", actorId}, new Object[] {"limit", limit + 1}));
        after.ifPresent(cursor -> {
            String[] key = cursor.key().split("\\|");
            sql.append(" and (ar.published_at < :afterAt or ar.published_at = :afterAt and (q.article_id < :afterId"
                    + " or q.article_id = :afterId and q.start_at > :afterStart))");
            parameters.add(new Object[] {"afterAt", PageCursor.after(key[0], cursor.id()).instantKey()});
            parameters.add(new Object[] {"afterId", cursor.id()});
            parameters.add(new Object[] {"afterStart", key.length == 2 && key[1].matches("\\d{1,9}") ? Integer.parseInt(key[1]) : -1});
        });
        sql.append(" order by ar.published_at desc, q.article_id desc, q.start_at limit :limit");
        List<Object[]> rows = rows(sql.toString(), parameters);
        List<ActorViews.QuoteGiven> items = rows.stream().limit(limit)
                .map(row -> new ActorViews.QuoteGiven((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue(), (String) row[4], instant(row[5])))
                .toList();
        ActorViews.QuoteGiven last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new ActorViews.Page<>(items, next(rows, limit,
                last == null ? null : PageCursor.after(last.publishedAt() + "|" + last.start(), last.articleId())));
    }

    public ActorViews.Network network(UUID actorId, Optional<Instant> from, Optional<Instant> to, int limit) {
        // Each pair is stored once, either way round; the evidence text is cut from the body for the neighbours shown.
        StringBuilder sql = new StringBuilder("""
                with pair as (
                    select other_id, article_id, weight, evidence_start, evidence_end from relation where actor_id = :id
                    union all
                    select actor_id, article_id, weight, evidence_start, evidence_end from relation where other_id = :id),
                neighbour as (
                    select p.other_id, sum(p.weight) as weight, count(distinct p.article_id) as articles,
                           (array_agg(p.article_id order by ar.published_at desc, p.weight desc))[1] as evidence_article,
                           (array_agg(p.evidence_start order by ar.published_at desc, p.weight desc))[1] as evidence_start,
                           (array_agg(p.evidence_end order by ar.published_at desc, p.weight desc))[1] as evidence_end
                      from pair p join article ar on ar.id = p.article_id
                     where true""" + AND_PUBLISHED);
        List<Object[]> parameters = new ArrayList<>(List.<Object[]>of(new Object[] {"id", actorId}));
        window(sql, parameters, from, to);
        sql.append("""
                 group by p.other_id),
                shown as (
                    select n.*, o.name, o.type from neighbour n join actor o on o.id = n.other_id
                     order by n.weight desc, o.name limit :limit)
                select s.other_id, s.name, s.type, s.weight, s.articles,
                       substring(e.body from s.evidence_start + 1 for s.evidence_end - s.evidence_start)
                  from shown s join article e on e.id = s.evidence_article
                 order by s.weight desc, s.name""");
        parameters.add(new Object[] {"limit", limit});
        return new ActorViews.Network(actorId, rows(sql.toString(), parameters).stream()
                .map(row -> new ActorViews.Neighbour((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).doubleValue(),
                        ((Number) row[4]).longValue(), (String) row[5]))
                .toList());
    }

    /** The actors most mentioned in articles published in the window. */
    public List<ActorViews.Trending> trending(Optional<Instant> from, Optional<Instant> to, Optional<ActorType> type, int limit) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.name, a.type, count(*), count(distinct m.article_id)
                  from mention m join article ar on ar.id = m.article_id join actor a on a.id = m.actor_id
                 where a.status = 'ACTIVE' and a.provisional = false""" + AND_PUBLISHED);
        List<Object[]> parameters = new ArrayList<>();
        window(sql, parameters, from, to);
        type.ifPresent(value -> {
            sql.append(" and a.type = :type");
            parameters.add(new Object[] {"type", value.name()});
        });
        sql.append(" group by a.id, a.name, a.type order by count(distinct m.article_id) desc, count(*) desc, a.name limit :limit");
        parameters.add(new Object[] {"limit", limit});
        return rows(sql.toString(), parameters).stream()
                .map(row -> new ActorViews.Trending((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue()))
                .toList();
    }

    /** What curators changed about an actor, newest first, merges and their undoing included on either side. */
    public ActorViews.Page<ActorViews.CurationChange> history(UUID actorId, Optional<PageCursor> after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, kind, actor_id, other_actor_id, curator, changed_at, before::text, after::text
                  from curation_change where (actor_id = :id or other_actor_id = :id)""");
        List<Object[]> parameters = new ArrayList<>(List.<Object[]>of(new Object[] {"id", actorId}, new Object[] {"limit", limit + 1}));
        after.ifPresent(cursor -> {
            sql.append(" and id < :afterId");
            parameters.add(new Object[] {"afterId", cursor.numberKey()});
        });
        // One actor's changes are made under its lock, so the order they were recorded in is the order they happened in.
        sql.append(" order by id desc limit :limit");
        List<Object[]> rows = rows(sql.toString(), parameters);
        List<ActorViews.CurationChange> items = rows.stream().limit(limit)
                .map(row -> new ActorViews.CurationChange((String) row[1], (UUID) row[2], (UUID) row[3], (String) row[4], instant(row[5]),
                        tree((String) row[6]), tree((String) row[7])))
                .toList();
        return new ActorViews.Page<>(items, next(rows, limit, items.isEmpty() ? null
                : PageCursor.after(String.valueOf(rows.get(items.size() - 1)[0]), actorId)));
    }

    /** The stored mentions and quotes of the article's processed revision, actors in order of first mention. */
    public ActorViews.ArticleMentions mentionsIn(ArticleCopy article) {
        List<Object[]> id = List.<Object[]>of(new Object[] {"id", article.id});
        Map<UUID, ActorViews.MentionedActor> actors = new LinkedHashMap<>();
        for (Object[] row : rows("""
                select a.id, a.name, a.type, m.start_at, m.end_at, m.surface
                  from mention m join actor a on a.id = m.actor_id
                 where m.article_id = :id order by m.start_at, m.end_at""", id)) {
            actors.computeIfAbsent((UUID) row[0], actorId -> new ActorViews.MentionedActor(actorId, (String) row[1], (String) row[2],
                    new ArrayList<>())).mentions().add(new ActorViews.Span(((Number) row[3]).intValue(), ((Number) row[4]).intValue(), (String) row[5]));
        }
        List<ActorViews.ArticleQuote> quotes = rows("""
                select q.speaker_actor_id, a.name, q.text, q.start_at, q.end_at, q.speech_verb
                  from quote q left join actor a on a.id = q.speaker_actor_id
                 where q.article_id = :id order by q.start_at""", id).stream()
                .map(row -> new ActorViews.ArticleQuote((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                        ((Number) row[4]).intValue(), (String) row[5]))
                .toList();
        return new ActorViews.ArticleMentions(article.id, article.processedRevision, List.copyOf(actors.values()), quotes);
    }

    private List<Object[]> pageRows(String sql, String afterCondition, UUID actorId, Optional<PageCursor> after, int limit) {
        List<Object[]> parameters = new ArrayList<>(List.<Object[]>of(new Object[] {"id", actorId}, new Object[] {"limit", limit + 1}));
        after.ifPresent(cursor -> {
            parameters.add(new Object[] {"afterAt", cursor.instantKey()});
            parameters.add(new Object[] {"afterId", cursor.id()});
        });
        return rows(sql.formatted(after.isPresent() ? "and " + afterCondition : ""), parameters);
    }

    private static String next(List<Object[]> rows, int limit, PageCursor last) {
        return rows.size() > limit && last != null ? last.encode() : null;
    }

    private static void window(StringBuilder sql, List<Object[]> parameters, Optional<Instant> from, Optional<Instant> to) {
        from.ifPresent(instant -> {
            sql.append(" and ar.published_at >= :windowFrom");
            parameters.add(new Object[] {"windowFrom", instant});
        });
        to.ifPresent(instant -> {
            sql.append(" and ar.published_at < :windowTo");
            parameters.add(new Object[] {"windowTo", instant});
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object[]> parameters) {
        return query(sql, parameters).getResultList();
    }

    private Query query(String sql, List<Object[]> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(parameter -> query.setParameter((String) parameter[0], parameter[1]));
        return query;
    }

    private JsonNode tree(String json) {
        try {
            return this.json.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the history holds JSON this service wrote", e);
        }
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
