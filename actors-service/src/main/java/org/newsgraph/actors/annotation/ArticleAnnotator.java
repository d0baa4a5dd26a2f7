package org.newsgraph.actors.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.newsgraph.actors.extraction.ActorExtractor;
import org.newsgraph.actors.extraction.ExtractionResult;
import org.newsgraph.actors.extraction.KnownActor;
import org.newsgraph.actors.extraction.Mention;
import org.newsgraph.actors.extraction.Quote;
import org.newsgraph.actors.registry.ActorRegistry;
import org.newsgraph.actors.registry.RegistryIndex;
import org.newsgraph.events.ArticleActorsIdentified;
import org.newsgraph.events.ArticleEvent;
import org.newsgraph.events.EventType;
import org.newsgraph.messaging.outbox.Outbox;
import org.newsgraph.messaging.transaction.AfterCommit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Reads an article revision for its actors and stores what it says of them — mentions, quotes, co-mentions,
 * titles — in place of what an earlier revision said, then announces the article's actors. One transaction:
 * the check that the revision is new, the effect, and the announcement.
 */
@ApplicationScoped
public class ArticleAnnotator {

    private final ActorExtractor extractor;
    private final ActorRegistry registry;
    private final RegistryIndex index;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Timer extraction;
    private final Counter annotated;

    public ArticleAnnotator(ActorExtractor extractor, ActorRegistry registry, RegistryIndex index, Outbox outbox,
            EntityManager entityManager, TransactionSynchronizationRegistry transactions, MeterRegistry meters) {
        this.extractor = extractor;
        this.registry = registry;
        this.index = index;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.extraction = Timer.builder("newsgraph.extraction.time").description("The engine reading one article revision")
                .publishPercentileHistogram().register(meters);
        this.annotated = Counter.builder("newsgraph.articles.annotated")
                .description("Article revisions read and their actors announced").register(meters);
    }

    /** @param changed the registry actors this revision created or taught new names, for the index */
    public record Outcome(boolean applied, List<KnownActor> changed) {

        static Outcome skipped() {
            return new Outcome(false, List.of());
        }
    }

    /** A published or revised article; a revision already annotated, or older than the one stored, changes nothing. */
    @Transactional
    public Outcome annotate(ArticleEvent event) {
        ArticleCopy article = ArticleCopy.findById(event.articleId());
        if (article == null) {
            return new Outcome(true, store(firstCopy(event), true));
        }
        if (event.revision() < article.revision || article.processedRevision != null && event.revision() <= article.processedRevision) {
            return Outcome.skipped();
        }
        copy(event, article);
        article.withdrawn = false;
        return new Outcome(true, store(article, false));
    }

    /** A withdrawn article no longer says anything about anyone. */
    @Transactional
    public Outcome withdraw(ArticleEvent event) {
        ArticleCopy article = ArticleCopy.findById(event.articleId());
        if (article != null && (article.withdrawn || event.revision() < article.revision)) {
            return Outcome.skipped();
        }
        if (article == null) {
            article = firstCopy(event);
            article.persist();
        }
        article.revision = event.revision();
        article.withdrawn = true;
        article.processedRevision = event.revision();
        AnnotationRows.forget(entityManager, article.id);
        outbox.publish(EventType.ARTICLE_ACTORS_IDENTIFIED, article.id.toString(),
                new ArticleActorsIdentified(article.id, article.revision, List.of(), List.of()));
        return new Outcome(true, List.of());
    }

    /** Reads the stored revision again, as after a change of the engine. */
    @Transactional
    public Outcome reannotate(UUID articleId) {
        ArticleCopy article = ArticleCopy.findById(articleId);
        if (article == null || article.withdrawn) {
            return Outcome.skipped();
        }
        return new Outcome(true, store(article, false));
    }

