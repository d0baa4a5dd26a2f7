package org.newsgraph.actors.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds direct quotations and attributes each to the actor the text names as its speaker, or to
 * no one when the speaker is unnamed ("one senior official", "a spokesperson").
 */
final class QuoteFinder {

    /** Further back than this many tokens from its verb, no clause of real news has its subject. */
    private static final int SUBJECT_REACH = 80;
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final String YEARS_OLD = "-year-old";
    /** What a title before a name says in other words: "Justice Jane Doe" is "the judge", "Sen. Jane Doe" "the senator". */
    private static final Map<String, Set<String>> TITLE_FORMS = Map.ofEntries(
            Map.entry("judge", Set.of("justice")),
            Map.entry("senator", Set.of("sen.")),
            Map.entry("governor", Set.of("gov.")),
            Map.entry("congressman", Set.of("rep.")),
            Map.entry("congresswoman", Set.of("rep.")),
            Map.entry("lawmaker", Set.of("sen.", "rep.", "senator", "representative", "congressman", "congresswoman",
                    "assemblyman", "assemblywoman", "legislator", "mp", "mla", "mlc", "msp", "mep", "mpp", "mca", "mpa", "mna")),
            Map.entry("general", Set.of("gen.", "gen")),
            Map.entry("professor", Set.of("prof.", "prof")),
            Map.entry("sergeant", Set.of("sgt.", "sgt")),
            Map.entry("detective", Set.of("det.", "det")),
            Map.entry("councillor", Set.of("cllr", "cllr.", "coun.", "cr", "councilor", "councilman", "councilwoman",
                    "councilmember")),
            Map.entry("councilor", Set.of("councillor", "councilman", "councilwoman", "councilmember")));
    /** What an organisation that speaks is called again: '"...," it said'. */
    private static final Set<String> ORGANISATION_PRONOUNS = Set.of("it", "they");
    /** What an organisation that speaks is called again with "the": '"...," the company said'. */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "group", "union", "council",
            "ministry", "department", "agency", "authority", "party", "court", "committee", "commission", "association",
            "federation", "government", "bank", "club", "board", "institute", "university", "organisation",
            "organization", "charity", "regulator", "carrier", "airline", "insurer", "retailer", "lender", "police", "league",
            "district", "school", "foundation", "society", "coalition", "alliance", "network", "broadcaster", "watchdog",
            "cooperative", "hospital", "embassy", "newspaper", "service", "team", "center", "centre", "corps", "museum",
            "academy", "trust", "office");
    private static final Set<String> CENTRES = Set.of("Center", "Centre");
    /** Words that say what kind of organisation a name is, by the noun that stands for it. */
    private static final Map<String, Set<String>> KIND_WORDS = Map.of(
            "union", Set.of("Workers", "Steelworkers", "Teamsters", "Federation", "Guild", "Union", "Unions", "Local"),
            "agency", Set.of("Administration", "Bureau", "Service", "Agency", "Office", "Commission", "Authority"),
            "company", Set.of("Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd", "Ltd.", "LLC", "Corporation", "Company",
                    "Industries", "Holdings", "Chemicals", "Energy", "Group", "Motors", "Airlines", "Bank", "Power"),
            "hospital", Set.of("Hospital", "Health", "Medical", "Clinic", "Infirmary"),
            "center", CENTRES,
            "centre", CENTRES,
            "team", Set.of("FC", "United", "City", "Club"));
    /** How many sentences back an organisation or a titled person is still the one a quotation refers to. */
    private static final int REFERENCE_REACH = 3;
    /** How many words after a name its apposition's title is looked for: "Jane Doe, the institute's chief virologist". */
    private static final int APPOSITION_REACH = 6;
    /** How many words after an inverted speech verb its speaker's name may start: "said Deputy Mayor Jane Doe". */
    private static final int INVERTED_REACH = 4;
    /**
     * How far back a title is looked for before a name: "Deputy Minister of High Energy Technologies", or a description
     * a comma ends, "the senior coroner for Cornwall and the Isles of Scilly, Dr.".
     */
    private static final int TITLE_REACH = 12;
    /** Lower-case words inside a title and its complement. */
    private static final Set<String> TITLE_COMPLEMENT = Set.of("of", "for", "and", "the", "&");
    /** How many sentences back "the court" still finds the Constitutional Court: a story names it once, early. */
    private static final int HEADED_REACH = 20;
    /** How many mentions of persons back a title is looked for, and of organisations back a noun. */
    private static final int TITLED_MENTIONS_REACH = 12;
    /** Words between a speaker and the speech verb: "was quoted", "later said", "reportedly told". */
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "were", "are", "has", "had", "have", "also",
            "later", "then", "again", "once", "would", "will", "could", "can", "may", "might", "did", "does", "do",
            "not", "never", "further", "earlier", "previously", "as");
    /** Where a speaker named after the verb ends: "said Smith in a statement". */
    private static final Set<String> SPEAKER_ENDS = Set.of(",", ".", ";", ":", "!", "?", "in", "on", "at", "during",
            "after", "before", "while", "when", "to", "adding", "according", "who", "from", "with");
    private static final Set<String> ROLE_WORDS = Set.of("the", "The", "'s", "\u2019s", "of");
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");
    /** Words that open a description of someone: "the union's leader", "his mother". */
    private static final Set<String> DESCRIBING = Set.of("the", "his", "her", "their", "its");
    /** A preposition before a name makes the name a complement, not the speaker: "a spokesperson for Hamas". */
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "from", "at", "with", "by", "in", "on", "to",
            "about", "against", "near", "among", "after", "before");
    /** What carries someone's words: "a statement from the police". */
    private static final Set<String> STATEMENTS = Set.of("statement", "statements", "release", "letter", "email",
            "message", "post");
    /** How many words may describe a speaker before their name opens a sentence: "The Rev.", "Saxophonist". */
    private static final int DESCRIPTION_WORDS = 3;
    /** How a sentence that says whose the quotation before it was opens: "That was the message of", "The words came from". */
    private static final Set<String> SOURCE_OPENERS = Set.of("That", "The", "This", "Such", "Those", "These");
    private static final Set<String> SOURCE_VERBS = Set.of("was", "is", "were", "are", "came", "comes");
    /** How many words into that sentence its "of" or "from" may come. */
    private static final int SOURCE_REACH = 6;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "my", "our");
    /** What someone says, as the subject of a sentence that gives it: "His reply", "Her message". */
    private static final Set<String> SPEECH_NOUNS = Set.of("message", "reply", "answer", "response", "verdict",
            "words", "advice", "warning", "comment", "comments", "explanation", "plea", "view");
    /** How many words may describe an organisation's noun: "the Cleveland-based private equity group". */
    private static final int NOUN_MODIFIERS = 3;
    private static final Set<String> CONTRASTS = Set.of("while", "whilst", "whereas", "although", "though");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("been", "being", "be", "was", "were", "is", "are");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where");
    private static final int MAX_SPEAKER_WORDS = 12;
    /** Words of an apposition between a speaker's name and the verb, beyond those a speaker may take. */
    private static final int APPOSITION_WORDS = 16;
    /** Verbs that give someone's words for a thing inside a sentence, without being speech verbs elsewhere. */
    private static final Set<String> NAMING_VERBS = Set.of("called", "calls", "calling", "described", "describes",
            "describing", "dubbed", "branded", "labelled", "labeled");
    /** Two words or fewer inside a sentence are scare quotes or titles, not statements. */
    private static final int MIN_EMBEDDED_WORDS = 3;
    /** A quotation of fewer words is a fragment, not a statement: it is read for who speaks, but not reported. */
    private static final int MIN_QUOTE_WORDS = 5;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    QuoteFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** A pair of quotation marks by token index; {@code close} is -1 when the quotation runs to the paragraph's end. */
    record Span(int open, int close, int last) {
    }

    /**
     * Who said a quotation: {@code speaker} null for an unnamed speaker, or for one the text refers back to by a
     * pronoun, a title, an age or an organisation's noun ({@code kind}; {@code title} the title, the age or the noun);
     * for a title, {@code speaker} is whose title it is, if the text says ("the Derry manager"). {@code end} is the
     * token after the attribution.
     */
    private record Attribution(ActorResolver.Group speaker, Kind kind, String title, String verb, int position, int end) {
    }

    /**
     * A speaker by name, by "he" or "she", by "it", "they" or "the league", by "the" and a title, by an age ("the
     * 41-year-old"), or unnamed.
     */
    private enum Kind { NAMED, PRONOUN, ORGANISATION_PRONOUN, TITLE, AGE, UNNAMED }

    /** An organisation that is the subject of a clause, and the sentence it is in. */
    private record Subject(ActorResolver.Group group, int sentence) {
    }

    private record Resolved(Kind kind, ActorResolver.Group group, String title) {
        static final Resolved UNNAMED = new Resolved(Kind.UNNAMED, null, null);
        static final Resolved PRONOUN = new Resolved(Kind.PRONOUN, null, null);
        static final Resolved ORGANISATION_PRONOUN = new Resolved(Kind.ORGANISATION_PRONOUN, null, null);
    }

    /** The state of one text while its quotations are attributed. */
    private final class Scan {
        final String body;
        final List<Token> tokens;
        final Candidate[] covering;
        final List<int[]> sentences;
        /**
         * Persons that came into focus, by position: subjects of a clause and named speakers, or no one where an
         * unnamed speaker cleared it. The first to come into focus at a position keeps it.
         */
        final NavigableMap<Integer, ActorResolver.Group> focus = new TreeMap<>();
        /** Organisations that are subjects of a clause or speak, by position, with the sentence they are in. */
        final NavigableMap<Integer, Subject> organisations = new TreeMap<>();
        /** Every mention of an organisation, by position. */
        final NavigableMap<Integer, Candidate> organisationMentions = new TreeMap<>();
        /** Every mention of a person, by position. */
        final NavigableMap<Integer, Candidate> persons = new TreeMap<>();
        /** Where the next token that is not punctuation is, from each token on. */
        final int[] nextNotPunct;

        Scan(String body, List<Token> tokens, Candidate[] covering, List<int[]> sentences) {
            this.body = body;
            this.tokens = tokens;
            this.covering = covering;
            this.sentences = sentences;
            this.nextNotPunct = new int[tokens.size() + 1];
            nextNotPunct[tokens.size()] = tokens.size();
            for (int k = tokens.size() - 1; k >= 0; k--) {
                nextNotPunct[k] = tokens.get(k).kind == Token.Kind.PUNCT ? nextNotPunct[k + 1] : k;
            }
        }

        void focusOn(int position, ActorResolver.Group person) {
            if (!focus.containsKey(position)) {
                focus.put(position, person);
            }
        }
    }

    List<QuoteMatch> find(String body, List<Token> tokens, List<int[]> sentences, List<Candidate> candidates,
                          Candidate[] covering, Deadline deadline) {
        Scan scan = new Scan(body, tokens, covering, sentences);
        List<Span> spans = spans(tokens);
        boolean[] quoted = new boolean[tokens.size()];
        for (Span s : spans) {
            for (int k = s.open(); k <= s.last(); k++) {
                quoted[k] = true;
            }
        }
        for (Candidate c : candidates) {
            if (c.subject && !quoted[c.first] && c.group.type == ActorType.PERSON) {
                scan.focusOn(c.start, c.group);
            }
            if (c.subject && !quoted[c.first] && c.group.type == ActorType.ORGANIZATION) {
                scan.organisations.put(c.start, new Subject(c.group, tokens.get(c.first).sentence));
            }
            if (c.group.type == ActorType.PERSON) {
                scan.persons.put(c.start, c);
            }
            if (c.group.type == ActorType.ORGANIZATION) {
                scan.organisationMentions.put(c.start, c);
            }
        }
        // Who speaks in reported speech moves the focus too; an unnamed speaker clears it.
        for (int k = 0; k < tokens.size(); k++) {
            deadline.check();
            ActorResolver.Group source = quoted[k] ? null : accordingTo(scan, k);
            if (source != null) {
                scan.focusOn(tokens.get(k).start, source); // "According to Tomás Irigoyen, the field coordinator,"
            }
            if (!quoted[k] && isSpeechVerb(tokens.get(k)) && !passiveOrAttributive(tokens, k)) {
                Resolved r = subject(scan, sentences.get(tokens.get(k).sentence)[0], k);
                Candidate inverted = r.kind() == Kind.UNNAMED ? personAfter(scan, k) : null;
                // "Vandeveer took a softer tone but said": a verb joined to the one before has its subject
                boolean joined = r.kind() == Kind.UNNAMED && k > 0 && CONJUNCTIONS.contains(tokens.get(k - 1).lower());
                if (inverted != null) {
                    scan.focusOn(tokens.get(k).start, inverted.group); // '"...," said Dr. Jane Doe.'
                } else if (!joined && (r.kind() == Kind.UNNAMED || r.kind() == Kind.NAMED && r.group().type == ActorType.PERSON)) {
                    scan.focusOn(tokens.get(k).start, r.group());
                } else if (r.kind() == Kind.TITLE) {
                    scan.focusOn(tokens.get(k).start,
                            byTitle(scan, r.title(), r.group(), tokens.get(k).start, tokens.get(k).sentence));
                } else if (r.kind() == Kind.AGE) {
                    scan.focusOn(tokens.get(k).start, titled(scan, r.title(), null, tokens.get(k).start, tokens.get(k).sentence));
                } else if (r.kind() == Kind.NAMED && r.group().type == ActorType.ORGANIZATION) {
                    // "The Kenya Ports Authority (KPA), which runs the port, said": it speaks, whatever came between
                    scan.organisations.put(tokens.get(k).start, new Subject(r.group(), tokens.get(k).sentence));
                }
            }
        }
        List<QuoteMatch> out = new ArrayList<>();
        Attribution previous = null;
        Span previousSpan = null;
        for (Span s : spans) {
            deadline.check();
            int innerStart = tokens.get(s.open()).end;
            int innerEnd = s.close() >= 0 ? tokens.get(s.close()).start : tokens.get(s.last()).end;
            while (innerStart < innerEnd && Character.isWhitespace(body.charAt(innerStart))) {
                innerStart++;
            }
            while (innerEnd > innerStart && Character.isWhitespace(body.charAt(innerEnd - 1))) {
                innerEnd--;
            }
            if (innerStart == innerEnd) {
                continue;
            }
            Attribution a = after(scan, s);
            if (a != null && a.kind() == Kind.UNNAMED) {
                // 'X said it rested on "A", insisting that…': words after a quotation that name no one leave it to the
                // clause before it
                Attribution framing = before(scan, s, previousSpan, previous);
                a = framing != null && framing.kind() != Kind.UNNAMED ? framing : a;
            }
            if (a == null) {
                // '"Crews are as frustrated as anybody." That was the view of Colm Gallagher': not the last speaker's
                a = sourcedInTheNextSentence(scan, s);
            }
            if (a == null) {
                a = continued(scan, previous, previousSpan, s);
            }
            if (a == null) {
                a = before(scan, s, previousSpan, previous);
            }
            if (a == null) {
                a = namedInTheNextSentence(scan, s);
            }
            if (a == null) {
                a = introduced(scan, s);
            }
            if (a == null) {
                a = reportedJustBefore(scan, s);
            }
            ActorResolver.Group speaker = a == null ? null : speaker(scan, a, tokens.get(s.open()).sentence);
            if (speaker != null && speaker.type == ActorType.PERSON && a.speaker() != null) {
                scan.focusOn(a.position(), speaker);
            }
            if (words(tokens, s) >= MIN_QUOTE_WORDS) {
                out.add(new QuoteMatch(speaker, innerStart, innerEnd, a == null ? null : a.verb(),
                        tokens.get(s.open()).sentence));
            }
            previous = a;
            previousSpan = s;
        }
        return out;
    }

    /** A quotation found in the text, before speakers are replaced by actor names. */
    record QuoteMatch(ActorResolver.Group speaker, int start, int end, String verb, int sentence) {
    }

    static List<Span> spans(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (open >= 0 && t.paragraph != tokens.get(open).paragraph) {
                spans.add(new Span(open, -1, k - 1));
                open = -1;
            }
            if (!t.isQuoteMark()) {
                continue;
            }
            char c = t.text.charAt(0);
            if (open < 0) {
                if (c != '\u201D' && c != '\u00BB') {
                    open = k;
                }
            } else if (c != '\u201C' && c != '\u201E' && c != '\u00AB') {
                spans.add(new Span(open, k, k));
                open = -1;
            }
        }
        if (open >= 0 && open + 1 < tokens.size()) {
            spans.add(new Span(open, -1, tokens.size() - 1));
        }
        return spans;
    }

    // ---- attribution after the closing mark: '"...," Trump said', '"...," said Trump'

    private Attribution after(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        if (s.close() < 0) {
            return null;
        }
        int k = s.close() + 1;
        if (k < tokens.size() && tokens.get(k).is(",")) {
            k++;
        }
        int limit = k;
        while (limit < tokens.size() && limit - k <= MAX_SPEAKER_WORDS + 4 + APPOSITION_WORDS
                && tokens.get(limit).paragraph == tokens.get(s.close()).paragraph
                && !tokens.get(limit).isQuoteMark() && !endsSentence(tokens.get(limit))) {
            limit++;
        }
        int end = limit < tokens.size() && endsSentence(tokens.get(limit)) ? limit + 1 : limit;
        if (k >= limit) {
            return null;
        }
        // A quotation that closes its own sentence inside the marks is attributed only by a sentence that says no
        // more than who said it: '"We won." Smith said.', not '"We won." Smith said the room was full.'
        boolean closedInside = endsSentence(tokens.get(s.close() - 1));
        if (opensAccordingTo(tokens, k, limit)) {
            int e = sourceEnd(tokens, k + 2, limit);
            Attribution described = describedThenNamed(scan, k + 2, e, limit, closedInside, "according to",
                    tokens.get(k).start, end);
            if (described != null) {
                return described;
            }
            return closedInside && e < limit ? null : attribution(resolve(scan, k + 2, e), "according to", tokens.get(k).start, end);
        }
        int v = firstSpeechVerb(tokens, k, limit);
        if (v < 0 || CONTRASTS.contains(tokens.get(k).text)) {
            return null; // '"...", while Gabriela Kollárová argued that': another's words follow
        }
        if (v == k) {
            int e = speakerEnd(tokens, v + 1, limit);
            Attribution described = describedThenNamed(scan, v + 1, e, limit, closedInside, tokens.get(v).text,
                    tokens.get(v).start, end);
            if (described != null) {
                return described;
            }
            return e == v + 1 || closedInside && e < limit ? null : attribution(resolve(scan, v + 1, e), tokens.get(v).text,
                    tokens.get(v).start, end);
        }
        if (v - k - appositionLength(scan, k, v) > MAX_SPEAKER_WORDS || closedInside && v + 1 < limit) {
            return null;
        }
        if (v - k == 1 && (tokens.get(k).is("and") || tokens.get(k).is("but"))) {
            return null; // '"...," and said': the verb goes on the clause before the quotation
        }
        return attribution(resolve(scan, k, v), tokens.get(v).text, tokens.get(k).start, end);
    }

    /**
     * 'Jane Doe was blunt. "We will not sign."': a quotation that is a sentence of its own, after a sentence whose one
     * person is its subject, is that person's.
     */
    private static Attribution introduced(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        Token open = tokens.get(s.open());
        if (s.close() < 0 || open.sentence == 0 || s.open() == 0 || tokens.get(s.open() - 1).sentence == open.sentence) {
            return null;
        }
        int[] before = scan.sentences.get(open.sentence - 1);
        if (tokens.get(before[0]).paragraph != open.paragraph) {
            return null;
        }
        Collection<Candidate> persons = scan.persons.subMap(tokens.get(before[0]).start, tokens.get(before[1] - 1).end)
                .values();
        Candidate only = persons.isEmpty() ? null : persons.iterator().next();
        boolean onePerson = only != null && only.subject && persons.stream().allMatch(c -> c.group == only.group);
        return onePerson ? new Attribution(only.group, Kind.NAMED, null, null, only.start, s.open()) : null;
    }

    /**
     * '"I have had it twice now." Wilmer Castillo, a driver, ...': a quotation that is a sentence of its own, with no
     * one named before it, is of the person who opens the next sentence and is described there; not of one who only
     * does something next ('"The vote is today." John Smith said the room was full.').
     */
    private Attribution namedInTheNextSentence(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        int k = nextSentenceInParagraph(scan, s);
        int name = k < 0 ? -1 : pastDescription(tokens, k);
        Candidate named = name < 0 ? null : scan.covering[name];
        if (named == null || named.first != name || named.group.type != ActorType.PERSON || named.last >= tokens.size()) {
            return null;
        }
        return tokens.get(named.last).is(",") ? new Attribution(named.group, Kind.NAMED, null, null, named.start,
                named.last) : null;
    }

    /**
     * Where a name starts after a few words that say who someone is, opening a sentence: "Saxophonist Darnell Okonkwo",
     * "The Rev. Annika Solberg"; {@code k} itself when none do.
     */
    private int pastDescription(List<Token> tokens, int k) {
        int m = k;
        while (m < tokens.size() && m - k < DESCRIPTION_WORDS && tokens.get(m).sentence == tokens.get(k).sentence
                && (tokens.get(m).is("The") || gazetteer.honorifics.contains(tokens.get(m).text) || gazetteer.isTitleWord(tokens.get(m))
                || tokens.get(m).isWord() && lexicon.isCommon(tokens.get(m).lower()) && !lexicon.canBeFiniteVerb(tokens.get(m).lower())
                && !PREPOSITIONS.contains(tokens.get(m).lower()) && !CONJUNCTIONS.contains(tokens.get(m).lower()))) {
            m++;
        }
        return m < tokens.size() ? m : k;
    }

    /**
     * How many words an apposition in commas after the name at {@code k} takes before the verb at {@code v}:
     * '"...," Dr. Jane Doe, a geologist at the University of Jordan who led the project, told journalists'.
     */
    private int appositionLength(Scan scan, int k, int v) {
        int name = k;
        while (name < v && (gazetteer.honorifics.contains(scan.tokens.get(name).text) || gazetteer.isTitleWord(scan.tokens.get(name)))) {
            name++; // "Police Lt. Col. Renato Salcedo-Ybañez, spokesperson of the Bacolod City Police Office (BCPO),"
        }
        Candidate named = scan.covering[name];
        if (named == null || named.last >= v || !scan.tokens.get(named.last).is(",") || !scan.tokens.get(v - 1).is(",")) {
            return 0;
        }
        return Math.min(v - named.last, APPOSITION_WORDS);
    }

    /** The person named after "according to" at {@code k}, or after a description of them; else null. */
    private ActorResolver.Group accordingTo(Scan scan, int k) {
        List<Token> tokens = scan.tokens;
        if (!opensAccordingTo(tokens, k, tokens.size() - 1)) {
            return null;
        }
        int e = sourceEnd(tokens, k + 2, tokens.size());
        Attribution described = describedThenNamed(scan, k + 2, e, tokens.size(), false, null, 0, 0);
        Resolved r = described != null ? new Resolved(Kind.NAMED, described.speaker(), null) : resolve(scan, k + 2, e);
        return r.kind() == Kind.NAMED && r.group().type == ActorType.PERSON ? r.group() : null;
    }

    /** Whether "according to" starts at {@code k}, its "to" before {@code limit}. */
    private static boolean opensAccordingTo(List<Token> tokens, int k, int limit) {
        return tokens.get(k).lower().equals("according") && k + 1 < limit && tokens.get(k + 1).is("to");
    }

    /**
     * 'said the finance minister, Jane Doe.': a description of the speaker up to {@code e}, a comma, then the name;
     * null if the words do not read so.
     */
    private Attribution describedThenNamed(Scan scan, int from, int e, int limit, boolean closedInside, String verb,
                                           int position, int end) {
        if (e >= limit || !scan.tokens.get(e).is(",")) {
            return null;
        }
        int named = speakerEnd(scan.tokens, e + 1, limit);
        Resolved r = resolve(scan, from, named);
        return r.kind() == Kind.NAMED && !(closedInside && named < limit) ? attribution(r, verb, position, end) : null;
    }

    /** Where a source ends: as a speaker, or after "from" or "by" when it is a statement ("a statement from the police"). */
    private static int sourceEnd(List<Token> tokens, int from, int limit) {
        int e = speakerEnd(tokens, from, limit);
        boolean statement = e > from && e < limit && (tokens.get(e).is("from") || tokens.get(e).is("by"))
                && STATEMENTS.contains(tokens.get(e - 1).text);
        return statement ? speakerEnd(tokens, e + 1, limit) : e;
    }

    /**
     * '"We have had four mayors in eight years." The warning came from Jane Doe, …' or 'That is the view of Jane Doe':
     * a quotation that is a sentence of its own, and a next sentence that says whose words they were.
     */
    private Attribution sourcedInTheNextSentence(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        int k = nextSentenceInParagraph(scan, s);
        if (k < 0 && opensParagraph(tokens, s) && wholeParagraph(scan, s) && scan.nextNotPunct[s.close() + 1] < tokens.size()) {
            k = scan.nextNotPunct[s.close() + 1]; // a paragraph of quotation, whose source opens the next one
        }
        if (k >= 0 && tokens.get(k).is("So") && k + 2 < tokens.size() && isSpeechVerb(tokens.get(k + 1))) {
            // '"..." So said Karen Joy Manalastas, a convenor'
            Candidate named = scan.covering[pastHonorifics(tokens, k + 2, tokens.size())];
            return named != null && named.group.type == ActorType.PERSON && named.first <= k + 4
                    ? new Attribution(named.group, Kind.NAMED, null, null, named.start, named.last) : null;
        }
        if (k < 0 || !SOURCE_OPENERS.contains(tokens.get(k).text)) {
            return null;
        }
        boolean copula = false;
        for (int m = k + 1; m + 1 < tokens.size() && m <= k + SOURCE_REACH && tokens.get(m).sentence == tokens.get(k).sentence; m++) {
            Token t = tokens.get(m);
            copula |= SOURCE_VERBS.contains(t.text);
            Candidate described = t.is("how") && copula ? scan.covering[m + 1] : null;
            if (described != null && described.first == m + 1 && described.group.type == ActorType.PERSON) {
                // "That was how Lamar Whitfield summed up the morning"
                return new Attribution(described.group, Kind.NAMED, null, null, described.start, described.last);
            }
            if (t.is("from") || t.is("of")) {
                // "The warning came from Manuel Carrasco", "That was the verdict of Rangpur captain Rezaul Pavel"
                int end = speakerEnd(tokens, m + 1, tokens.size());
                Resolved r = copula ? resolve(scan, m + 1, end) : Resolved.UNNAMED;
                return r.kind() == Kind.NAMED ? new Attribution(r.group(), Kind.NAMED, null, null,
                        tokens.get(m + 1).start, end) : null;
            }
        }
        return null;
    }

    /**
     * Where the sentence after a quotation that closes its own sentence starts, when it is in the same paragraph;
     * else -1.
     */
    private static int nextSentenceInParagraph(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        int k = s.close() + 1;
        boolean follows = s.close() >= 0 && endsSentence(tokens.get(s.close() - 1)) && k < tokens.size()
                && tokens.get(k).paragraph == tokens.get(s.close()).paragraph;
        return follows ? k : -1;
    }

    private static int speakerEnd(List<Token> tokens, int from, int limit) {
        int e = from;
        while (e < limit && e - from < MAX_SPEAKER_WORDS && !SPEAKER_ENDS.contains(tokens.get(e).text)) {
            e++;
        }
        return e;
    }

    /** The next part of a quotation split by its attribution: '"A," he said, "B."' or '"A," he said. "B."'. */
    private static Attribution continued(Scan scan, Attribution previous, Span previousSpan, Span s) {
        if (previous == null) {
            return null;
        }
        List<Token> tokens = scan.tokens;
        if (previousSpan.close() < 0) {
            // a quotation that runs on into the next paragraph
            return s.open() == previousSpan.last() + 1 ? previous : null;
        }
        if (tokens.get(s.open()).paragraph != tokens.get(previousSpan.close()).paragraph && !wholeParagraph(scan, s)) {
            return null;
        }
        if (otherPersonBetween(scan, previous, previousSpan, s)) {
            return null;
        }
        if (nextSentenceOfSpeaker(scan, previous, previousSpan, s)) {
            return previous;
        }
        if (previous.position() < tokens.get(previousSpan.open()).start
                && scan.nextNotPunct[previousSpan.close() + 1] == s.open()) {
            return previous; // 'She said: "A." "B."': quotations one after the other go on with who introduced them
        }
        // nothing said between: '"A," he said. "B."', or "B" as the next paragraph, all of it quoted
        return scan.nextNotPunct[previous.end()] < s.open() ? null : previous;
    }

    /**
     * '"A," said Pieter van der Berg, a negotiator, speaking outside. "B."': the sentence after the one that
     * attributes a quotation, opening with a quotation, goes on with its speaker when no other person is named between.
     */
    private static boolean nextSentenceOfSpeaker(Scan scan, Attribution previous, Span previousSpan, Span s) {
        List<Token> tokens = scan.tokens;
        Token open = tokens.get(s.open());
        return previous.speaker() != null && tokens.get(previousSpan.close()).sentence + 1 == open.sentence
                && tokens.get(s.open() - 1).sentence != open.sentence;
    }

    /** '"A," said Jane Doe, but John Smith disagreed. "B."': someone else is named before the next quotation. */
    private static boolean otherPersonBetween(Scan scan, Attribution previous, Span previousSpan, Span s) {
        List<Token> tokens = scan.tokens;
        for (Candidate c : scan.persons.subMap(tokens.get(previousSpan.close()).end, tokens.get(s.open()).start).values()) {
            // '"A," the coach said of Sauvé. "B."', 'said Jane Doe, Smith's lawyer. "B."': a person the words are about,
            // or whom the speaker is described by, does not speak
            boolean complement = c.first > 0 && PREPOSITIONS.contains(tokens.get(c.first - 1).text)
                    || c.last < tokens.size() && ROLE_WORDS.contains(tokens.get(c.last).text);
            if (c.group != previous.speaker() && !complement) {
                return true;
            }
        }
        return false;
    }

    /**
     * 'Prof Tanvir Chowdhury said the ban treated the symptoms.' then a paragraph that is all quotation: the words of
     * the person whose speech the last sentence before it reported.
     */
    private Attribution reportedJustBefore(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        if (s.open() == 0 || !opensParagraph(tokens, s) || !wholeParagraph(scan, s)) {
            return null;
        }
        int[] before = scan.sentences.get(tokens.get(s.open() - 1).sentence);
        int sentenceStart = tokens.get(before[0]).start;
        for (int k = before[1] - 1; k >= before[0]; k--) {
            if (isSpeechVerb(tokens.get(k)) && !passiveOrAttributive(tokens, k)) {
                Map.Entry<Integer, ActorResolver.Group> focus = scan.focus.floorEntry(tokens.get(k).start);
                return focus != null && focus.getValue() != null && focus.getKey() >= sentenceStart
                        ? new Attribution(focus.getValue(), Kind.NAMED, null, tokens.get(k).text, focus.getKey(), k + 1)
                        : null;
            }
        }
        return null;
    }

    private static boolean opensParagraph(List<Token> tokens, Span s) {
        return s.open() == 0 || tokens.get(s.open() - 1).paragraph != tokens.get(s.open()).paragraph;
    }

    private static boolean wholeParagraph(Scan scan, Span s) {
        List<Token> tokens = scan.tokens;
        if (s.close() < 0) {
            return false;
        }
        int next = scan.nextNotPunct[s.close() + 1];
        return next == tokens.size() || tokens.get(next).paragraph != tokens.get(s.close()).paragraph;
    }

    // ---- attribution before the opening mark: 'Trump said: "..."', 'he said the talks were "very close"'

    private Attribution before(Scan scan, Span s, Span previousSpan, Attribution previous) {
        List<Token> tokens = scan.tokens;
        int o = s.open();
        int b = scan.sentences.get(tokens.get(o).sentence)[0];
        boolean afterPrevious = previousSpan != null && previousSpan.close() >= b;
        if (afterPrevious) {
            b = previousSpan.close() + 1;
        }
        if (o - 1 < b) {
            // 'Smith said:' closing the paragraph before the quotation
            if (o == 0 || !tokens.get(o - 1).is(":") || tokens.get(o - 1).paragraph == tokens.get(o).paragraph) {
                return null;
            }
            b = scan.sentences.get(tokens.get(o - 1).sentence)[0];
        }
        Token last = tokens.get(o - 1);
        boolean frame = last.is(":") || last.is(",");
        if (!frame && words(tokens, s) < MIN_EMBEDDED_WORDS) {
            return null;
        }
        if (opensAccordingTo(tokens, b, o)) {
            int e = sourceEnd(tokens, b + 2, o);
            // 'According to the RKD, the case is "strong"': the source holds for the rest of its sentence
            if (frame || e < o && tokens.get(e).is(",") && firstSpeechVerb(tokens, e, o) < 0) {
                return attribution(resolve(scan, b + 2, e), "according to", tokens.get(b).start, o);
            }
        }
        int v = frame ? lastSpeechVerb(tokens, b, o - 1) : firstSpeechVerb(tokens, b, o);
        if (v < 0 && last.is(":")) {
            // 'Smith put it plainly: "..."': a colon frames what the clause's subject says, whatever its verb
            v = firstFiniteVerb(tokens, b, o - 1);
        }
        if (v < 0 && !frame) {
            // 'Doe called the theft "a wound to the whole city"': words that name what is quoted
            v = firstOf(tokens, NAMING_VERBS, b, o);
        }
        if (v < 0 && last.is(":")) {
            // 'Police Chief Ana Ruiz: "..."': a person's name alone before the colon introduces their words
            Resolved named = resolve(scan, b, o - 1);
            boolean person = named.kind() == Kind.NAMED && named.group().type == ActorType.PERSON;
            return person ? attribution(named, null, tokens.get(b).start, o) : null;
        }
        if (v < 0 && afterPrevious && previous != null && noNames(tokens, b, o)) {
            return previous; // 'X said the rate was "A" and was needed to "B"'
        }
        if (v < 0) {
            return null;
        }
        Resolved r = subject(scan, b, v);
        if (r.kind() == Kind.UNNAMED && afterPrevious && previous != null && noNames(tokens, b, v)) {
            // '"A," he said, but warned that "B"': the same speaker goes on
            return previous;
        }
        return attribution(r, tokens.get(v).text, tokens.get(v).start, o);
    }

    private static boolean noNames(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of the clause that ends at the verb {@code v}, skipping appositions in commas. It is looked for
     * within {@link #SUBJECT_REACH} tokens of the verb, so that a text of one endless sentence full of verbs is not
     * read again from its start at every verb.
     */
    private Resolved subject(Scan scan, int sentenceStart, int v) {
        List<Token> tokens = scan.tokens;
        int b = Math.max(sentenceStart, v - SUBJECT_REACH);
        int e = v;
        Resolved nearest = null;
        for (int k = v - 1; k >= b - 1; k--) {
            // 'Not everyone was convinced: retired oboist Arnfinn Storvik said'
            if (k >= b && !tokens.get(k).is(",") && !tokens.get(k).is(":") && !tokens.get(k).is(";")) {
                continue;
            }
            int s = k + 1;
            int segmentEnd = e;
            e = k;
            if (s >= segmentEnd) {
                continue;
            }
            for (int m = s + 1; m < segmentEnd; m++) {
                Token t = tokens.get(m);
                // "Water board chairman Piet Heinen said": a word before a title qualifies it, whatever else it can be
                boolean beforeTitle = m + 1 < segmentEnd && gazetteer.isTitleWord(tokens.get(m + 1));
                if (t.isWord() && !t.capitalised() && !AUXILIARIES.contains(t.text) && !beforeTitle
                        && !determined(tokens, m)
                        && (lexicon.canBeFiniteVerb(t.text) || gazetteer.speechVerbs.contains(t.text))) {
                    segmentEnd = m;
                    break;
                }
            }
            if (onlyAuxiliaries(tokens, s, segmentEnd)) {
                continue; // "Anil Mehta, has called": the subject is before the comma
            }
            if (PREPOSITIONS.contains(tokens.get(s).text)) {
                continue; // "Gabriela Kollárová, of Smer, argued": whoever a complement names, it is not the subject
            }
            Resolved r = resolve(scan, s, segmentEnd);
            if (r.kind() == Kind.PRONOUN || r.kind() == Kind.NAMED && r.group().type == ActorType.PERSON) {
                return r;
            }
            if (nearest == null && (r.kind() == Kind.NAMED || r.kind() == Kind.TITLE || r.kind() == Kind.AGE
                    || r.kind() == Kind.ORGANISATION_PRONOUN)) {
                nearest = r; // "Asked about it, the coach said": a title is the subject when nothing else is
            }
            Token head = tokens.get(s);
            Candidate before = k > b ? scan.covering[k - 1] : null;
            if (head.is("who") && before != null && before.last == k && before.group.type == ActorType.PERSON) {
                return new Resolved(Kind.NAMED, before.group, null); // "according to Rikimani, who said"
            }
            // "Her neighbour, Rosa Tenesaca, was less keen, saying": a participle's subject is the clause's subject
            boolean predicate = isParticiple(tokens.get(v)) && (AUXILIARIES.contains(head.text)
                    || lexicon.canBeFiniteVerb(head.text) && !head.capitalised());
            // "Wilson Vera, 46, said": an age is an apposition too, and so are "Vera, in his first season, added" and
            // "Vera, speaking to reporters, said"
            // "Begoña Uriarte, whose husband, a welder, died in 2016, said": the verb of a relative clause
            boolean relative = head.isWord() && !head.capitalised() && lexicon.canBeFiniteVerb(head.text)
                    && firstOf(tokens, RELATIVES, b, k) >= 0;
            // "Brogan, asked about the incident, said"
            boolean apposition = head.is("a") || head.is("an") || head.is("the") || head.is("one")
                    || RELATIVES.contains(head.text) || PREPOSITIONS.contains(head.text) || isParticiple(head)
                    || !head.capitalised() && isPastTense(head)
                    || gazetteer.isTitleWord(head) || head.kind == Token.Kind.NUMBER && s + 1 == segmentEnd || predicate
                    || relative || tokens.get(s).partyLetter || ownersRole(scan, s, segmentEnd)
                    || describesPersonBefore(scan, k, segmentEnd);
            if (!apposition || k < b) {
                // "In a statement, the Red Cross said": what opens the sentence is no subject
                return r.kind() == Kind.UNNAMED && nearest != null ? nearest : r;
            }
        }
        return nearest != null ? nearest : Resolved.UNNAMED;
    }

    // ---- speakers

    private Resolved resolve(Scan scan, int from, int to) {
        List<Token> tokens = scan.tokens;
        // ", and the league said", "But it warned", "while Jane Doe argued": a conjunction is not the subject's
        while (from < to && (tokens.get(from).kind == Token.Kind.PUNCT
                || CONJUNCTIONS.contains(tokens.get(from).lower()) || CONTRASTS.contains(tokens.get(from).lower()))) {
            from++;
        }
        while (to > from && (tokens.get(to - 1).kind == Token.Kind.PUNCT || isAuxiliary(tokens.get(to - 1))
                || NameFinder.POST_NOMINALS.contains(tokens.get(to - 1).text))) { // "Fiachra Dunphy SC, said"
            to--;
        }
        for (int k = from; k < to; k++) {
            if (k + 3 < to && acronymInBrackets(tokens, k)) {
                k += 2; // "Democratic Alliance (DA) councillor Marelize van Rooyen": the acronym, then the title
                continue;
            }
            if (tokens.get(k).is(",") || tokens.get(k).is("(")) {
                int name = pastHonorifics(tokens, k + 1, to); // "the registrar, Dr. Jane Doe"
                Candidate named = name < to ? scan.covering[name] : null;
                if (tokens.get(k).is(",") && named != null && named.first == name && named.last == to
                        && named.group.type == ActorType.PERSON && describesSomeone(tokens, from, k)) {
                    return new Resolved(Kind.NAMED, named.group, null); // "the union's leader, Jane Doe"
                }
                to = k; // an apposition or a bracket follows the name
                break;
            }
        }
        if (to - from == 1 && PRONOUNS.contains(tokens.get(from).lower())) {
            return Resolved.PRONOUN;
        }
        if (to - from >= 2 && SPEECH_NOUNS.contains(tokens.get(from + 1).lower())) {
            // 'His message to reporters was brief: "..."', 'Its reply was short: "..."'
            String owner = tokens.get(from).lower();
            if (owner.equals("his") || owner.equals("her")) {
                return Resolved.PRONOUN;
            }
            if (owner.equals("its") || owner.equals("their")) {
                return Resolved.ORGANISATION_PRONOUN;
            }
        }
        String age = to - from == 2 && tokens.get(from).lower().equals("the") ? tokens.get(from + 1).text : "";
        if (age.endsWith(YEARS_OLD)) {
            // "the 41-year-old": the age is looked for as a title is, in "Jane Doe, 41," or "41-year-old Jane Doe"
            return new Resolved(Kind.AGE, null, age.substring(0, age.length() - YEARS_OLD.length()));
        }
        if (to - from == 1 && ORGANISATION_PRONOUNS.contains(tokens.get(from).lower())) {
            return Resolved.ORGANISATION_PRONOUN; // "it said"
        }
        if (to - from == 2 && tokens.get(from).lower().equals("the") && NameFinder.nationality(gazetteer, tokens, from + 1)) {
            return Resolved.PRONOUN; // '"...," the Indian said': the player already spoken of, by nationality
        }
        if (to - from >= 2 && to - from <= 2 + NOUN_MODIFIERS && tokens.get(from).lower().equals("the")
                && ORGANISATION_NOUNS.contains(tokens.get(to - 1).text) && describesNoOne(scan, from + 1, to - 1)) {
            // "the league said", "The Perth-based company told"
            return new Resolved(Kind.ORGANISATION_PRONOUN, null, tokens.get(to - 1).text);
        }
        if (to - from == 1 && !tokens.get(from).capitalised() && gazetteer.isTitleHead(tokens.get(from))) {
            return new Resolved(Kind.TITLE, null, tokens.get(from).text); // '"...," counsel said'
        }
        if (to - from >= 2 && tokens.get(from).lower().equals("the") && gazetteer.isTitleHead(tokens.get(to - 1))
                && titleOfSomeone(scan, from + 1, to - 1)) {
            // "the minister", "the deputy secretary", "the Derry manager", "the Rovers' coach"
            return new Resolved(Kind.TITLE, ownerOfTitle(scan, from + 1, to - 1), tokens.get(to - 1).lower());
        }
        if (to <= from) {
            return Resolved.UNNAMED;
        }
        if (to - from >= 2 && STATEMENTS.contains(tokens.get(to - 1).text)) {
            // "the CWI statement said", "Acme's statement said"
            int owner = to - 2 > from && ROLE_WORDS.contains(tokens.get(to - 2).text) ? to - 2 : to - 1;
            to = scan.covering[owner - 1] != null ? owner : to;
        }
        int affiliated = personEndBeforeAffiliation(scan, from, to);
        if (affiliated > 0) {
            to = affiliated; // "Keisha Rice of Emory University said", "said Pastor Gideon Mambu of the church"
        }
        Candidate c = scan.covering[to - 1];
        if (c == null || c.last != to || c.group.type == ActorType.LOCATION) {
            return Resolved.UNNAMED;
        }
        for (int k = from; k < c.first; k++) {
            if (acronymInBrackets(tokens, k)) {
                k += 2; // an organisation's acronym before the title, as above
                continue;
            }
            Token t = tokens.get(k);
            // "FNV negotiator Niek Stam": whose title it is may be a name the text did not take for an actor
            boolean owner = t.capitalised() && ownsTitle(tokens, k + 1, c.first);
            // "Fisherman Wilson Vera", "Bombers fan Ravi Chaudhary": what someone is, in English words
            boolean described = t.isWord() && !PREPOSITIONS.contains(t.lower())
                    && (!t.capitalised() || lexicon.isCommon(t.lower()) || commonCompound(t.lower()));
            // "In a brief statement the union said": a phrase that opens the sentence is not the speaker's
            boolean opening = k == from && t.capitalised() && PREPOSITIONS.contains(t.lower());
            // "according to a statement from the police": whose words a statement gives
            boolean source = (t.is("from") || t.is("by")) && k > from && STATEMENTS.contains(tokens.get(k - 1).text);
            // "Alderman for culture Bram Dewulf": the complement of a person's title; "a spokesperson for Hamas" is not
            // Hamas
            boolean complement = (t.is("for") || t.is("of")) && k > from && gazetteer.isTitleWord(tokens.get(k - 1))
                    && c.group.type == ActorType.PERSON;
            boolean role = scan.covering[k] != null || ROLE_WORDS.contains(t.text) || gazetteer.isTitleWord(t)
                    || gazetteer.honorifics.contains(t.text) || owner || described || opening || source
                    || complement;
            if (!role) {
                return Resolved.UNNAMED;
            }
        }
        return new Resolved(Kind.NAMED, c.group, null);
    }

    /** "(DA)": an acronym in brackets opening at {@code k}. */
    private static boolean acronymInBrackets(List<Token> tokens, int k) {
        return tokens.get(k).is("(") && k + 2 < tokens.size() && NameFinder.isAcronym(tokens.get(k + 1))
                && tokens.get(k + 2).is(")");
    }

    /** "five-eighth", "half-back": a compound of common words, which the lexicon does not list as one. */
    private boolean commonCompound(String lower) {
        int part = 0;
        for (int k = 0; k <= lower.length(); k++) {
            if (k == lower.length() || Tokens.isHyphen(lower.charAt(k))) {
                if (!lexicon.isCommon(lower.substring(part, k))) {
                    return false;
                }
                part = k + 1;
            }
        }
        return part > 0;
    }

    /**
     * Whether the words are a description that names no person and no organisation: "Perth-based", "Dutch",
     * "state-owned", "private equity".
     */
    private static boolean describesNoOne(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = scan.tokens.get(k);
            Candidate named = scan.covering[k];
            boolean hyphen = t.kind == Token.Kind.PUNCT && Tokens.isHyphen(t.text.charAt(0));
            if (!t.isWord() && !hyphen || named != null && named.group.type != ActorType.LOCATION) {
                return false;
            }
        }
        return true;
    }

    /** The organisation or place whose title it is ("the Derry manager"), or null. */
    private static ActorResolver.Group ownerOfTitle(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            Candidate owner = scan.covering[k];
            if (owner != null && owner.group.type != ActorType.PERSON) {
                return owner.group;
            }
        }
        return null;
    }

    /** Whether the owner is named in the person's sentence, near their name. */
    private static boolean namedBeside(Scan scan, Candidate person, ActorResolver.Group owner) {
        int sentence = scan.tokens.get(person.first).sentence;
        int from = Math.max(0, person.first - TITLE_REACH);
        int to = Math.min(scan.tokens.size(), person.last + APPOSITION_REACH);
        for (int k = from; k < to; k++) {
            Candidate c = scan.covering[k];
            if (c != null && c.group == owner && scan.tokens.get(k).sentence == sentence) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before a title head are title words, or name whose title it is: "Derry", "Rovers'". */
    private boolean titleOfSomeone(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            Candidate owner = scan.covering[k];
            boolean owned = owner != null && owner.group.type != ActorType.PERSON
                    || k > from && POSSESSIVES.contains(scan.tokens.get(k).text) && scan.covering[k - 1] != null;
            if (!owned && !gazetteer.isTitleWord(scan.tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words from {@code k} on end in a title word or "'s" before the name at {@code name}. */
    private boolean ownsTitle(List<Token> tokens, int k, int name) {
        // "FNV negotiator", "Water board chairman"
        while (k < name && tokens.get(k).isWord() && !PREPOSITIONS.contains(tokens.get(k).text)
                && !gazetteer.isTitleWord(tokens.get(k))) {
            k++;
        }
        if (k < name && (gazetteer.isTitleWord(tokens.get(k)) || ROLE_WORDS.contains(tokens.get(k).text))) {
            return true;
        }
        // "Yawuru elder": what someone is among a people or a body the text does not take for an actor
        Token before = tokens.get(name - 1);
        return k == name && before.isWord() && !before.capitalised() && lexicon.onlyNoun(before.text);
    }

    /**
     * Where a person named between {@code from} and {@code to} ends, before "of", "at" or "from" and whatever they are
     * with, whether or not the text names it; else 0.
     */
    private static int personEndBeforeAffiliation(Scan scan, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = scan.tokens.get(k);
            Candidate person = scan.covering[k - 1];
            if (NameFinder.AFFILIATIONS.contains(t.text) && person != null && person.last == k
                    && person.group.type == ActorType.PERSON) {
                return k;
            }
        }
        return 0;
    }

    /**
     * "the finance minister", "The Quiet Rebellion's guitarist", "his mother": a title, or a noun after "the", a
     * possessive or an owner's "'s".
     */
    private boolean describesSomeone(List<Token> tokens, int from, int to) {
        boolean described = DESCRIBING.contains(tokens.get(from).lower());
        for (int k = from; k < to; k++) {
            if (gazetteer.isTitleHead(tokens.get(k))) {
                return true;
            }
            described |= ROLE_WORDS.contains(tokens.get(k).text) && !tokens.get(k).is("of");
        }
        Token last = tokens.get(to - 1);
        return described && last.isWord() && !last.capitalised() && lexicon.isCommon(last.text);
    }

    /**
     * "Dr Simon Faleolo, high performance director at Athletics New Zealand, said": after a person's name and a comma,
     * words that say what someone is, and name no one.
     */
    private boolean describesPersonBefore(Scan scan, int comma, int to) {
        Candidate before = comma > 0 ? scan.covering[comma - 1] : null;
        if (before == null || before.last != comma || before.group.type != ActorType.PERSON || comma + 1 >= to) {
            return false;
        }
        for (int k = comma + 1; k < to; k++) {
            Candidate named = scan.covering[k];
            if (named != null && named.group.type == ActorType.PERSON) {
                return false;
            }
        }
        return describesSomeone(scan.tokens, comma + 1, to);
    }

    /** "Daeseong's chairman", "Sri Lanka's vice-captain": a name, its "'s", then what someone is there. */
    private boolean ownersRole(Scan scan, int from, int to) {
        List<Token> tokens = scan.tokens;
        Candidate owner = scan.covering[from];
        if (owner == null || owner.first != from || owner.last + 1 >= to || !Tokens.isApostrophe(tokens.get(owner.last).text.charAt(0))) {
            return false;
        }
        Token last = tokens.get(to - 1);
        // "Taiwan's national academy" says what an organisation is
        return last.isWord() && !last.capitalised() && (describesSomeone(tokens, owner.last + 1, to)
                || NameFinder.ORGANIZATION_NOUNS.contains(last.text));
    }

    /** The first word from {@code k} that is no honorific: "Jane" in "Dr. Jane Doe". */
    private int pastHonorifics(List<Token> tokens, int k, int limit) {
        while (k < limit && gazetteer.honorifics.contains(tokens.get(k).text)) {
            k++;
        }
        return k;
    }

    /** "asked", "predicted": a past tense or a past participle, whichever the sentence makes it. */
    private static boolean isPastTense(Token t) {
        return t.isWord() && t.text.endsWith("ed");
    }

    private static boolean isParticiple(Token t) {
        return t.isWord() && !t.capitalised() && t.text.length() > Tokens.MIN_PARTICIPLE && t.text.endsWith("ing");
    }

    private boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isAuxiliary(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the crash had been predicted", "Asked whether she would, she laughed": a speech verb in the passive, whose
     * subject is not who spoke; "61 confirmed cases", "the reported deaths": one that describes a noun.
     */
    private static boolean passiveOrAttributive(List<Token> tokens, int verb) {
        boolean opensSentence = verb == 0 || tokens.get(verb - 1).sentence != tokens.get(verb).sentence;
        return isPastTense(tokens.get(verb)) && (opensSentence || PASSIVE_AUXILIARIES.contains(tokens.get(verb - 1).text)
                || tokens.get(verb - 1).kind == Token.Kind.NUMBER || DETERMINERS.contains(tokens.get(verb - 1).text));
    }

    /** "has", "was", "also", "quickly"; not "reply" or "family", nouns that end as adverbs do. */
    private boolean isAuxiliary(Token t) {
        return t.isWord() && !t.capitalised() && (AUXILIARIES.contains(t.text)
                || t.text.endsWith("ly") && !lexicon.canBeNoun(t.text));
    }

    private static Attribution attribution(Resolved r, String verb, int position, int end) {
        return new Attribution(r.group(), r.kind(), r.title(), verb, position, end);
    }

    /** The actor an attribution names, or refers back to from the quotation's sentence. */
    private ActorResolver.Group speaker(Scan scan, Attribution a, int sentence) {
        return switch (a.kind()) {
            case NAMED -> a.speaker();
            case PRONOUN -> focus(scan, a.position());
            case ORGANISATION_PRONOUN -> a.title() == null ? within(scan.organisations.lowerEntry(a.position()), sentence)
                    : headed(scan, a.title(), a.position(), sentence);
            case TITLE -> byTitle(scan, a.title(), a.speaker(), a.position(), sentence);
            case AGE -> {
                ActorResolver.Group aged = titled(scan, a.title(), null, a.position(), sentence);
                yield aged != null ? aged : focus(scan, a.position()); // an age the text did not give
            }
            case UNNAMED -> null;
        };
    }

    /** The organisation of a recent clause, when it is near enough to be the one the text refers to. */
    private static ActorResolver.Group within(Map.Entry<Integer, Subject> entry, int sentence) {
        return entry != null && sentence - entry.getValue().sentence() <= REFERENCE_REACH ? entry.getValue().group()
                : null;
    }

    /**
     * "the league" for the Western Hockey League: the latest organisation near enough whose name ends in the noun,
     * else the organisation of a recent clause. Only so many mentions are looked at, as for a title.
     */
    private static ActorResolver.Group headed(Scan scan, String noun, int position, int sentence) {
        ActorResolver.Group named = latestOrganisation(scan, position, sentence, c -> namedWith(scan.tokens, c.group, noun));
        if (named != null) {
            return named;
        }
        // the organisation in focus, else the latest whose name says it is one of the kind: "the union" of the UAW
        ActorResolver.Group subject = within(scan.organisations.lowerEntry(position), sentence);
        return subject != null ? subject : latestOrganisation(scan, position, sentence, c -> namesKind(scan.tokens, c, noun));
    }

    /** "the museum" for MASP, the São Paulo Museum of Art: an organisation one of whose names holds the noun. */
    private static boolean namedWith(List<Token> tokens, ActorResolver.Group g, String noun) {
        for (Candidate m : g.members) {
            for (int k = m.first; k < m.last; k++) {
                if (tokens.get(k).text.equalsIgnoreCase(noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ActorResolver.Group latestOrganisation(Scan scan, int position, int sentence, Predicate<Candidate> test) {
        int looked = 0;
        for (Map.Entry<Integer, Candidate> e = scan.organisationMentions.lowerEntry(position);
                e != null && looked++ < TITLED_MENTIONS_REACH; e = scan.organisationMentions.lowerEntry(e.getKey())) {
            Candidate c = e.getValue();
            if (sentence - scan.tokens.get(c.first).sentence > HEADED_REACH) {
                break;
            }
            if (test.test(c)) {
                return c.group;
            }
        }
        return null;
    }

    /**
     * Whether an organisation's name says it is of the kind the noun is: "the union" for the United Auto Workers, "the
     * agency" for FEMA, "the hospital" for Atrium Health Navicent.
     */
    private static boolean namesKind(List<Token> tokens, Candidate c, String noun) {
        Set<String> words = KIND_WORDS.get(noun);
        if (words == null) {
            return false;
        }
        for (int k = c.first; k < c.last; k++) {
            if (words.contains(tokens.get(k).text)) {
                return true;
            }
        }
        return noun.equals("agency") && c.words() == 1 && tokens.get(c.first).allCaps();
    }

    /**
     * The person near enough whose name the title came before: "Finance Minister Jane Doe" or "the senior coroner for
     * Cornwall, Dr. Jane Doe" for "the minister" and "the coroner", or whose apposition holds it. The person must be
     * named in the last few sentences, with the title there or earlier; only so many mentions are looked at, so that a
     * text of one endless sentence is not read again at each quote.
     */
    /**
     * Who "the minister" or "the Derry manager" is: the person titled so, else for a title with its owner the person in
     * focus ("His opposite number, Ruairí Kerrigan, ... the Derry manager said": a title the text did not give him).
     */
    private ActorResolver.Group byTitle(Scan scan, String title, ActorResolver.Group owner, int position, int sentence) {
        ActorResolver.Group titled = titled(scan, title, owner, position, sentence);
        return titled != null || owner == null ? titled : focus(scan, position);
    }

    /**
     * The latest person near enough whose title the text gave; with an owner, one it gave beside the owner's name:
     * "Derry City manager Ruaidhri Higgins" is the Derry manager, "Rovers manager Declan Fahy" not.
     */
    private ActorResolver.Group titled(Scan scan, String title, ActorResolver.Group owner, int position, int sentence) {
        // the persons named lately, the latest first, and those of them the text gave the title
        Set<ActorResolver.Group> recent = new LinkedHashSet<>();
        Set<ActorResolver.Group> titled = new HashSet<>();
        int looked = 0;
        for (Map.Entry<Integer, Candidate> e = scan.persons.lowerEntry(position); e != null && looked++ < TITLED_MENTIONS_REACH;
                e = scan.persons.lowerEntry(e.getKey())) {
            Candidate c = e.getValue();
            if (sentence - scan.tokens.get(c.first).sentence <= REFERENCE_REACH) {
                recent.add(c.group);
            }
            if ((titledBefore(scan, c, title) || titledInApposition(scan.tokens, c.last, title))
                    && (owner == null || namedBeside(scan, c, owner))) {
                titled.add(c.group);
            }
        }
        // "Works Minister Dalabehera ... the chief minister ... Dalabehera said ... the minister wrote": the latest
        // named of those who hold the title; else the latest named whom the text gave it further back ("Judge Delfina
        // Archuleta-Baca granted ... Archuleta-Baca disagreed ... the judge said")
        return recent.stream().filter(titled::contains).findFirst()
                .orElseGet(() -> recent.stream().filter(g -> owner == null && titledEarlier(scan, g, title, position))
                        .findFirst().orElse(null));
    }

    private boolean titledEarlier(Scan scan, ActorResolver.Group g, String title, int position) {
        for (Candidate c : g.members) {
            if (c.start < position && (titledBefore(scan, c, title) || titledInApposition(scan.tokens, c.last, title))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title comes right before the person's name ("Finance Minister Jane Doe"), or opens a description
     * that a comma ends before it ("the senior coroner for Cornwall, Dr. Jane Doe"), with no verb between.
     */
    private boolean titledBefore(Scan scan, Candidate c, String title) {
        List<Token> tokens = scan.tokens;
        int k = c.first - 1;
        while (k >= 0 && gazetteer.honorifics.contains(tokens.get(k).text)) {
            if (holds(tokens.get(k), title)) {
                return true; // "Sen. Jane Doe"
            }
            k--;
        }
        boolean described = k >= 0 && tokens.get(k).is(",");
        for (int m = k; m >= Math.max(0, c.first - TITLE_REACH); m--) {
            Token t = tokens.get(m);
            if (holds(t, title)) {
                return true;
            }
            boolean verb = t.isWord() && !t.capitalised() && lexicon.canBeFiniteVerb(t.text) && !gazetteer.isTitleWord(t);
            // without a comma, only a title with its complement: "Deputy Minister of High Energy Technologies"
            boolean titleCase = t.capitalised() || TITLE_COMPLEMENT.contains(t.text) || gazetteer.isTitleWord(t);
            Candidate other = scan.covering[m];
            if (t.sentence != tokens.get(c.first).sentence || t.isQuoteMark() || verb
                    || !described && (!titleCase || other != null && other.group.type == ActorType.PERSON)) {
                return false;
            }
        }
        return false;
    }

    /** "Jane Doe, an epidemiologist at the institute,": the title in the words between commas after a name. */
    private static boolean titledInApposition(List<Token> tokens, int afterName, String title) {
        if (afterName >= tokens.size() || !tokens.get(afterName).is(",")) {
            return false;
        }
        for (int k = afterName + 1; k < Math.min(tokens.size(), afterName + 1 + APPOSITION_REACH); k++) {
            Token t = tokens.get(k);
            if (t.is(",") || endsSentence(t) || PREPOSITIONS.contains(t.text) || t.isQuoteMark()) {
                return false; // '"..., Mr Paraone," the judge said': no apposition of his
            }
            if (holds(t, title)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word gives the title, or the age a title of "the 41-year-old" is. */
    private static boolean holds(Token t, String title) {
        return t.lower().equals(title) || TITLE_FORMS.getOrDefault(title, Set.of()).contains(t.lower())
                || t.text.length() == title.length() + YEARS_OLD.length()
                && t.text.startsWith(title) && t.text.endsWith(YEARS_OLD);
    }

    /** The person named right after the verb at {@code v}, after at most a title or an honorific: "said Dr. Jane Doe". */
    private static Candidate personAfter(Scan scan, int v) {
        Map.Entry<Integer, Candidate> next = scan.persons.ceilingEntry(scan.tokens.get(v).end);
        if (next == null) {
            return null;
        }
        Candidate c = next.getValue();
        return c.first > v && c.first - v <= INVERTED_REACH && scan.tokens.get(c.first).sentence == scan.tokens.get(v).sentence
                && noneBetweenIsPunctuation(scan.tokens, v + 1, c.first) ? c : null;
    }

    private static boolean noneBetweenIsPunctuation(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).kind == Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** The person in focus before {@code position}: the latest named speaker or subject of a clause. */
    private static ActorResolver.Group focus(Scan scan, int position) {
        Map.Entry<Integer, ActorResolver.Group> latest = scan.focus.lowerEntry(position);
        return latest == null ? null : latest.getValue();
    }

    private static int firstOf(List<Token> tokens, Set<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.contains(tokens.get(k).text)) {
                return k;
            }
        }
        return -1;
    }

    private int firstSpeechVerb(List<Token> tokens, int from, int to) {
        return firstOf(tokens, gazetteer.speechVerbs, from, to);
    }

    private int lastSpeechVerb(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (isSpeechVerb(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private boolean isSpeechVerb(Token t) {
        return t.isWord() && !t.capitalised() && gazetteer.speechVerbs.contains(t.text);
    }

    private static boolean endsSentence(Token t) {
        return t.is(".") || t.is("!") || t.is("?");
    }

    /** The first word from {@code from} to {@code to} that can be a clause's verb, or -1. */
    private int firstFiniteVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalised() && lexicon.canBeFiniteVerb(t.text) && !determined(tokens, k)
                    && !inTitle(tokens, k, to)) {
                return k;
            }
        }
        return -1;
    }

    /** "Winnipeg head coach Dale Szymanski was blunt:": a word of a title, or one before it, is no verb. */
    private boolean inTitle(List<Token> tokens, int k, int to) {
        return gazetteer.isTitleWord(tokens.get(k)) || k + 1 < to && gazetteer.isTitleWord(tokens.get(k + 1));
    }

    /** "Her reply", "the report": after a determiner, a word that can be a verb is a noun. */
    private static boolean determined(List<Token> tokens, int k) {
        return k > 0 && DETERMINERS.contains(tokens.get(k - 1).lower());
    }

    private static int words(List<Token> tokens, Span s) {
        int words = 0;
        int end = s.close() >= 0 ? s.close() : s.last() + 1;
        for (int k = s.open() + 1; k < end; k++) {
            if (tokens.get(k).kind != Token.Kind.PUNCT) {
                words++;
            }
        }
        return words;
    }
}
