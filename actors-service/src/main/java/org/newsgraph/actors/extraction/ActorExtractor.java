package org.newsgraph.actors.extraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsgraph.wire.Story;
import org.newsgraph.wire.WireCopyParser;

/**
 * Finds the people, organisations and places of an English news text, with their aliases, roles,
 * mentions and the quotations they gave.
 *
 * <p>Build one and share it: construction loads the word lists once, and {@link #extract} keeps no
 * state between calls, so it is safe to call from many threads.
 *
 * <p>Reading takes time linear in the length of the text, whatever it holds. The budget is a backstop: a text
 * that still takes longer is given up, checked as the engine goes, on the calling thread.
 */
public final class ActorExtractor {

    /** Far more than the largest accepted text takes. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);

    private static final WireCopyParser WIRE_COPY = new WireCopyParser();

    private final KnownActors known;
    private final NameFinder names;
    private final ActorResolver resolver;
    private final QuoteFinder quotes;
    private final Duration budget;

    /** An extractor that knows no registry actors. */
    public ActorExtractor() {
        this(KnownActors.none());
    }

    /** An extractor that links the actors a text names to the registry's, by the fullest name the text gives each. */
    public ActorExtractor(KnownActors known) {
        this(known, DEFAULT_BUDGET);
    }

    /** @param budget how long one text may be read before {@link #extract} gives it up */
    public ActorExtractor(KnownActors known, Duration budget) {
        this(known, budget, ActorModel.load());
    }

    ActorExtractor(KnownActors known, Duration budget, ActorDecision decision) {
        Objects.requireNonNull(known, "known");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a negative extraction budget: " + budget);
        }
        this.budget = budget;
        Gazetteer gazetteer = Gazetteer.load();
        Lexicon lexicon = Lexicon.load();
        this.known = known;
        this.names = new NameFinder(gazetteer, lexicon);
        this.resolver = new ActorResolver(gazetteer, lexicon, decision);
        this.quotes = new QuoteFinder(gazetteer, lexicon);
    }

    /** The names of a story grouped and decided on, before quotes are looked for. */
    record Reading(List<Token> tokens, List<int[]> sentenceTokens, List<Candidate> candidates, List<ActorResolver.Group> groups) {
    }

    /**
     * Reads the story of a text as wire copy: a dateline that opens it and a credit that closes it name no one.
     *
     * @throws ExtractionBudgetExceeded when reading the text takes longer than the budget
     */
    public ExtractionResult extract(String body) {
        Objects.requireNonNull(body, "body");
        return extract(body, WIRE_COPY.story(body));
    }

    /**
     * Reads the story of a text whose wire copy was parsed before; offsets stay those of the whole text.
     *
     * @throws ExtractionBudgetExceeded when reading the text takes longer than the budget
     */
    public ExtractionResult extract(String body, Story story) {
        Objects.requireNonNull(body, "body");
        if (story.end() > body.length()) {
            throw new IllegalArgumentException("the story ends at " + story.end() + ", past the body's " + body.length() + " characters");
        }
        Deadline deadline = Deadline.after(budget, body.length());
        Reading reading = read(body, story, deadline);
        List<Token> tokens = reading.tokens();
        List<int[]> sentenceTokens = reading.sentenceTokens();
        List<Candidate> candidates = reading.candidates();
        List<ActorResolver.Group> groups = reading.groups();
        groups.removeIf(g -> !g.actor);
        resolver.link(groups, known);
        candidates.removeIf(c -> c.group == null);
        Candidate[] covering = NameFinder.cover(candidates, tokens.size());
        List<QuoteFinder.QuoteMatch> matches = quotes.find(body, tokens, sentenceTokens, candidates, covering,
                deadline);

        List<Actor> actors = new ArrayList<>(groups.size());
        Map<ActorResolver.Group, String> namesByGroup = new HashMap<>();
        for (ActorResolver.Group g : groups) {
            deadline.check();
            namesByGroup.put(g, g.name);
            List<Mention> mentions = new ArrayList<>(g.members.size());
            for (Candidate c : g.members) {
                mentions.add(new Mention(body.substring(c.start, c.end), c.start, c.end, tokens.get(c.first).sentence));
            }
            KnownActor known = g.known();
            actors.add(new Actor(g.name, g.registryName, g.type, resolver.aliases(g), resolver.roles(body, tokens, g), mentions,
                    known == null ? null : known.id()));
        }
        List<Quote> quoteList = new ArrayList<>(matches.size());
        for (QuoteFinder.QuoteMatch m : matches) {
            quoteList.add(new Quote(m.speaker() == null ? null : namesByGroup.get(m.speaker()),
                    body.substring(m.start(), m.end()), m.start(), m.end(), m.verb(), m.sentence()));
        }
        List<Sentence> sentences = new ArrayList<>(sentenceTokens.size());
        for (int[] s : sentenceTokens) {
            sentences.add(new Sentence(tokens.get(s[0]).start, tokens.get(s[1] - 1).end));
        }
        return new ExtractionResult(actors, quoteList, sentences);
    }

    /** The story of a text as wire copy, read up to the decision on its names. */
    Reading read(String body, Deadline deadline) {
        return read(body, WIRE_COPY.story(body), deadline);
    }

    private Reading read(String body, Story story, Deadline deadline) {
        List<Token> tokens = Tokens.tokenize(body, story.start(), story.end(), deadline);
        List<int[]> sentenceTokens = Tokens.sentences(tokens, deadline);
        List<Candidate> candidates = names.find(body, tokens, deadline);
        List<ActorResolver.Group> groups = resolver.resolve(tokens, candidates, deadline);
        return new Reading(tokens, sentenceTokens, candidates, groups);
    }
}