    /** @param first whether the article is new here: nothing of it is stored yet, and it is stored with its rows */
    private List<KnownActor> store(ArticleCopy article, boolean first) {
        if (!first) {
            AnnotationRows.forget(entityManager, article.id);
        }
        ExtractionResult result = extraction.record(() -> article.story().map(story -> extractor.extract(article.body, story))
                .orElseGet(() -> extractor.extract(article.body)));

        // Every actor first: resolving may query and write the registry, which would flush half-built batches.
        Map<String, ActorRegistry.Resolved> actorsByName = new LinkedHashMap<>();
        List<ActorRegistry.Resolved> resolved = registry.resolve(result.actors(), article.id);
        for (int i = 0; i < resolved.size(); i++) {
            actorsByName.put(result.actors().get(i).name(), resolved.get(i));
        }

        Map<UUID, ArticleActorsIdentified.Actor> identified = new LinkedHashMap<>();
        Map<UUID, List<Integer>> sentencesByActor = new LinkedHashMap<>();
        List<AnnotationRows.MentionRow> mentions = new ArrayList<>();
        List<AnnotationRows.RoleRow> roles = new ArrayList<>();
        for (org.newsgraph.actors.extraction.Actor found : result.actors()) {
            ActorRegistry.Resolved actor = actorsByName.get(found.name());
            found.roles().forEach(role -> roles.add(new AnnotationRows.RoleRow(actor.id(), role)));
            for (Mention mention : found.mentions()) {
                mentions.add(new AnnotationRows.MentionRow(actor.id(), mention.start(), mention.end(), mention.text(), mention.sentence()));
                sentencesByActor.computeIfAbsent(actor.id(), id -> new ArrayList<>()).add(mention.sentence());
            }
            // Two names the engine kept apart may still be one registry actor: count them together.
            identified.merge(actor.id(), new ArticleActorsIdentified.Actor(actor.id(), actor.name(), actor.type().name(), found.roles(),
                    found.mentions().size(), aliasesOf(found, actor.name())), ArticleAnnotator::together);
        }

        List<ArticleActorsIdentified.Quote> quotes = new ArrayList<>();
        List<AnnotationRows.QuoteRow> quoteRows = new ArrayList<>();
        for (Quote quote : result.quotes()) {
            ActorRegistry.Resolved speaker = quote.speaker() == null ? null : actorsByName.get(quote.speaker());
            UUID speakerId = speaker == null ? null : speaker.id();
            quoteRows.add(new AnnotationRows.QuoteRow(speakerId, quote.text(), quote.start(), quote.end(), quote.verb()));
            quotes.add(new ArticleActorsIdentified.Quote(speakerId, quote.text(), quote.start(), quote.end()));
        }

        List<AnnotationRows.RelationRow> relations = new ArrayList<>();
        for (CoMentions.Pair<UUID> pair : CoMentions.of(sentencesByActor, result.sentences(), article.body)) {
            relations.add(new AnnotationRows.RelationRow(pair.actor(), pair.other(), pair.weight(), pair.evidenceStart(), pair.evidenceEnd()));
        }
        article.processedRevision = article.revision;
        if (first) {
            article.persist();
        }
        AnnotationRows.write(entityManager, article, mentions, quoteRows, relations, roles);

        outbox.publish(EventType.ARTICLE_ACTORS_IDENTIFIED, article.id.toString(),
                new ArticleActorsIdentified(article.id, article.revision, List.copyOf(identified.values()), quotes));
        Map<String, KnownActor> changed = new HashMap<>();
        actorsByName.values().stream().map(ActorRegistry.Resolved::changed).filter(Objects::nonNull)
                .forEach(actor -> changed.put(actor.id(), actor));
        index.announce(changed.keySet().stream().map(UUID::fromString).toList());
        AfterCommit.run(transactions, annotated::increment);
        return List.copyOf(changed.values());
    }

    /** The article as this service first hears of it; not yet stored. */
    private static ArticleCopy firstCopy(ArticleEvent event) {
        ArticleCopy article = new ArticleCopy();
        article.id = event.articleId();
        copy(event, article);
        return article;
    }

    private static void copy(ArticleEvent event, ArticleCopy article) {
        article.revision = event.revision();
        article.title = event.title();
        article.body = event.body();
        article.story(event.story());
        article.publishedAt = event.publishedAt();
    }

    private static ArticleActorsIdentified.Actor together(ArticleActorsIdentified.Actor first, ArticleActorsIdentified.Actor second) {
        List<String> roles = new ArrayList<>(first.roles());
        second.roles().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
        List<String> aliases = new ArrayList<>(first.aliases());
        second.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
        return new ArticleActorsIdentified.Actor(first.actorId(), first.name(), first.type(), roles,
                first.mentionCount() + second.mentionCount(), aliases);
    }

    /** The names the article uses for the actor besides the registry's, so that articles-service finds it by them. */
    private static List<String> aliasesOf(org.newsgraph.actors.extraction.Actor found, String name) {
        List<String> aliases = new ArrayList<>();
        if (!found.name().equals(name)) {
            aliases.add(found.name());
        }
        found.aliases().stream().filter(alias -> !alias.equals(name) && !aliases.contains(alias)).forEach(aliases::add);
        return aliases;
    }
}
