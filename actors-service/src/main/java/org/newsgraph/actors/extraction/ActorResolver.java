package org.newsgraph.actors.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Groups the names of one text into actors, types them and picks each actor's name, aliases and roles. */
final class ActorResolver {

    /** The legal form that ends a company's name: "Acme Corp.", "Veridian Ltd", "Pirelli S.p.A.". */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC",
            "plc", "PLC", "GmbH", "S.A.", "S.R.L.", "S.p.A.", "S.L.", "Ltda", "Ltda.", "N.V.", "B.V.", "S.A.S.", "A/S",
            "Oyj", "Tbk", "Bhd", "Berhad", "C.V.");
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "The", "and", "for", "de", "&");
    /** The census's commonest surnames, family names even where someone also bears one as a given name ("Ruiz"). */
    private static final int COMMON_SURNAMES = 1_000;
    /** How many actors sharing an acronym's initials are tried for it; news never has as many. */
    private static final int ACRONYM_REACH = 64;

    /** The names of one actor. */
    static final class Group {
        final List<Candidate> members = new ArrayList<>();
        /** How many of the names of two words or more start with each word. */
        private final Map<String, Integer> firstWords = new HashMap<>();
        /** Where the group stands among the groups as first made; one merged into another takes the other's place. */
        int order;
        ActorType type;
        String name;
        /** The name the registry knows the actor by: a listed country's usual name, else {@link #name}. */
        String registryName;
        /** What the last decision weighed, and what it found; none since names came or left. */
        String[] features;
        ActorDecision.Verdict verdict;
        boolean actor;
        private KnownActor known;
        /** Its forms inside other actors' names: "U.S." of "U.S. Congress" for the United States. */
        private final List<String> formsInside = new ArrayList<>(0);

        void add(Candidate c) {
            members.add(c);
            c.group = this;
            verdict = null;
            if (c.words() > 1) {
                firstWords.merge(c.firstWord, 1, Integer::sum);
            }
        }

        /**
         * The curated entry of the group's fullest name, which makes it an actor of the listed type with no other
         * evidence; null when none, or when the listed name is only the short form of a longer one or a demonym.
         */
        Gazetteer.Entry listedName() {
            int fullest = members.stream().mapToInt(Candidate::words).max().orElse(0);
            for (Candidate c : members) {
                if (c.entry != null && !c.entry.demonym() && c.words() == fullest) {
                    return c.entry;
                }
            }
            return null;
        }

        /** Stops counting a name that leaves; the caller takes it out of {@link #members}. */
        void forget(Candidate c) {
            verdict = null;
            if (c.words() > 1) {
                firstWords.computeIfPresent(c.firstWord, (word, count) -> count == 1 ? null : count - 1);
            }
        }

        /** Whether every name of two words or more starts with {@code first}. */
        boolean onlyFirstName(String first) {
            return firstWords.isEmpty() || firstWords.size() == 1 && firstWords.containsKey(first);
        }

        /** The registry actor the group's name links to, once the text has decided who it is; else null. */
        KnownActor known() {
            return known;
        }

        int firstStart() {
            return members.get(0).start;
        }
    }

    private final Gazetteer gazetteer;
    private final ActorFeatures features;
    private final Lexicon lexicon;
    /** Words before a storm's name; not "Storm", also a given name. */
    /** Words between a place's name and its head that leave the name meaning the place: "Lopé National Park". */
    private static final Set<String> PLACE_HEAD_MODIFIERS = Set.of("National", "Marine", "Natural", "Nature",
            "Regional", "Provincial", "Historic", "Scenic", "Wildlife", "Game", "Forest");
    /** What a dateline, "X, Pakistan" or "the town of X" gives a name: a place, whatever else it names. */
    private static final int STRONG_LOCATION_CUES = 2;
    /** Heads of the public bodies of a place, named after it: "Macon Water Authority", "Boston University". */
    private static final Set<String> PUBLIC_BODY_HEADS = Set.of("Authority", "Council", "Department", "Board",
            "Commission", "Police", "Agency", "Office", "District", "University", "College", "Schools", "Library",
            "Transit", "Utilities");
    private static final Set<String> STORMS = Set.of("Hurricane", "Cyclone", "Typhoon");
    /** A court case's "v."; "vs." is also a match's ("Arsenal vs. Chelsea"). */
    private static final Set<String> VERSUS = Set.of("v.", "v");

    /** "also known as", "better known as", "formerly known as". */
    private static final Set<String> KNOWN_AS_ADVERBS = Set.of("also", "better", "widely", "popularly", "commonly",
            "formerly", "locally", "affectionately");

    private final ActorDecision decision;

    ActorResolver(Gazetteer gazetteer, Lexicon lexicon, ActorDecision decision) {
        this.gazetteer = gazetteer;
        this.features = new ActorFeatures(gazetteer, lexicon);
        this.lexicon = lexicon;
        this.decision = decision;
    }

    /** Every group of names, actors or not ({@link Group#actor}); the names of those that are not lose their group. */
    List<Group> resolve(List<Token> tokens, List<Candidate> candidates, Deadline deadline) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Candidate> generics = new ArrayList<>();
        for (Candidate c : candidates) {
            deadline.check();
            if (c.generic) {
                generics.add(c);
                continue;
            }
            byKey.computeIfAbsent(key(tokens, c), k -> new Group()).add(c);
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).order = i;
        }
        Set<String> lowerCaseWords = lowerCaseWords(tokens);
        // Grouping asks the type only of names of several words and of names restated beside another; the rest are
        // decided once, when grouped.
        Set<Group> typedEarly = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.group != null && (c.words() > 1 || c.restated != null)) {
                typedEarly.add(c.group);
            }
            if (c.restated != null && c.restated.group != null) {
                typedEarly.add(c.restated.group);
            }
        }
        for (Group g : groups) {
            if (typedEarly.contains(g)) {
                g.type = decide(tokens, g, lowerCaseWords).type();
            }
        }
        mergeCapitalsIntoListed(tokens, candidates);
        for (Candidate c : candidates) {
            deadline.check();
            if (c.restated != null && c.group != null && c.restated.group != null && c.group != c.restated.group
                    && sameActor(tokens, c, c.restated)) {
                merge(c.group, c.restated.group);
            }
        }
        mergeAcronyms(tokens, candidates, deadline);
        mergeNicknames(candidates);
        mergePeopleInTheNews(candidates);
        mergeKnownAs(tokens, candidates);
        mergeReversedNames(candidates);
        assignShortNames(tokens, candidates, deadline);
        groups.removeIf(g -> g.members.isEmpty());
        groups.sort(Comparator.comparingInt(g -> g.order));
        attachGenerics(tokens, generics, groups);
        Set<String> stormNames = stormNames(tokens, candidates);
        for (Group g : groups) {
            deadline.check();
            g.members.sort(Comparator.comparingInt(c -> c.start));
            ActorDecision.Verdict verdict = g.verdict != null ? g.verdict : decide(tokens, g, lowerCaseWords);
            // decided last, so that names are grouped as the model was taught
            if (g.members.stream().anyMatch(c -> COMPANY_SUFFIXES.contains(c.lastWord))) {
                verdict = new ActorDecision.Verdict(ActorType.ORGANIZATION, true);
            } else if (!verdict.actor() && g.members.stream().anyMatch(this::givenNameAndSurname)
                    || g.members.stream().anyMatch(c -> c.words() == 2 && gazetteer.isKoreanGivenName(c.lastWord))) {
                verdict = new ActorDecision.Verdict(ActorType.PERSON, true);
            }
            if (namesStorm(g, stormNames)) {
                verdict = new ActorDecision.Verdict(verdict.type(), false);
            }
            g.type = verdict.type();
            g.name = name(g);
            g.registryName = registryName(g);
            g.actor = verdict.actor();
            if (!g.actor) {
                g.members.forEach(c -> c.group = null);
            }
        }
        groups.sort(Comparator.comparingInt(Group::firstStart));
        nameCountriesOpeningNames(tokens, groups);
        return groups;
    }

    /** "U.S." of "U.S. Congress" is a form of the United States wherever the text names the country itself. */
    private void nameCountriesOpeningNames(List<Token> tokens, List<Group> groups) {
        Map<String, Group> countries = new HashMap<>();
        for (Group g : groups) {
            for (Candidate c : g.members) {
                if (g.actor && c.entry != null && gazetteer.isCountry(c.entry.name())) {
                    countries.putIfAbsent(c.entry.name(), g);
                }
            }
        }
        if (countries.isEmpty()) {
            return;
        }
        for (Group g : groups) {
            for (Candidate c : g.members) {
                Gazetteer.Entry opening = g.actor && g.type != ActorType.LOCATION && c.words() > 1
                        ? gazetteer.matchAt(tokens, c.first, c.last - 1) : null;
                Group country = opening == null || opening.demonym() ? null : countries.get(opening.name());
                if (country != null) {
                    Token last = tokens.get(c.first + opening.tokens().length - 1);
                    country.formsInside.add(c.text.substring(0, last.end - c.start));
                }
            }
        }
    }

    /**
     * Links each actor the text decided on to the registry actor of its fullest name and type, once the text has said
     * who is who: the registry never splits what the text names once, nor says whom a name in it means.
     */
    void link(List<Group> groups, KnownActors known) {
        Map<String, KnownActor> found = known.findAll(groups.stream().map(g -> g.registryName).toList());
        for (Group g : groups) {
            KnownActor actor = found.get(g.registryName);
            g.known = actor != null && actor.type() == g.type ? actor : null;
        }
    }

    /** One key for the forms of one name: "U.S. Congress" and "United States Congress" share "united states congress". */
    private String key(List<Token> tokens, Candidate c) {
        if (c.entry != null) {
            return "listed:" + c.entry.type() + ":" + c.entry.name();
        }
        String text = c.text;
        Gazetteer.Entry place = gazetteer.matchAt(tokens, c.first, c.last);
        if (place != null && place.type() == ActorType.LOCATION && !place.demonym()) {
            Token last = tokens.get(c.first + place.tokens().length - 1);
            text = place.name() + c.text.substring(last.end - c.start);
        }
        text = text.toLowerCase(Locale.ROOT);
        return "name:" + (text.startsWith("the ") ? text.substring(4) : text);
    }

    /**
     * Makes two groups one actor with {@code into}'s type and place. The names of the smaller move to the larger, so
     * that a chain of merges moves each name a few times at most, not once per merge.
     */
    private static void merge(Group into, Group from) {
        if (into == from) {
            return;
        }
        Group kept = into.members.size() >= from.members.size() ? into : from;
        Group emptied = kept == into ? from : into;
        kept.type = into.type;
        kept.order = into.order;
        for (Candidate c : emptied.members) {
            kept.add(c);
        }
        emptied.members.clear();
        emptied.firstWords.clear();
    }

    /** "Bibi said", after 'Benjamin "Bibi" Netanyahu' named him: a nickname the text gave is that person's. */
    private static void mergeNicknames(List<Candidate> candidates) {
        Map<String, Group> byNickname = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.nickname != null && c.group != null) {
                byNickname.putIfAbsent(c.nickname.toLowerCase(Locale.ROOT), c.group);
            }
        }
        if (byNickname.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            Group named = c.group == null ? null : byNickname.get(c.text.toLowerCase(Locale.ROOT));
            if (named != null && named.type == ActorType.PERSON) {
                merge(named, c.group);
            }
        }
    }

    /**
     * "Lula" and "Luiz Inácio Lula da Silva", "Bibi" and "Benjamin Netanyahu": names of one person in the news. A family
     * name still goes to the nearest earlier full name after ({@link #assignShortNames}): "Erdoğan" after "Bilal Erdoğan".
     */
    private void mergePeopleInTheNews(List<Candidate> candidates) {
        Map<String, Group> byPerson = null;
        for (Candidate c : candidates) {
            String person = c.group == null || c.entry != null ? null : gazetteer.personInTheNews(c.text);
            if (person != null) {
                byPerson = byPerson == null ? new HashMap<>() : byPerson;
                Group first = byPerson.putIfAbsent(person, c.group);
                if (first != null) {
                    merge(first, c.group);
                    byPerson.put(person, c.group);
                }
            }
        }
    }

    /** "Kovács Eszter" for Eszter Kovács: a person's two names in the other order, as Hungarian and Japanese write them. */
    private static void mergeReversedNames(List<Candidate> candidates) {
        Map<String, Group> people = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.words() == 2 && c.entry == null && c.group != null && c.group.type == ActorType.PERSON) {
                people.putIfAbsent((c.firstWord + " " + c.lastWord).toLowerCase(Locale.ROOT), c.group);
            }
        }
        for (Candidate c : candidates) {
            Group person = c.words() == 2 && c.entry == null && c.group != null
                    ? people.get((c.lastWord + " " + c.firstWord).toLowerCase(Locale.ROOT)) : null;
            if (person != null && person != c.group) {
                merge(person, c.group);
            }
        }
    }

    /**
     * "BERLIN (Reuters) —" after a headline, or a name shouted in capitals, is the listed place or organisation the
     * text also writes in its usual case. Only words of four letters or more: "US" and "UN" are listed as such.
     */
    private static void mergeCapitalsIntoListed(List<Token> tokens, List<Candidate> candidates) {
        Map<String, Group> listed = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.entry != null && !c.entry.demonym() && c.group != null) {
                listed.putIfAbsent(c.text.toLowerCase(Locale.ROOT), c.group);
            }
        }
        for (Candidate c : candidates) {
            if (c.entry == null && c.group != null && c.words() == 1 && c.text.length() >= 4
                    && tokens.get(c.first).allCaps()) {
                Group named = listed.get(c.text.toLowerCase(Locale.ROOT));
                if (named != null) {
                    merge(named, c.group);
                }
            }
        }
    }

    /** "Mohamed Hamdan Dagalo, known as Hemedti,", "Mumbai (formerly known as Bombay)": one actor by two names. */
    private static void mergeKnownAs(List<Token> tokens, List<Candidate> candidates) {
        Candidate before = null;
        for (Candidate c : candidates) {
            if (before != null && before.group != null && c.group != null) {
                int opening = knownAsOpening(tokens, c.first);
                if (opening == before.last && (tokens.get(opening).is(",") || tokens.get(opening).is("("))) {
                    merge(before.group, c.group);
                }
            }
            before = c;
        }
    }

    /**
     * Where ", known as", "(nicknamed" or ", dubbed" before the name at {@code name}, quoted or not, opens: its comma or
     * bracket; else -1.
     */
    private static int knownAsOpening(List<Token> tokens, int name) {
        int k = name > 0 && tokens.get(name - 1).isQuoteMark() ? name - 2 : name - 1;
        if (k >= 2 && tokens.get(k).is("as") && tokens.get(k - 1).is("known")) {
            k -= 2;
            return KNOWN_AS_ADVERBS.contains(tokens.get(k).text) ? k - 1 : k;
        }
        return k >= 1 && (tokens.get(k).is("nicknamed") || tokens.get(k).is("dubbed")) ? k - 1 : -1;
    }

    /** A name and the one restated after it: an acronym, a nickname, or the same person's full name. */
    private boolean sameActor(List<Token> tokens, Candidate outside, Candidate inside) {
        if (isAcronymOf(outside, tokens, inside) || isAcronymOf(inside, tokens, outside)) {
            return true;
        }
        if (outside.acronymFollows && outside.group.type != ActorType.PERSON && inside.entry == null) {
            return true; // "Democratic Party (PD)": the acronym of a name in another language
        }
        if (!outside.acronymFollows && outside.group.type == ActorType.ORGANIZATION
                && inside.group.type == ActorType.ORGANIZATION) {
            return true; // "Gavi, the Vaccine Alliance,"
        }
        boolean outsideUnlisted = outside.entry == null;
        boolean insideUnlisted = inside.entry == null;
        if (outside.group.type == ActorType.PERSON && inside.group.type == ActorType.PERSON) {
            return outsideUnlisted || insideUnlisted;
        }
        // "Bibi (Benjamin Netanyahu)" is a nickname; "Jared Moseti (ODM)" names his party
        return outsideUnlisted && isNickname(tokens, outside) && inside.group.type == ActorType.PERSON
                || insideUnlisted && isNickname(tokens, inside) && outside.group.type == ActorType.PERSON;
    }

    private static boolean isNickname(List<Token> tokens, Candidate c) {
        return c.words() == 1 && !tokens.get(c.first).allCaps();
    }

    /** "PLO" for "Palestine Liberation Organization". */
    private static boolean isAcronymOf(Candidate acronym, List<Token> tokens, Candidate name) {
        return acronym.words() == 1 && tokens.get(acronym.first).allCaps()
                && initials(tokens, name).contains(acronym.text.replace(".", ""));
    }

    /**
     * "UNHCR" for United Nations High Commissioner for Refugees, "SDF" as well as "SF" for Self-Defense Forces (a
     * hyphenated word gives the initial of each part or of its first), and "CBUAE" for Central Bank of the UAE (an
     * acronym inside the name gives all its letters); nothing for a name of one word.
     */
    private static List<String> initials(List<Token> tokens, Candidate name) {
        if (name.words() < 2) {
            return List.of();
        }
        StringBuilder byWord = new StringBuilder();
        StringBuilder byPart = new StringBuilder();
        StringBuilder keepingAcronyms = new StringBuilder();
        for (int k = name.first; k < name.last; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !ACRONYM_SKIPS.contains(t.text)) {
                char initial = Character.toUpperCase(t.text.charAt(0));
                byWord.append(initial);
                if (t.allCaps()) {
                    keepingAcronyms.append(t.text.replace(".", ""));
                } else {
                    keepingAcronyms.append(initial);
                }
                for (String part : t.text.split("-")) {
                    if (!part.isEmpty()) {
                        byPart.append(Character.toUpperCase(part.charAt(0)));
                    }
                }
            }
        }
        if (byWord.length() < 2) {
            return List.of();
        }
        return Stream.of(byWord, byPart, keepingAcronyms).map(StringBuilder::toString).distinct().toList();
    }

    /**
     * An acronym joins the first organisation or place it abbreviates ("NSW" for New South Wales). Names are looked up by their initials, and of each
     * actor only its first name is kept: merging only ever joins actors, so whichever name would be taken is the
     * first of its actor, and a text repeating a name and its acronym a hundred thousand times is read in one pass.
     */
    private static void mergeAcronyms(List<Token> tokens, List<Candidate> candidates, Deadline deadline) {
        Map<String, Map<Group, Candidate>> byInitials = new HashMap<>();
        for (Candidate name : candidates) {
            if (name.group != null) {
                initials(tokens, name).forEach(initials -> byInitials
                        .computeIfAbsent(initials, k -> new LinkedHashMap<>()).putIfAbsent(name.group, name));
            }
        }
        for (Candidate acronym : candidates) {
            deadline.check();
            if (acronym.group == null || acronym.words() != 1
                    || !tokens.get(acronym.first).allCaps()) {
                continue;
            }
            int tried = 0;
            for (Candidate name : byInitials.getOrDefault(acronym.text.replace(".", ""), Map.of()).values()) {
                if (name.group != acronym.group && name.group.type != ActorType.PERSON) {
                    merge(name.group, acronym.group);
                    break;
                }
                if (++tried == ACRONYM_REACH) {
                    break;
                }
            }
        }
    }

    /**
     * Shorter names for an actor named in full: "Trump" for Donald Trump, "Liu" for Liu Zhenmin,
     * "Veridian" for Veridian Semiconductor Corp. Each goes to the nearest earlier full name.
     */
    private void assignShortNames(List<Token> tokens, List<Candidate> candidates, Deadline deadline) {
        FullNames fullNames = new FullNames(tokens, candidates);
        Set<Group> places = placesByTheirMentions(candidates);
        Set<Group> left = new HashSet<>();
        for (Candidate c : candidates) {
            deadline.check();
            // a country's name stays the country's, but for one that speaks: "Jordan told reporters" after Jim Jordan
            if (c.group == null || c.entry != null
                    && (c.entry.demonym() || gazetteer.isCountry(c.entry.name()) && !(c.speaker && c.words() == 1))) {
                continue;
            }
            Candidate best = places.contains(c.group) ? null : fullNames.nearest(c, full -> full.group != null
                    && full.group != c.group && isShortNameOf(tokens, c, full));
            if (best != null) {
                c.group.forget(c);
                left.add(c.group);
                best.group.add(c);
            }
        }
        // Taken out of the groups they left all at once: one by one, each would be a search of its group.
        for (Group g : left) {
            g.members.removeIf(m -> m.group != g);
        }
    }

    /**
     * The longer names a short one may stand for, by their first and by their last word and their length: a short
     * name shares one of those words with its full name, so only those few are looked at, nearest first, and a text
     * that repeats one name a hundred thousand times costs no more than its length.
     */
    private static final class FullNames {

        /** Further than this many names of one length and end word, no full name is sought; news never has as many. */
        private static final int REACH = 64;

        /** By the first or the last word, then by the number of words: where the names are in reading order. */
        private final Map<String, Map<Integer, List<Integer>>> byFirstWord = new HashMap<>();
        private final Map<String, Map<Integer, List<Integer>>> byLastWord = new HashMap<>();
        /** By a word between the first and the last of a name of three words or more: "Quispe" of Rosa Quispe Mamani. */
        private final Map<String, Map<Integer, List<Integer>>> byInnerWord = new HashMap<>();
        private final List<Candidate> candidates;

        FullNames(List<Token> tokens, List<Candidate> candidates) {
            this.candidates = candidates;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.words() > 1) {
                    byFirstWord.computeIfAbsent(fold(c.firstWord), k -> new HashMap<>())
                            .computeIfAbsent(c.words(), k -> new ArrayList<>()).add(i);
                    // "Robert Downey Jr." ends in Downey too
                    int end = NameFinder.endBeforeSuffixes(tokens, c);
                    String lastWord = end < c.last ? tokens.get(end - 1).text : c.lastWord;
                    byLastWord.computeIfAbsent(fold(lastWord), k -> new HashMap<>())
                            .computeIfAbsent(c.words(), k -> new ArrayList<>()).add(i);
                }
                for (int k = c.first + 1; k < c.last - 1; k++) {
                    if (tokens.get(k).capitalised()) {
                        byInnerWord.computeIfAbsent(fold(tokens.get(k).text), w -> new HashMap<>())
                                .computeIfAbsent(c.words(), w -> new ArrayList<>()).add(i);
                    }
                }
            }
        }

        /**
         * The nearest earlier longer name that shares the short one's first or last word and passes the test, else
         * the first later one; failing both, one that holds the short name's one word inside ("Quispe" of Rosa
         * Quispe Mamani), so that Santillán stays Rogelio Santillán's name beside his son Emiliano Santillán Ruiz.
         */
        Candidate nearest(Candidate shortName, Predicate<Candidate> test) {
            Candidate found = nearest(shortName, test, List.of(byFirstWord.getOrDefault(fold(shortName.firstWord), Map.of()),
                    byLastWord.getOrDefault(fold(shortName.lastWord), Map.of())));
            // one word inside a longer name: "Quispe" of Rosa Quispe Mamani; or a family name with its particles,
            // found by its last word: "de la Barra" of Tomás de la Barra Ugarte
            boolean particled = shortName.words() > 1 && NameFinder.PARTICLES.contains(shortName.firstWord.toLowerCase(Locale.ROOT));
            return found != null || shortName.words() > 1 && !particled ? found
                    : nearest(shortName, test, List.of(byInnerWord.getOrDefault(fold(shortName.lastWord), Map.of())));
        }

        private Candidate nearest(Candidate shortName, Predicate<Candidate> test,
                List<Map<Integer, List<Integer>>> byLengths) {
            int before = -1;
            int after = -1;
            for (Map<Integer, List<Integer>> byLength : byLengths) {
                for (Map.Entry<Integer, List<Integer>> found : byLength.entrySet()) {
                    if (found.getKey() > shortName.words()) {
                        before = better(before, lastBefore(found.getValue(), shortName, test), true);
                        after = better(after, firstFrom(found.getValue(), shortName, test), false);
                    }
                }
            }
            return before >= 0 ? candidates.get(before) : after >= 0 ? candidates.get(after) : null;
        }

        /** Lists hold candidates in reading order, so the walk starts next to the short name and stops at the first fit. */
        private int lastBefore(List<Integer> found, Candidate shortName, Predicate<Candidate> test) {
            int from = firstAtOrAfter(found, shortName.start) - 1;
            for (int k = from; k >= 0 && from - k < REACH; k--) {
                if (test.test(candidates.get(found.get(k)))) {
                    return found.get(k);
                }
            }
            return -1;
        }

        private int firstFrom(List<Integer> found, Candidate shortName, Predicate<Candidate> test) {
            int from = firstAtOrAfter(found, shortName.start);
            for (int k = from; k < found.size() && k - from < REACH; k++) {
                if (test.test(candidates.get(found.get(k)))) {
                    return found.get(k);
                }
            }
            return -1;
        }

        private int firstAtOrAfter(List<Integer> found, int start) {
            int low = 0;
            int high = found.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (candidates.get(found.get(middle)).start < start) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /** Candidates never share a start, and their indices run in reading order. */
        private static int better(int current, int challenger, boolean latest) {
            if (challenger < 0 || current < 0) {
                return current < 0 ? challenger : current;
            }
            boolean wins = latest ? challenger > current : challenger < current;
            return wins ? challenger : current;
        }

        /** A word as {@link String#equalsIgnoreCase} compares it, so that the names it matches share a key. */
        private static String fold(String word) {
            StringBuilder folded = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(word.codePointAt(i))));
            }
            return folded.toString();
        }
    }

    /**
     * The names a mention says for sure are places, with all their other mentions: "FAISALABAD, Pakistan (AFP)" makes
     * every "Faisalabad" the city, whatever its Chamber of Commerce.
     */
    private Set<Group> placesByTheirMentions(List<Candidate> candidates) {
        Set<Group> places = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.locationCues >= STRONG_LOCATION_CUES && c.group != null) {
                places.add(c.group);
            }
        }
        return places;
    }

    private boolean isShortNameOf(List<Token> tokens, Candidate part, Candidate full) {
        // "in London" is the city, whoever Jack London is; "near Exeter" the town, whatever Exeter School is; and
        // "residents of Leicester" the city, whatever the Leicester Herald is: but "Canberra led" may be its team
        boolean place = part.dateline || part.locationCues > 0 && (gazetteer.placeNames.contains(part.text)
                || part.entry != null && part.entry.type() == ActorType.LOCATION
                || part.words() > 1 && gazetteer.placeHeads.contains(part.lastWord)); // "in Chatham County"
        if (place) {
            return false;
        }
        if (full.group.type == ActorType.PERSON) {
            if (endsWith(tokens, full, part) || givenAndFamilyName(tokens, full, part)
                    || firstFamilyName(tokens, full, part) || innerFamilyName(tokens, full, part)) {
                return true;
            }
            // a family name written first, or a given name only one person has: a listed one, or a word that names
            // nothing else ("Tedros" for Tedros Adhanom Ghebreyesus)
            boolean givenName = gazetteer.isGivenName(part.text) || part.entry == null
                    && !gazetteer.placeNames.contains(part.text) && !lexicon.isCommon(tokens.get(part.first).lower())
                    && !lexicon.isProper(part.text);
            return part.words() == 1 && startsWith(tokens, full, part)
                    && (surnameFirst(full) || givenName && uniqueFirstName(part.text, full.group));
        }
        if (part.titled) {
            return false; // "Mr Kanagaratnam" is someone, whatever firm bears his name
        }
        if (full.group.type == ActorType.LOCATION) {
            // "Jeju" for Jeju Island, "Clare" for County Clare, "Cleveland" for the City of Cleveland; not "Mexico"
            // for the Gulf of Mexico, a place of its own
            return part.entry == null && part.words() == 1 && onlyPlaceHeadsBeside(tokens, full, part)
                    && !(gazetteer.placeNames.contains(part.text) && namesLandform(tokens, full));
        }
        if (full.group.type != ActorType.ORGANIZATION) {
            return false;
        }
        if (part.entry != null) {
            // "Congress" for the United States Congress, a listed name after the place it belongs to
            return teamCalledByItsPlace(tokens, full, part)
                    || part.entry.type() == ActorType.ORGANIZATION && afterItsPlace(tokens, full, part);
        }
        // "most of Macon" is the city the Macon Water Authority serves, unless the city's name does something
        boolean placeOfABody = gazetteer.placeNames.contains(part.text) && PUBLIC_BODY_HEADS.contains(full.lastWord)
                && !part.subject && !part.speaker;
        return startsWith(tokens, full, part) && !gazetteer.givenNames.contains(part.firstWord) && !placeOfABody
                || afterItsPlace(tokens, full, part);
    }

    /**
     * "Canberra led 12-6" after the Canberra Raiders: a team called by the town it is named after, as the subject of
     * its clause; not a country ("Brazil beat Argentina"), nor the town of a firm named by its kind ("Washington Post").
     */
    private boolean teamCalledByItsPlace(List<Token> tokens, Candidate full, Candidate part) {
        return part.subject && part.words() == 1 && full.words() > 1 && part.entry.type() == ActorType.LOCATION
                && !part.entry.demonym() && !gazetteer.isCountry(part.entry.name())
                && startsWith(tokens, full, part) && !headedAnywhere(tokens, full);
    }

    /** "Arizona Department of Water Resources": an organisation's head, wherever in the name, says it is no team. */
    private boolean headedAnywhere(List<Token> tokens, Candidate full) {
        for (int k = full.first + 1; k < full.last; k++) {
            if (gazetteer.orgHeads.contains(tokens.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    /** "Teodora" of "Hurricane Teodora": what the text calls its storms, named as people are. */
    private static Set<String> stormNames(List<Token> tokens, List<Candidate> candidates) {
        Set<String> names = new HashSet<>();
        for (Candidate c : candidates) {
            if (STORMS.contains(c.firstWord) && c.words() > 1) {
                names.add(c.text.substring(tokens.get(c.first + 1).start - c.start));
            } else if (c.first > 0 && STORMS.contains(tokens.get(c.first - 1).text)) {
                names.add(c.text);
            }
        }
        return names;
    }

    /** "Hurricane Teodora ... Teodora weakened": a storm is no actor, wherever its name stands alone. */
    private static boolean namesStorm(Group g, Set<String> stormNames) {
        for (Candidate c : g.members) {
            if (STORMS.contains(c.firstWord) || stormNames.contains(c.text)) {
                return true;
            }
        }
        return false;
    }

    /** "Medellín River", "Lake Geneva": a river or a lake named after a town, which its name alone still means. */
    private boolean namesLandform(List<Token> tokens, Candidate full) {
        for (int k = full.first; k < full.last; k++) {
            if (gazetteer.landformHeads.contains(tokens.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the full name is the part and place heads: "Socotra Island", "County Clare", "City of Cleveland", "Lopé
     * National Park".
     */
    private boolean onlyPlaceHeadsBeside(List<Token> tokens, Candidate full, Candidate part) {
        int from;
        int to;
        if (startsWith(tokens, full, part)) {
            from = full.first + part.words();
            to = full.last;
        } else if (endsWith(tokens, full, part)) {
            from = full.first;
            to = full.last - part.words();
        } else {
            return false;
        }
        boolean head = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean placeHead = gazetteer.placeHeads.contains(t.text);
            if (!placeHead && !t.is("of") && !t.is("the") && !PLACE_HEAD_MODIFIERS.contains(t.text)) {
                return false;
            }
            head |= placeHead;
        }
        return head;
    }

    /** "Patrick Gordon" for Patrick Leopold Gordon: the first and the last word, the middle names left out. */
    private static boolean givenAndFamilyName(List<Token> tokens, Candidate full, Candidate part) {
        return part.words() == 2 && full.words() > 2 && startsWith(tokens, full, part.first, part.first + 1)
                && tokens.get(part.last - 1).text.equalsIgnoreCase(tokens.get(full.last - 1).text);
    }

    /**
     * "Quispe" for Rosa Elena Quispe Mamani, "Ruiz" for Antonio Ruiz de la Fuente: the first of two family names,
     * which Spanish and Portuguese names are called by; a given name between ("Elena", "Luther") calls no one alone.
     */
    private boolean firstFamilyName(List<Token> tokens, Candidate full, Candidate part) {
        int surnameRank = gazetteer.surnameRank(part.text);
        boolean commonSurname = surnameRank > 0 && surnameRank <= COMMON_SURNAMES;
        if (part.words() != 1 || full.words() < 3 || gazetteer.givenNames.contains(part.text)
                || gazetteer.firstNames.contains(part.text) && !commonSurname) {
            return false;
        }
        for (int k = full.first + 1; k < full.last - 1; k++) {
            if (tokens.get(k).text.equalsIgnoreCase(part.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "de la Barra" for Tomás de la Barra Ugarte: a family name with its particles, the first of two, inside the full
     * name after a given name.
     */
    private static boolean innerFamilyName(List<Token> tokens, Candidate full, Candidate part) {
        if (part.words() < 2 || !NameFinder.PARTICLES.contains(part.firstWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int end = NameFinder.endBeforeSuffixes(tokens, full);
        for (int k = full.first + 1; k + part.words() <= end; k++) {
            if (sameWords(tokens, k, part.first, part.last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the part ends the full name and a place is all that comes before it. */
    private boolean afterItsPlace(List<Token> tokens, Candidate full, Candidate part) {
        return endsWith(tokens, full, part) && placeBefore(tokens, full, part);
    }

    /** "Red Sox" for the Boston Red Sox: what follows the place a team or a firm is named after. */
    private boolean placeBefore(List<Token> tokens, Candidate full, Candidate part) {
        int placeEnd = full.last - part.words();
        if (placeEnd <= full.first) {
            return false;
        }
        Gazetteer.Entry listed = gazetteer.matchAt(tokens, full.first, placeEnd);
        boolean listedPlace = listed != null && listed.type() == ActorType.LOCATION && !listed.demonym()
                && full.first + listed.tokens().length == placeEnd;
        StringJoiner place = new StringJoiner(" ");
        for (int k = full.first; k < placeEnd; k++) {
            place.add(tokens.get(k).text);
        }
        return listedPlace || gazetteer.placeNames.contains(place.toString());
    }

    private boolean surnameFirst(Candidate full) {
        return full.words() <= 3 && gazetteer.familyNameFirst(full.firstWord, full.lastWord)
                && !gazetteer.givenNames.contains(full.lastWord);
    }

    private static boolean uniqueFirstName(String first, Group person) {
        return person.onlyFirstName(first);
    }

    private static boolean startsWith(List<Token> tokens, Candidate full, Candidate part) {
        return startsWith(tokens, full, part.first, part.last);
    }

    /** Whether the full name starts with the words [first, last) of another name. */
    private static boolean startsWith(List<Token> tokens, Candidate full, int first, int last) {
        return last - first <= full.words() && sameWords(tokens, full.first, first, last);
    }

    /** Whether the words from {@code at} are those of [first, last), whatever their case. */
    private static boolean sameWords(List<Token> tokens, int at, int first, int last) {
        for (int k = first; k < last; k++) {
            if (!tokens.get(k).text.equalsIgnoreCase(tokens.get(at + k - first).text)) {
                return false;
            }
        }
        return true;
    }

    /** "the Commission" after "the European Commission"; "Salvini's League". Other lone heads name no one. */
    private static void attachGenerics(List<Token> tokens, List<Candidate> generics, List<Group> groups) {
        // The first organisation with a longer name ending in each word; generics add only names of one word. Else
        // the person whose family name it is: "Banks said" after Walter Banks.
        Map<String, Group> byLastWord = new HashMap<>();
        Map<String, Group> byFamilyName = new HashMap<>();
        for (Group g : groups) {
            if (g.type == ActorType.ORGANIZATION || g.type == ActorType.PERSON) {
                for (Candidate m : g.members) {
                    if (m.words() > 1) {
                        (g.type == ActorType.PERSON ? byFamilyName : byLastWord).putIfAbsent(m.lastWord, g);
                    }
                }
            }
        }
        for (Candidate c : generics) {
            Group target = byLastWord.getOrDefault(c.text, byFamilyName.get(c.text));
            boolean owned = c.first > 0 && (tokens.get(c.first - 1).is("'s") || tokens.get(c.first - 1).is("\u2019s"));
            if (target == null && owned) {
                target = new Group();
                target.type = ActorType.ORGANIZATION;
                groups.add(target);
            }
            if (target != null) {
                target.add(c);
            }
        }
    }

    /** Whether the full name ends with the part, a suffix after it aside: "Downey" of "Robert Downey Jr.". */
    private static boolean endsWith(List<Token> tokens, Candidate full, Candidate part) {
        int fullLast = NameFinder.endBeforeSuffixes(tokens, full);
        if (fullLast - full.first < part.words()) {
            return false;
        }
        int offset = fullLast - part.last;
        for (int k = part.first; k < part.last; k++) {
            if (!tokens.get(k).text.equalsIgnoreCase(tokens.get(k + offset).text)) {
                return false;
            }
        }
        return true;
    }

    // ---- type

    private ActorDecision.Verdict decide(List<Token> tokens, Group g, Set<String> lowerCaseWords) {
        g.verdict = verdictOf(tokens, g, lowerCaseWords);
        return g.verdict;
    }

    private ActorDecision.Verdict verdictOf(List<Token> tokens, Group g, Set<String> lowerCaseWords) {
        g.features = features.of(tokens, g, lowerCaseWords);
        Gazetteer.Entry listed = g.listedName();
        if (listed != null) {
            return new ActorDecision.Verdict(listed.type(), true);
        }
        if (g.members.stream().anyMatch(c -> c.dateline)) {
            return new ActorDecision.Verdict(ActorType.LOCATION, true); // "PHOENIX (AP) —", as the wire copy's reader tells it
        }
        if (g.members.stream().anyMatch(c -> c.entry == null && gazetteer.namesPersonInTheNews(c.text))
                && g.members.stream().noneMatch(c -> c.locationCues > 0)) {
            return new ActorDecision.Verdict(ActorType.PERSON, true); // "Merkel said", "under Lula", not "in Jackson"
        }
        if (g.members.size() == 1 && withoutEvidence(tokens, g.members.get(0))
                || g.members.stream().allMatch(ActorResolver::isInitial)) {
            return new ActorDecision.Verdict(ActorType.ORGANIZATION, false); // not "Y." of a torn "D-N.Y."
        }
        if (g.members.stream().anyMatch(c -> c.words() == 2 && gazetteer.isKoreanGivenName(c.firstWord)
                && gazetteer.surnameRank(c.lastWord) > 0)) {
            return new ActorDecision.Verdict(ActorType.PERSON, true); // "Jun-seo Park", a Korean given name first
        }
        if (g.members.stream().anyMatch(c -> c.words() > 1 && NameFinder.FAMILY_SUFFIXES.contains(c.lastWord))) {
            return new ActorDecision.Verdict(ActorType.PERSON, true); // only a person is "Jr." or "Sr."
        }
        if (g.members.stream().anyMatch(c -> c.words() > 1 && gazetteer.orgOpeners.contains(c.firstWord))) {
            return new ActorDecision.Verdict(ActorType.ORGANIZATION, true); // "Instituto Lula", "Partido Verde"
        }
        ActorDecision.Verdict verdict = decision.decide(name(g), g.features);
        if (verdict.actor() && verdict.type() != ActorType.ORGANIZATION && g.members.stream().anyMatch(c -> c.employer)) {
            return new ActorDecision.Verdict(ActorType.ORGANIZATION, true); // "general manager of Uawa Timberlands"
        }
        if (verdict.actor() && verdict.type() == ActorType.PERSON && g.members.stream().anyMatch(c -> c.acronymFollows
                || c.words() > 1 && (joinedAsAnInstitution(tokens, c) || opensWithAcronym(tokens, c)))) {
            // people get no acronym in brackets, nor an ampersand: "Kanagaratnam & Goh" is a firm, "Bord na Móna" a board
            return new ActorDecision.Verdict(ActorType.ORGANIZATION, true);
        }
        // "in Quetta, said" is a place before a clause's verb, not someone who speaks
        boolean place = verdict.actor() && verdict.type() == ActorType.LOCATION
                && g.members.stream().anyMatch(c -> c.locationCues > 0);
        boolean placeOrNone = !verdict.actor() || verdict.type() == ActorType.LOCATION;
        boolean commonWord = g.members.stream().allMatch(c -> opensSentenceAsCommonWord(tokens, c));
        // "voters along the Shire River complained": a river or a strait is the place of the clause, not its speaker
        boolean headed = g.members.stream().anyMatch(c -> gazetteer.placeHeads.contains(c.lastWord)
                || gazetteer.placeHeads.contains(c.firstWord) && c.words() > 1);
        if (placeOrNone && !place && !commonWord && !headed && g.members.stream().anyMatch(c -> c.speaker)) {
            // one who speaks is someone, whatever the words of the name; a place that speaks is a listed country
            return new ActorDecision.Verdict(verdict.type() == ActorType.LOCATION ? ActorType.PERSON : verdict.type(),
                    true);
        }
        if (placeOrNone && !place && !headed && g.members.stream().anyMatch(c -> c.entry == null
                && !gazetteer.orgHeads.contains(c.lastWord) && partyToACase(tokens, c))) {
            return new ActorDecision.Verdict(ActorType.PERSON, true); // "Roe v. Wade", "Miranda v. Arizona"
        }
        return verdict;
    }

    /**
     * "CBC Hamilton", "IIT Madras": no one's name opens with an acronym of three letters or more, nor with one of two
     * before a place ("JD Vance" may).
     */
    private boolean opensWithAcronym(List<Token> tokens, Candidate c) {
        Token first = tokens.get(c.first);
        if (!first.allCaps() || first.text.replace(".", "").length() >= 3) {
            return first.allCaps();
        }
        Gazetteer.Entry last = gazetteer.matchAt(tokens, c.last - 1, c.last);
        return c.words() == 2 && (gazetteer.placeNames.contains(tokens.get(c.last - 1).text)
                || last != null && last.type() == ActorType.LOCATION && !last.demonym());
    }

    private static boolean joinedAsAnInstitution(List<Token> tokens, Candidate c) {
        for (int k = c.first + 1; k < c.last - 1; k++) {
            if (tokens.get(k).is("&") || NameFinder.INSTITUTIONAL_PARTICLES.contains(tokens.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    /** One capital and its full stop: an initial, which alone names no one. */
    private static boolean isInitial(Candidate c) {
        return c.text.length() == 2 && Character.isUpperCase(c.text.charAt(0)) && c.text.charAt(1) == '.';
    }

    /** A name beside the "v." of a court case: "Roe v. Wade". */
    private static boolean partyToACase(List<Token> tokens, Candidate c) {
        return c.first > 0 && VERSUS.contains(tokens.get(c.first - 1).text)
                || c.last < tokens.size() && VERSUS.contains(tokens.get(c.last).text);
    }

    /**
     * "Well, yes.", "Look, we all start somewhere.": an English word whose capital is the sentence's, named once, with
     * nothing beside it that says who or what it is, is no name, whatever the decision would weigh.
     */
    private boolean withoutEvidence(List<Token> tokens, Candidate c) {
        return opensSentenceAsCommonWord(tokens, c) && c.entry == null && !c.titled && !c.speaker
                && c.locationCues == 0 && c.organizationCues == 0 && !c.acronymFollows && c.restated == null;
    }

    /** "Opponents say", not "Smith said": a common English word, no name, capitalised because it opens the sentence. */
    private boolean opensSentenceAsCommonWord(List<Token> tokens, Candidate c) {
        boolean opens = c.first == 0 || tokens.get(c.first - 1).sentence != tokens.get(c.first).sentence
                || tokens.get(c.first - 1).isQuoteMark();
        Token word = tokens.get(c.first);
        return opens && c.words() == 1 && lexicon.isCommon(word.lower()) && !lexicon.isProper(word.text);
    }

    /** "Donald Trump", "Ana María Ruiz": a known given name before one or two capitalised words. */
    private boolean givenNameAndSurname(Candidate c) {
        return c.words() <= 3 && c.words() > 1 && gazetteer.givenNames.contains(c.firstWord)
                && Character.isUpperCase(c.lastWord.charAt(0));
    }

    /** The words the text writes in lower case somewhere: a capitalised "Floods" is then likely no name. */
    private static Set<String> lowerCaseWords(List<Token> tokens) {
        Set<String> words = new HashSet<>(tokens.size());
        for (Token t : tokens) {
            if (t.isWord() && !t.capitalised()) {
                words.add(t.text);
            }
        }
        return words;
    }

    // ---- name, aliases, roles

    /**
     * The fullest name the text itself gives: "Britain" where it never says "United Kingdom". A known actor is linked
     * by id, never renamed here.
     */
    private String name(Group g) {
        Candidate best = null;
        for (Candidate c : g.members) {
            if (c.entry != null && c.entry.demonym()) {
                continue;
            }
            // "Faisalabad" rather than the dateline's "FAISALABAD"
            if (best == null || c.words() > best.words() || c.words() == best.words()
                    && (c.text.length() > best.text.length() || allCapitals(best) && !allCapitals(c))) {
                best = c;
            }
        }
        return best == null ? g.members.get(0).entry.name() : withoutArticle(best.text);
    }

    private static boolean allCapitals(Candidate c) {
        return c.text.equals(c.text.toUpperCase(Locale.ROOT));
    }

    /** A country's usual name whatever the text calls it, so that "Britain" and "the UK" are one registry actor. */
    private String registryName(Group g) {
        return g.members.stream().filter(c -> c.entry != null && gazetteer.isCountry(c.entry.name())).map(c -> c.entry.name())
                .findFirst().orElse(g.name);
    }

    List<String> aliases(Group g) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(g.name.toLowerCase(Locale.ROOT));
        List<String> aliases = new ArrayList<>();
        for (Candidate c : g.members) {
            String alias = withoutArticle(c.text);
            if (seen.add(alias.toLowerCase(Locale.ROOT))) {
                aliases.add(alias);
            }
            if (c.nickname != null && seen.add(c.nickname.toLowerCase(Locale.ROOT))) {
                aliases.add(c.nickname);
            }
        }
        for (String form : g.formsInside) {
            if (seen.add(form.toLowerCase(Locale.ROOT))) {
                aliases.add(form);
            }
        }
        if (g.type == ActorType.PERSON) {
            for (String surname : surnames(g)) {
                if (seen.add(surname.toLowerCase(Locale.ROOT))) {
                    aliases.add(surname);
                }
            }
        }
        return aliases;
    }

    /** The forms later references use: "Netanyahu", "von der Leyen", "el-Sisi" and "Sisi", "Liu". */
    private List<String> surnames(Group g) {
        List<String> words = new ArrayList<>(List.of(g.name.split(" ")));
        while (words.size() > 1 && NameFinder.NAME_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2) {
            return List.of();
        }
        if (g.members.stream().anyMatch(m -> m.text.equals(g.name) && surnameFirst(m))) {
            return List.of(words.get(0));
        }
        int first = words.size() - 1;
        while (first > 1 && NameFinder.PARTICLES.contains(words.get(first - 1).toLowerCase(Locale.ROOT))) {
            first--;
        }
        String surname = String.join(" ", words.subList(first, words.size()));
        String last = words.get(words.size() - 1);
        int hyphen = last.indexOf('-');
        if (first == words.size() - 1 && hyphen > 0 && NameFinder.PARTICLES.contains(last.substring(0, hyphen))) {
            return List.of(surname, last.substring(hyphen + 1));
        }
        return List.of(surname);
    }

    List<String> roles(String body, List<Token> tokens, Group g) {
        if (g.type != ActorType.PERSON) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> roles = new ArrayList<>();
        for (Candidate c : g.members) {
            if (c.roleFirst >= 0) {
                String role = body.substring(tokens.get(c.roleFirst).start, tokens.get(c.roleLast - 1).end);
                if (seen.add(role.toLowerCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
            if (c.appositionRole != null && seen.add(c.appositionRole.toLowerCase(Locale.ROOT))) {
                roles.add(c.appositionRole);
            }
        }
        return roles;
    }

    private static String withoutArticle(String name) {
        return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    }
}
