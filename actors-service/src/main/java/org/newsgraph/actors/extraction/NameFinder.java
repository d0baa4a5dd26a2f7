package org.newsgraph.actors.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.wire.WireCopyParser;

/**
 * Finds names as runs of capitalised words, splits off the titles in front of them and collects
 * the clues around each name that later decide its type and its role.
 */
final class NameFinder {

    /**
     * No name is longer. A longer run of capitalised words is a headline in capitals or noise; it is passed over,
     * since splitting titles off it costs the square of its length.
     */
    private static final int MAX_NAME_TOKENS = 32;
    /** Lower-case words inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
    static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di", "da", "das", "dos",
            "du", "la", "le", "los", "las", "van", "von", "ter", "ten", "bin", "bint", "ibn", "al", "el", "abu", "ben",
            "zu");
    /** The last words of streets' names: an organisation "on" one is at an address, not named after it. */
    private static final Set<String> STREETS = Set.of("Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Drive",
            "Boulevard", "Blvd.", "Lane", "Way", "Highway", "Parkway", "Square");
    /**
     * Lower-case words of other languages that join two capitalised parts of one name, but never open one: "Rio Grande
     * do Sul", "Agence Nationale des Parcs Nationaux", "Instituto Nacional de Antropología e Historia".
     */
    private static final Set<String> JOINING_PARTICLES = Set.of("des", "do", "e", "y", "et", "für", "und", "dei", "na", "nan",
            "degli", "delle");
    /** Of those, the ones that join no one's names: "Bord na Móna", "Verband für Umwelt und Naturschutz". */
    static final Set<String> INSTITUTIONAL_PARTICLES = Set.of("des", "et", "für", "und", "dei", "na", "nan", "degli", "delle");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout",
            "into", "around");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** What opens a second apposition after a name: "Smith, 20, who grew up nearby, said". */
    private static final Set<String> APPOSITION_OPENERS = Set.of("who", "whose", "a", "an", "the");
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "on", "since", "until", "till", "by", "from",
            "to", "of", "last", "next", "early", "late", "mid", "before", "after", "during", "through", "between");
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ":", "(", ")", "who", "which", "that",
            "whose", "where", "when");
    private static final int MAX_APPOSITION = 10;
    /** No list inside a name is longer: "Department of Agriculture, Water, Forestry, Fisheries and Rural Development". */
    private static final int MAX_NOUN_LIST = 16;
    /** What ties a person to where they work, between their name and their verb: "Ana Ruiz of the court said". */
    static final Set<String> AFFILIATIONS = Set.of("of", "at", "from");
    /** How many tokens before a name a dateline that holds it may start: "SANTA CRUZ DE TENERIFE, Spain". */
    private static final int DATELINE_TOKENS = 8;
    /** How common a family name must be to name someone alone though it is a place's head: "Park", not "Camp". */
    private static final int COMMON_SURNAME_RANK = 1_000;
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "can", "could", "may", "might", "must", "should", "does", "did");
    /**
     * The plural heads two organisations share when named together ("Health and Education Ministries"), with their
     * singular; "Fire and Emergency Services" is one organisation.
     */
    private static final Map<String, String> SHARED_HEADS = Map.of("Ministries", "Ministry", "Departments",
            "Department", "Committees", "Committee", "Commissions", "Commission", "Agencies", "Agency", "Councils",
            "Council", "Universities", "University", "Banks", "Bank", "Courts", "Court");
    /** Nouns that say the name beside them is an organisation: "the law firm X", "the X party". */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("firm", "company", "charity", "group", "newspaper",
            "broadcaster", "start-up", "startup", "carrier", "airline", "insurer", "lender", "retailer", "maker",
            "manufacturer", "outlet", "club", "website", "platform", "journal", "magazine", "regulator", "watchdog",
            "party", "daily", "institute", "agency", "radio", "movement", "militia", "network", "bank", "fund", "band",
            "label", "studio", "publisher", "blog", "podcast", "channel", "team", "tabloid", "pollster", "operator",
            "utility", "chain", "supermarket", "supplier", "producer", "developer", "distributor", "union",
            "association", "organisation", "organization", "foundation", "consortium", "conglomerate", "giant", "brand",
            "app", "cooperative", "co-operative", "orchestra", "choir", "troupe", "collective", "academy");
    /** Who lives in or runs a place: "residents of X", "the mayor of X". */
    private static final Set<String> PEOPLE_OF_A_PLACE = Set.of("residents", "people", "citizens", "inhabitants",
            "outskirts", "streets", "mayor", "north", "south", "east", "west");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople");
    /** Who runs or speaks for an organisation: "the manager of X", "a spokeswoman at X". */
    private static final Set<String> PEOPLE_OF_AN_ORGANIZATION = Set.of("manager", "director", "chairman", "chairwoman",
            "chairperson", "ceo", "founder", "co-founder", "owner", "spokesman", "spokeswoman", "spokesperson",
            "executive", "employees", "staff", "shareholders", "board", "chief", "coach", "boss", "analyst", "economist",
            "striker", "midfielder", "defender", "goalkeeper", "winger");
    /** Nouns that say the name beside them is a place: "the X stadium", "the town of X". */
    private static final Set<String> PLACE_NOUNS = Set.of("stadium", "airport", "crossing", "camp", "neighbourhood",
            "neighbourhoods", "neighborhood", "neighborhoods", "district", "province", "region", "city", "town",
            "village", "county", "island", "port", "centre", "center", "prison", "base", "area", "suburb", "valley",
            "capital", "river", "lake", "sea", "bay", "coast", "peninsula", "desert", "forest", "mountains", "hills",
            "municipality", "borough", "township", "settlement", "governorate", "prefecture", "commune", "parish",
            "archipelago", "islands", "delta", "basin", "canal", "strait", "gulf");
    /** Heads of institutions with campuses, named "of" a state "at" a town. */
    private static final Set<String> CAMPUS_HEADS = Set.of("University", "College", "Institute");
    /** Heads of firms' names that also name fields: "Ministry of Industry, Energy and Mining". */
    private static final Set<String> FIELDS_ENDING_FIRMS = Set.of("Energy", "Oil", "Gas", "Petroleum", "Mining",
            "Steel", "Telecom", "Communications", "Technology", "Research", "Economics", "Aviation", "Logistics",
            "Insurance", "Media");
    /** Heads of public bodies named by the fields they serve, and not of firms named by a brand ("... and Diamondback Energy"). */
    private static final Set<String> BODIES_OF_FIELDS = Set.of("Institute", "Council", "Administration", "Service",
            "Authority", "Foundation", "Commission", "Agency", "Bureau", "Board", "Department", "Centre", "Center",
            "Society", "Association", "Academy", "Directorate", "Inspectorate", "Committee", "Programme", "Program",
            "Office", "Ministry", "Court", "Tribunal", "Hospital", "College", "School", "University", "Corps", "Force");
    /** What goes on after a comma in a list of names: "A, the B, and the C". */
    private static final Set<String> LIST_GOES_ON = Set.of("and", "or", "the");
    /** What follows only a person's name: "Martin Luther King Jr.". */
    static final Set<String> FAMILY_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr");
    /** Honours written after a name, and no part of it: "Fiachra Dunphy SC", "Dame Jane Doe DBE". */
    static final Set<String> POST_NOMINALS = Set.of("SC", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS");
    /** What follows a person's name without being a name: the family suffixes and "Elizabeth II". */
    static final Set<String> NAME_SUFFIXES = Stream.concat(FAMILY_SUFFIXES.stream(), Stream.of("II", "III", "IV"))
            .collect(Collectors.toUnmodifiableSet());
    /** The platform once called Twitter, named by one letter. */
    private static final Gazetteer.Entry PLATFORM_X = new Gazetteer.Entry("X", ActorType.ORGANIZATION, false, new String[] {"X"});
    /** Words of posting before "on X", and how far before it they may be. */
    private static final Set<String> POSTING = Set.of("wrote", "posted", "post", "posts", "posting", "said", "says",
            "tweeted", "shared", "statement", "message", "account", "video", "writing", "announced", "published");
    private static final int POSTING_REACH = 6;
    /** Words that join a name's parts and never open one. */
    private static final Set<String> LEADING_CONNECTORS = Set.of("of", "for", "and", "the", "&");
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "for", "and", "the", "de", "la", "in", "on", "&");

    /** Where a name's words end before its suffixes: after "Downey" in "Robert Downey Jr."; its end if it has none. */
    static int endBeforeSuffixes(List<Token> tokens, Candidate c) {
        int end = c.last;
        while (end - 1 > c.first && NAME_SUFFIXES.contains(tokens.get(end - 1).text)) {
            end--;
        }
        return end;
    }
    private static final int MAX_EXPANSION = 12;
    private static final int MAX_HEADLINE_TOKENS = 40;
    /** Headline case capitalises words of four letters or more; shorter ones ("of", "and", "her") vary. */
    private static final int HEADLINE_WORD = 4;
    /** Lower-case words that may stand before a name restated in brackets: "(formerly known as ...)". */
    private static final int MAX_BRACKET_LEAD = 4;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    NameFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The state of one text while its names are found. */
    private final class Scan {
        final String body;
        final List<Token> tokens;
        final Deadline deadline;
        final boolean[] initial;
        final boolean[] nameLike;
        /** How many name particles follow one another from each token on. */
        final int[] particles;
        /** Where the name-like tokens from each token on end, within its sentence. */
        final int[] nameLikeEnd;
        final Set<String> capitalisedInside = new HashSet<>();
        /** In a paragraph written in headline case: "Wikinews Interviews Author Jane Doe About Her Book". */
        final boolean[] headlineCase;
        final List<Candidate> found = new ArrayList<>();

        Scan(String body, List<Token> tokens, Deadline deadline) {
            this.body = body;
            this.tokens = tokens;
            this.deadline = deadline;
            int n = tokens.size();
            this.initial = new boolean[n];
            this.headlineCase = new boolean[n];
            for (int k = 0; k < n; k++) {
                Token t = tokens.get(k);
                initial[k] = k == 0 || t.sentence != tokens.get(k - 1).sentence
                        || tokens.get(k - 1).isQuoteMark() || tokens.get(k - 1).is(":");
            }
            Set<Integer> headlines = headlineCaseParagraphs(tokens, initial);
            for (int k = 0; k < n; k++) {
                Token t = tokens.get(k);
                headlineCase[k] = headlines.contains(t.paragraph);
                if (!initial[k] && t.capitalised() && !headlineCase[k]) {
                    capitalisedInside.add(t.text);
                }
            }
            // From the end backwards, so that each token is looked at once however long its run.
            this.nameLike = new boolean[n + 1];
            this.particles = new int[n + 1];
            this.nameLikeEnd = new int[n + 1];
            nameLikeEnd[n] = n;
            for (int k = n - 1; k >= 0; k--) {
                deadline.check();
                Token t = tokens.get(k);
                // In a headline every word has a capital: an English word there is a name only if the text says so
                nameLike[k] = NameFinder.nameLike(t) && !(headlineCase[k] && lexicon.isCommon(t.lower())
                        && !capitalisedInside.contains(t.text) && !completesName(tokens, k))
                        && !(POST_NOMINALS.contains(t.text) && k > 0 && tokens.get(k - 1).capitalised());
                particles[k] = PARTICLES.contains(t.text) ? particles[k + 1] + 1 : 0;
                boolean sentenceGoesOn = k + 1 < n && tokens.get(k + 1).sentence == t.sentence;
                nameLikeEnd[k] = !nameLike[k] ? k : sentenceGoesOn ? nameLikeEnd[k + 1] : k + 1;
            }
        }
    }

    /**
     * A common word that ends a name begun by the word before it, even in headline case: "Durham University" (a name
     * then a head), "Daniel Smith" (a given name then a family name).
     */
    private boolean completesName(List<Token> tokens, int k) {
        if (k == 0 || tokens.get(k - 1).sentence != tokens.get(k).sentence || !tokens.get(k - 1).capitalised()) {
            return false;
        }
        Token before = tokens.get(k - 1);
        String word = tokens.get(k).text;
        boolean head = gazetteer.orgHeads.contains(word) || gazetteer.placeHeads.contains(word);
        return head && !lexicon.isCommon(before.lower())
                || gazetteer.isGivenName(before.text) && gazetteer.surnameRank(word) > 0;
    }

    /**
     * The paragraphs written in headline case: short, with no full stop at the end, and with at least three in four of
     * their English words of four letters or more capitalised, where a sentence does not start.
     */
    private Set<Integer> headlineCaseParagraphs(List<Token> tokens, boolean[] initial) {
        Set<Integer> headlines = new HashSet<>();
        int from = 0;
        while (from < tokens.size()) {
            int paragraph = tokens.get(from).paragraph;
            int to = from;
            while (to < tokens.size() && tokens.get(to).paragraph == paragraph) {
                to++;
            }
            // the words are looked up only in a short paragraph with no full stop
            if (to - from <= MAX_HEADLINE_TOKENS && !tokens.get(to - 1).is(".")
                    && headlineCase(tokens, initial, from, to)) {
                headlines.add(paragraph);
            }
            from = to;
        }
        return headlines;
    }

    private boolean headlineCase(List<Token> tokens, boolean[] initial, int from, int to) {
        int words = 0;
        int capitalised = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!initial[k] && t.isWord() && t.text.length() >= HEADLINE_WORD && lexicon.isCommon(t.lower())) {
                words++;
                capitalised += t.capitalised() ? 1 : 0;
            }
        }
        return words >= 2 && capitalised * 4 >= words * 3;
    }

    List<Candidate> find(String body, List<Token> tokens, Deadline deadline) {
        Scan scan = new Scan(body, tokens, deadline);
        int i = 0;
        while (i < tokens.size()) {
            deadline.check();
            int end = runEnd(scan, i);
            if (end > i) {
                if (end - i <= MAX_NAME_TOKENS) {
                    addRun(scan, i, end);
                }
                i = end;
            } else {
                i++;
            }
        }
        expandAcronyms(scan);
        scan.found.sort(java.util.Comparator.comparingInt(c -> c.first));
        joinNicknames(scan);
        Candidate[] covering = cover(scan.found, tokens.size());
        Brackets brackets = new Brackets(tokens, covering);
        for (Candidate c : scan.found) {
            deadline.check();
            addContext(scan, c, covering, brackets);
        }
        return scan.found;
    }

    /**
     * Makes 'Benjamin "Bibi" Netanyahu' one name, "Benjamin Netanyahu", whose quoted nickname is an alias: a given
     * name, a name of at most three words alone in quote marks, and a name of at most two words, each right after
     * the other. The found names are in reading order, and stay so.
     */
    private void joinNicknames(Scan scan) {
        List<Token> tokens = scan.tokens;
        List<Candidate> found = scan.found;
        for (int k = 0; k + 2 < found.size(); k++) {
            Candidate given = found.get(k);
            Candidate nickname = found.get(k + 1);
            Candidate family = found.get(k + 2);
            int opened = given.last + 1;
            if (given.entry == null && given.words() <= 2 && gazetteer.isGivenName(given.firstWord)
                    && nickname.last - opened <= 3 && family.words() <= 2 && family.entry == null
                    && tokens.get(given.last).isQuoteMark() && capitalisedWords(tokens, opened, nickname.first)
                    && family.first == nickname.last + 1 && tokens.get(nickname.last).isQuoteMark()) {
                // "Big" of 'Sal "Big Sal" Brennan' was left out of the name found inside the marks
                String quoted = scan.body.substring(tokens.get(opened).start, tokens.get(nickname.last - 1).end);
                found.set(k, Candidate.nicknamed(given, quoted, family, tokens));
                found.subList(k + 1, k + 3).clear();
            }
        }
    }

    private static boolean capitalisedWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    static Candidate[] cover(List<Candidate> candidates, int size) {
        Candidate[] covering = new Candidate[size];
        for (Candidate c : candidates) {
            for (int k = c.first; k < c.last; k++) {
                covering[k] = c;
            }
        }
        return covering;
    }

    // ---- runs of capitalised words

    static boolean nameLike(Token t) {
        if (t.capitalised()) {
            return !isFirstPersonContraction(t.text);
        }
        if (t.kind == Token.Kind.NUMBER) {
            // "5-Star Movement", "3M"
            return !t.text.equals(t.text.toLowerCase(java.util.Locale.ROOT));
        }
        if (!t.isWord()) {
            return false;
        }
        // "al-Assad", "el-Sheikh", "d'Estaing"
        String s = t.text;
        for (int k = 1; k + 1 < s.length() && k <= 4; k++) {
            char c = s.charAt(k);
            if ((Tokens.isHyphen(c) || Tokens.isApostrophe(c)) && Character.isUpperCase(s.charAt(k + 1))) {
                return Tokens.NAME_PREFIXES.contains(s.substring(0, k));
            }
        }
        return false;
    }

    /** "I've", "I'm", "I'd", "I'll": the speaker, never part of a name. */
    private static boolean isFirstPersonContraction(String word) {
        return word.length() > 2 && word.charAt(0) == 'I' && Tokens.isApostrophe(word.charAt(1))
                && word.substring(2).chars().allMatch(Character::isLowerCase);
    }

    private int runEnd(Scan scan, int i) {
        List<Token> tokens = scan.tokens;
        Gazetteer.Entry listed = gazetteer.matchAt(tokens, i, tokens.size());
        int j;
        if (listed != null) {
            j = i + listed.tokens().length;
        } else if (scan.nameLike[i]) {
            j = i + 1;
        } else {
            int c = scan.particles[i];
            if (c == 0 || i + c >= tokens.size() || !scan.nameLike[i + c] || (i > 0 && scan.nameLike[i - 1])) {
                return i;
            }
            j = i + c + 1;
        }
        int sentence = tokens.get(i).sentence;
        // a listed "Department of the Environment" has its head, and may take a list: ", Climate and Communications"
        boolean headed = listed != null && isHead(tokens.get(i));
        boolean complemented = listed != null && listed.has("of");
        while (j < tokens.size() && tokens.get(j).sentence == sentence) {
            scan.deadline.check();
            headed |= isHead(tokens.get(j - 1));
            Gazetteer.Entry inner = gazetteer.matchAt(tokens, j, tokens.size());
            if (inner != null && inner.tokens().length > 1) {
                j += inner.tokens().length;
                continue;
            }
            if (scan.nameLike[j] && personAfterHead(scan, i, j)) {
                break; // "University of Texas Arlington Amneh Jafari": the institution, then a person
            }
            if (scan.nameLike[j]) {
                j++;
                continue;
            }
            if (headed && (tokens.get(j).is("of") || tokens.get(j).is("for"))) {
                // "Society for the Protection of Birds": a name that has its head takes its complements
                int c = j + 1 < tokens.size() && tokens.get(j + 1).is("the") ? 2 : 1;
                if (j + c < tokens.size() && tokens.get(j + c).sentence == sentence && scan.nameLike[j + c]) {
                    j += c + 1;
                    complemented = true;
                    continue;
                }
            }
            int listEnd = tokens.get(j).is(",") ? nounListEnd(scan, j, !headed) : -1;
            if (listEnd > j) {
                // "Bureau of Alcohol, Tobacco and Firearms", "Digital, Culture, Media and Sport Committee"
                j = listEnd;
                continue;
            }
            if (isPossessive(tokens, j) && j + 1 < tokens.size() && tokens.get(j + 1).sentence == sentence
                    && (continuationEndsWithOrgHead(scan, j + 1) && !ownerStandsAlone(scan, i, j)
                    || namesPlaceHead(scan, i, j) || listedThroughPossessive(tokens, j))) {
                j += 2; // "People's Liberation Army", "Hawke's Bay", "Cox's Bazar"
                continue;
            }
            int c = connector(scan, i, j, headed, complemented);
            if (c > 0 && j + c < tokens.size() && tokens.get(j + c).sentence == sentence && scan.nameLike[j + c]) {
                complemented |= tokens.get(j).is("of") || tokens.get(j).is("for");
                j += c + 1;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * A given name and one more word right after an organisation's or a place's head, and nothing after them in the
     * run ("Valparaíso Region Marcelo Ossandón"); a run
     * that opens with a title keeps them, since the title's complement and its holder are split off later.
     */
    private boolean personAfterHead(Scan scan, int start, int j) {
        List<Token> tokens = scan.tokens;
        return isHead(tokens.get(j - 1)) && scan.nameLikeEnd[j] == j + 2
                && !opensWithTitle(tokens, start, j)
                && gazetteer.isGivenName(tokens.get(j).text) && !isHead(tokens.get(j + 1));
    }

    /** "Deputy Director of ...": words that qualify a title, then the title; "Science Mission Directorate" is none. */
    private boolean opensWithTitle(List<Token> tokens, int start, int end) {
        int k = start;
        while (k < end && isTitleToken(tokens.get(k)) && !gazetteer.isTitleHead(tokens.get(k))
                && !gazetteer.honorifics.contains(tokens.get(k).text)) {
            k++;
        }
        return k < end && isTitleToken(tokens.get(k));
    }

    /**
     * Where a list of capitalised nouns that goes on from the comma at {@code j} ends with "and" and its last noun,
     * or -1: "Alcohol, Tobacco, Firearms and Explosives", and not "England, France and Germany" nor "Finance, and
     * County of Maui".
     *
     * @param headFinal whether the list must go on to the name's head, as when it holds the name's first words:
     * "United Nations Educational, Scientific and Cultural Organization"; a list that may end the name is taken to
     * its head too where it goes on to one, and then its nouns may be heads: "Communications, Space and Technology
     * Commission"
     */
    private int nounListEnd(Scan scan, int j, boolean headFinal) {
        if (!headFinal) {
            int end = nounListEnd(scan, j, true);
            if (end > 0) {
                return end; // "Communications, Space and Technology Commission": a head among the nouns is no name
            }
        }
        List<Token> tokens = scan.tokens;
        if (!isCapitalisedWord(tokens.get(j - 1)) || headFinal && gazetteer.placeNames.contains(tokens.get(j - 1).text)) {
            return -1;
        }
        int sentence = tokens.get(j).sentence;
        int k = j;
        while (k + 2 < tokens.size() && tokens.get(k + 2).sentence == sentence && k - j < MAX_NOUN_LIST) {
            Token separator = tokens.get(k);
            boolean last = separator.is("and") || separator.is(",") && tokens.get(k + 1).is("and");
            int word = separator.is(",") && tokens.get(k + 1).is("and") ? k + 2 : k + 1;
            if (!separator.is(",") && !separator.is("and") || word >= tokens.size()
                    || !isCapitalisedWord(tokens.get(word)) || gazetteer.placeNames.contains(tokens.get(word).text)
                    || !headFinal && isHead(tokens.get(word)) && !FIELDS_ENDING_FIRMS.contains(tokens.get(word).text)
                    && !(last && endsName(scan, word))) {
                // "Department of Finance, and County of Maui": a head starts a name of its own
                return -1;
            }
            if (last && headFinal) {
                int end = scan.nameLikeEnd[word];
                return end > word + 1 && gazetteer.orgHeads.contains(tokens.get(end - 1).text) ? end : -1;
            }
            int itemEnd = secondNoun(tokens, word) ? word + 2 : word + 1;
            if (last) {
                return itemEnd;
            }
            k = itemEnd;
        }
        return -1;
    }

    /** A listed item of two nouns: "Disease Control" in "Institute of Epidemiology, Disease Control and Research". */
    private boolean secondNoun(List<Token> tokens, int word) {
        int next = word + 1;
        return next < tokens.size() && tokens.get(next).sentence == tokens.get(word).sentence
                && isCapitalisedWord(tokens.get(next)) && !isHead(tokens.get(next))
                && !gazetteer.placeNames.contains(tokens.get(next).text);
    }

    /**
     * "Hawke's Bay", "King's Island": one word, then a place's head alone, is the place's name;
     * "London's Bridge" is a listed place's.
     */
    private boolean namesPlaceHead(Scan scan, int from, int possessive) {
        List<Token> tokens = scan.tokens;
        Token owner = tokens.get(possessive - 1);
        return possessive - from == 1 && scan.nameLikeEnd[possessive + 1] == possessive + 2
                && gazetteer.placeHeads.contains(tokens.get(possessive + 1).text)
                && !gazetteer.placeNames.contains(owner.text) && !isAcronym(owner);
    }

    /** A listed place whose name holds a possessive: "Cox's Bazar", "Martha's Vineyard". */
    private boolean listedThroughPossessive(List<Token> tokens, int possessive) {
        String owner = tokens.get(possessive - 1).text;
        String mark = tokens.get(possessive).text.replace('\u2019', '\'');
        return gazetteer.placeNames.contains(owner + mark + " " + tokens.get(possessive + 1).text);
    }

    /**
     * "London's Webber Douglas Academy", "ABC's TV": an owner that is a name of its own stays one; "People's" in
     * "People's Liberation Army" is an English word that names no one alone.
     */
    private boolean ownerStandsAlone(Scan scan, int from, int possessive) {
        List<Token> tokens = scan.tokens;
        Token last = tokens.get(possessive - 1);
        if (possessive - from == 1 && (isAcronym(last) || gazetteer.placeNames.contains(last.text)
                || gazetteer.surnameRank(last.text) > 0 && !lexicon.isCommon(last.lower()))) {
            return true; // "Meloni's Brothers of Italy"
        }
        Gazetteer.Entry listed = gazetteer.matchAt(tokens, from, possessive);
        return listed != null && from + listed.tokens().length == possessive || isHead(last)
                || possessive - from > 1 && !lexicon.isCommon(last.lower());
    }

    /** Whether the capitalised words from {@code k} name a street: "West Third Street", "Pio Nono Avenue". */
    private static boolean namesStreet(List<Token> tokens, int k) {
        int end = k;
        while (end < tokens.size() && end - k < MAX_NAME_TOKENS && tokens.get(end).capitalised()
                && tokens.get(end).sentence == tokens.get(k).sentence) {
            end++;
        }
        return end > k && STREETS.contains(tokens.get(end - 1).text);
    }

    /**
     * How many tokens at {@code j} join two parts of one name, or 0.
     *
     * @param headed whether the name so far has its head: "University of California" and "Columbia University" are two
     * @param start        where the name starts
     * @param complemented whether the name so far goes on past "of" or "for"
     */
    private int connector(Scan scan, int start, int j, boolean headed, boolean complemented) {
        List<Token> tokens = scan.tokens;
        Token t = tokens.get(j);
        String before = tokens.get(j - 1).text;
        if (t.is("&")) {
            return citesAuthors(tokens, j) ? 0 : 1;
        }
        if (t.kind == Token.Kind.NUMBER && isDigits(t.text)) {
            return 1;
        }
        if (t.is("on") && gazetteer.orgHeads.contains(before) && j + 1 < tokens.size()
                && !gazetteer.calendar.contains(tokens.get(j + 1).text) && !namesStreet(tokens, j + 1)) {
            // "Council on Foreign Relations", not "Council on Monday" or "St. Casimir Church on West Third Street"
            return tokens.get(j + 1).is("the") ? 2 : 1;
        }
        if (t.is("at") && complemented && CAMPUS_HEADS.contains(tokens.get(start).text)) {
            return 1; // "University of Maine at Farmington"
        }
        if (t.is("in") && headed && acronymSpans(scan, start, j)) {
            return 1; // "United Nations Support Mission in Libya (UNSMIL)"
        }
        if (t.is("of") || t.is("for")) {
            boolean head = gazetteer.orgHeads.contains(before) || gazetteer.placeHeads.contains(before)
                    || (t.is("of") && tokens.get(j - 1).capitalised() && gazetteer.isTitleWord(tokens.get(j - 1)));
            if (!head) {
                return 0;
            }
            return j + 1 < tokens.size() && tokens.get(j + 1).is("the") ? 2 : 1;
        }
        if (t.is("and") && j + 1 < tokens.size()) {
            int from = tokens.get(start).is("The") ? start + 1 : start;
            if (from < j && distributedAnd(tokens, from, scan.nameLikeEnd[j + 1]) == j) {
                return 1; // "Health and Education Ministries"
            }
            if (gazetteer.placeNames.contains(before + " and " + tokens.get(j + 1).text)) {
                return 1; // "Newfoundland and Labrador", "Brighton and Hove": one place
            }
            // a leading "The" is no word of the name: "The Transport and Logistics Bureau" is one; so is a body named
            // by its fields: "Korea Astronomy and Space Science Institute", "Kisii Teaching and Referral Hospital"
            boolean fields = isCapitalisedWord(tokens.get(j - 1)) && isCapitalisedWord(tokens.get(j + 1))
                    && BODIES_OF_FIELDS.contains(tokens.get(scan.nameLikeEnd[j + 1] - 1).text);
            // "Brazilian Petroleum and Gas Institute": a field that ends firms' names is still a field here
            boolean twoNames = isHead(tokens.get(j - 1)) && !(fields && FIELDS_ENDING_FIRMS.contains(before))
                    || j - from > 1 && scan.nameLikeEnd[j + 1] - (j + 1) > 1 && !fields;
            if (!complemented && twoNames || titledPersonAt(tokens, j + 1)) {
                // "Pioneer Natural Resources and Diamondback Energy", "Judge Park and Judge Kawashima": two names
                return 0;
            }
            if (complemented && coordinatedComplement(scan, j) && !listedPlaceAt(tokens, j + 1, scan.nameLikeEnd[j + 1])) {
                // "Department of Health and Human Services", "Centre for Irish and Scottish Studies"; not "the
                // Ministry of Finance and South Korea's embassy"
                return 1;
            }
            // "Fire and Emergency", "Electoral and Boundaries Commission"; not "Egypt and Qatar"
            boolean nouns = isCapitalisedNoun(tokens.get(j - 1)) && isCapitalisedNoun(tokens.get(j + 1));
            // "Egypt and Qatar Airways", "the United States and China": a listed place beside "and" is a name of its own
            boolean place = gazetteer.placeNames.contains(before) || listedPlaceEndsAt(tokens, from, j)
                    || listedPlaceAt(tokens, j + 1, scan.nameLikeEnd[j + 1]);
            return !place && (nouns || !headed && !gazetteer.orgHeads.contains(before)
                    && continuationEndsWithOrgHead(scan, j + 1)) ? 1 : 0;
        }
        if (JOINING_PARTICLES.contains(t.text) && j + 1 < tokens.size() && scan.nameLike[j + 1]) {
            return 1;
        }
        return scan.particles[j];
    }

    /** "(Dye & Bavelier, 2010)", "Baron & Beresford 2014": two authors and a year, not a firm ("Harcourt & Wylie"). */
    private static boolean citesAuthors(List<Token> tokens, int ampersand) {
        int k = ampersand + 2;
        if (k < tokens.size() && (tokens.get(k).is(",") || tokens.get(k).is("("))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).kind == Token.Kind.NUMBER && tokens.get(k).text.length() == 4
                && isDigits(tokens.get(k).text) && tokens.get(ampersand - 1).capitalised()
                && tokens.get(ampersand + 1).capitalised();
    }

    /**
     * Whether the acronym in brackets after the name that goes on past the "in" at {@code in} takes its initials from
     * all of it: "United Nations Support Mission in Libya (UNSMIL)", "United Nations Mission in South Sudan (UNMISS)".
     */
    private static boolean acronymSpans(Scan scan, int start, int in) {
        List<Token> tokens = scan.tokens;
        if (in + 1 >= tokens.size() || !scan.nameLike[in + 1]) {
            return false;
        }
        int end = scan.nameLikeEnd[in + 1];
        if (end + 2 >= tokens.size() || !tokens.get(end).is("(") || !tokens.get(end + 2).is(")")) {
            return false;
        }
        StringBuilder withIn = new StringBuilder();
        StringBuilder withoutIn = new StringBuilder();
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (k == in) {
                withIn.append('I');
            } else if (t.capitalised() && !t.is("The")) {
                withIn.append(t.text.charAt(0));
                withoutIn.append(t.text.charAt(0));
            }
        }
        String acronym = tokens.get(end + 1).text;
        return acronym.contentEquals(withIn) || acronym.contentEquals(withoutIn);
    }

    /**
     * At most two words after the "and" at j in a name's complement, the first an English word or a demonym, after a
     * word that is not a place: "of Health and Human Services", "for Irish and Scottish Studies"; not "of England and
     * Goldman Sachs".
     */
    private boolean coordinatedComplement(Scan scan, int j) {
        List<Token> tokens = scan.tokens;
        Token next = tokens.get(j + 1);
        Gazetteer.Entry after = gazetteer.matchAt(tokens, j + 1, j + 2);
        Gazetteer.Entry before = gazetteer.matchAt(tokens, j - 1, j);
        boolean word = after != null ? after.demonym() : !lexicon.onlyProper(next) && !gazetteer.isGivenName(next.text);
        boolean place = before != null ? !before.demonym() : gazetteer.placeNames.contains(tokens.get(j - 1).text);
        if (!word || place) {
            return false;
        }
        int end = scan.nameLikeEnd[j + 1];
        int words = end - (j + 1);
        if (words <= 2 || words == 3 && isCapitalisedWord(tokens.get(j + 2)) && isCapitalisedWord(tokens.get(j + 3))) {
            return true; // "of Environment and Renewable Natural Resources"
        }
        int person = personAtEnd(tokens, j + 1, end);
        return person > 0 && person - (j + 1) <= 2; // "of Water and Irrigation Suhail Abu Rumman"
    }

    /** "Judge Jim Kawashima", "Dr Ruiz": a title or a form of address at k, then a name; not "General Workers". */
    private boolean titledPersonAt(List<Token> tokens, int k) {
        Token title = tokens.get(k);
        if (!gazetteer.isTitleHead(title) && !gazetteer.honorifics.contains(title.text) || k + 1 >= tokens.size()) {
            return false;
        }
        Token name = tokens.get(k + 1);
        return name.capitalised() && (gazetteer.isGivenName(name.text) || !lexicon.isCommon(name.lower()));
    }

    /** A listed place, not a demonym, that starts at or after {@code from} and ends right before {@code end}. */
    private boolean listedPlaceEndsAt(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            Gazetteer.Entry listed = gazetteer.matchAt(tokens, k, end);
            if (listed != null && k + listed.tokens().length == end) {
                return listed.type() == ActorType.LOCATION && !listed.demonym();
            }
        }
        return false;
    }

    /** A listed place, not a demonym, at {@code k} that the run of capitalised words ending at {@code end} holds. */
    private boolean listedPlaceAt(List<Token> tokens, int k, int end) {
        Gazetteer.Entry listed = gazetteer.matchAt(tokens, k, end);
        return listed != null && listed.type() == ActorType.LOCATION && !listed.demonym();
    }

    private boolean isHead(Token t) {
        return gazetteer.orgHeads.contains(t.text) || gazetteer.placeHeads.contains(t.text);
    }

    /** "'s", or an apostrophe alone after a plural: "Workers' Union". */
    private static boolean isPossessive(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.text.length() == 1 && Tokens.isApostrophe(t.text.charAt(0))) {
            Token before = tokens.get(k - 1);
            return before.end == t.start && before.isWord() && before.text.endsWith("s");
        }
        return t.text.length() == 2 && Tokens.isApostrophe(t.text.charAt(0)) && (t.text.charAt(1) == 's');
    }

    private boolean isCapitalisedNoun(Token t) {
        return t.capitalised() && lexicon.canBeNoun(t.lower()) && !gazetteer.givenNames.contains(t.text);
    }

    /** Whether the word ends its name: "Communications" in "Environment, Climate and Communications said". */
    private static boolean endsName(Scan scan, int word) {
        int next = word + 1;
        return scan.nameLikeEnd[word] == next && !(next < scan.tokens.size()
                && (scan.tokens.get(next).is("of") || scan.tokens.get(next).is("for")));
    }

    /** An English word written with a capital: "Tobacco", not "England". */
    private boolean isCapitalisedWord(Token t) {
        return t.capitalised() && lexicon.isCommon(t.lower()) && !gazetteer.givenNames.contains(t.text);
    }

    private boolean continuationEndsWithOrgHead(Scan scan, int k) {
        int end = scan.nameLikeEnd[k];
        return end > k && gazetteer.orgHeads.contains(scan.tokens.get(end - 1).text);
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- from a run to names

    private void addRun(Scan scan, int a, int b) {
        while (a < b && dropsLeading(scan, a, b)) {
            a++;
        }
        int segment = a;
        for (int k = a; k < b; k++) {
            if (isCalendar(scan.tokens, k, segment, b)) {
                addSegment(scan, segment, k);
                segment = k + 1;
            }
        }
        addSegment(scan, segment, b);
    }

    private boolean dropsLeading(Scan scan, int a, int b) {
        Token t = scan.tokens.get(a);
        if (!t.isWord() || isInterviewLabel(scan.tokens, a) || LEADING_CONNECTORS.contains(t.text)) {
            return true; // "of the Hurricane Center" once "Director" opening a sentence is dropped
        }
        if (!t.is("The") && distributedAnd(scan.tokens, a, b) > 0) {
            return false; // "Health and Education Ministries" at a sentence's start
        }
        if (PARTICLES.contains(t.text) || a + 1 < b && PARTICLES.contains(t.lower())) {
            return false; // "de la Barra", and "De la Garza said" opening a sentence
        }
        if (gazetteer.matchAt(scan.tokens, a, b) != null || opensDateline(scan, a, b)) {
            return false;
        }
        String lower = stem(t.lower());
        if (!scan.initial[a]) {
            // mid-sentence capitals are names ("He Yongqian"), but a leading "The" or "I'm" is not part of one
            return t.is("The") || !lower.equals(t.lower()) && gazetteer.commonWords.contains(lower);
        }
        if (gazetteer.commonWords.contains(lower)) {
            return true;
        }
        if (a + 1 < b && (gazetteer.givenNames.contains(t.text) || titleStart(scan.tokens, a, b) == a
                || gazetteer.isKoreanGivenName(scan.tokens.get(a + 1).text))) {
            return false; // "Secretary of State Marco Rubio said" opens a sentence with a title
        }
        if (a + 2 == b && gazetteer.isGivenName(t.text) && surnameAt(scan.tokens, a + 1)
                && !isHead(scan.tokens.get(a + 1))) {
            return false; // "Faith Hill sang", not "Hope Street" or "Sky News"
        }
        if (ActorFeatures.DIRECTIONS.contains(t.text) && isHead(scan.tokens.get(b - 1))) {
            return false; // "Northern Arizona University said", "Western Cape Province"
        }
        if (a + 1 == b || !lexicon.isCommon(lower) || scan.capitalisedInside.contains(t.text)) {
            // a lone word is left to the decision, which weighs what the lexicon says against its cues
            return false;
        }
        // "Lee Jae-sung": a word that can only be a noun, before one English does not know, is a name
        Token next = scan.tokens.get(a + 1);
        return !(lexicon.onlyNoun(lower) && next.isWord() && !lexicon.isCommon(next.lower())
                && !gazetteer.isGivenName(next.text)); // "Mathematician Hermann Weyl" is described
    }

    /** "Q." or "A." opening a paragraph of an interview: who asks and who answers, not a name. */
    private static boolean isInterviewLabel(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return (t.is("Q.") || t.is("A.") || t.is("Q") || t.is("A")) && (k == 0 || tokens.get(k - 1).paragraph != t.paragraph)
                && k + 1 < tokens.size() && tokens.get(k + 1).paragraph == t.paragraph;
    }

    /** The word before a contraction: "We'll" → "we". */
    private static String stem(String lower) {
        for (int k = 1; k < lower.length(); k++) {
            if (Tokens.isApostrophe(lower.charAt(k))) {
                return lower.substring(0, k);
            }
        }
        return lower;
    }

    /**
     * Months and weekdays split a run, except a surname like "May" after a given name, and a given name like "Jan"
     * before a surname.
     */
    private boolean isCalendar(List<Token> tokens, int k, int segmentStart, int end) {
        Token t = tokens.get(k);
        if (!gazetteer.calendar.contains(t.text)) {
            return false;
        }
        // "in May Boris Johnson resigned": after a preposition it is a date
        boolean dated = k > 0 && DATE_PREPOSITIONS.contains(tokens.get(k - 1).lower());
        boolean givenName = k + 1 < end && !dated && gazetteer.isGivenName(t.text) && surnameAt(tokens, k + 1);
        // "Viña del Mar": after a particle it is part of a name
        boolean afterParticle = k > segmentStart && PARTICLES.contains(tokens.get(k - 1).text);
        return !givenName && !afterParticle && !(k > segmentStart && gazetteer.givenNames.contains(tokens.get(k - 1).text));
    }

    /** A word that can be a family name: "Obi" or "Carter" after "June", not "Monday" or "Budget". */
    private boolean surnameAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && !gazetteer.calendar.contains(t.text)
                && (gazetteer.surnameRank(t.text) > 0 || !lexicon.isCommon(t.lower()));
    }

    private void addSegment(Scan scan, int a, int b) {
        if (a >= b) {
            return;
        }
        List<Token> tokens = scan.tokens;
        Gazetteer.Entry listed = gazetteer.matchAt(tokens, a, b);
        if (listed != null && listed.tokens().length == b - a) {
            add(scan, a, b, listed);
            return;
        }
        if (listed != null) {
            Gazetteer.Entry rest = gazetteer.matchAt(tokens, a + listed.tokens().length, b);
            if (rest != null && a + listed.tokens().length + rest.tokens().length == b && !branchOf(listed, rest)) {
                add(scan, a, a + listed.tokens().length, listed);
                add(scan, b - rest.tokens().length, b, rest);
                return;
            }
        }
        if (addDistributed(scan, a, b)) {
            return;
        }
        int t = titleStart(tokens, a, b);
        if (t >= 0) {
            addTitled(scan, a, t, b);
            return;
        }
        int title = trailingTitle(tokens, a, b);
        if (title > a) {
            addSegment(scan, a, title);
            return;
        }
        int complement = titleComplement(tokens, a, b);
        if (complement > a) {
            addSegment(scan, complement, b); // "President of the Linguistic Society of America" names a society
            return;
        }
        if (describesPerson(tokens, a, b)) {
            addSegment(scan, a + 1, b); // "Republican Margaret Young"
            return;
        }
        if (b - a == 1 && nationality(gazetteer, tokens, a)) {
            return; // "the Indian said": someone of the country, not the country
        }
        int named = listed == null ? -1 : a + listed.tokens().length;
        if (listed != null && listed.demonym() && (gazetteer.givenNames.contains(tokens.get(named).text)
                || personFollows(tokens, named, b) || twoWordsEnglishDoesNotKnow(tokens, named, b))) {
            // "Egyptian Mohamed Salah", "Kenyan Eliud Kipchoge"
            add(scan, a, named, listed);
            addSegment(scan, named, b);
            return;
        }
        add(scan, a, b, b - a == 1 && postedOnX(tokens, a) ? PLATFORM_X : null);
    }

    /**
     * "wrote on X", "in a post on X": the platform once called Twitter, which no other lone capital letter after "on"
     * names where posts are spoken of.
     */
    private static boolean postedOnX(List<Token> tokens, int k) {
        if (!tokens.get(k).is("X") || k == 0 || !tokens.get(k - 1).is("on")) {
            return false;
        }
        for (int m = k - 2; m >= Math.max(0, k - POSTING_REACH) && tokens.get(m).sentence == tokens.get(k).sentence; m--) {
            if (POSTING.contains(tokens.get(m).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the Indian said", "the Australian added": a demonym standing for someone of the country, before a verb. */
    static boolean nationality(Gazetteer gazetteer, List<Token> tokens, int k) {
        Gazetteer.Entry listed = gazetteer.matchAt(tokens, k, k + 1);
        if (listed == null || !listed.demonym() || k == 0 || !tokens.get(k - 1).lower().equals("the") || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.isWord() && !next.capitalised() && gazetteer.speechVerbs.contains(next.text);
    }

    /** "Michigan Democratic Party": a place before an organisation with its head names the place's branch of it. */
    private boolean branchOf(Gazetteer.Entry place, Gazetteer.Entry organization) {
        String[] words = organization.tokens();
        return place.type() == ActorType.LOCATION && !place.demonym() && organization.type() == ActorType.ORGANIZATION
                && gazetteer.orgHeads.contains(words[words.length - 1]);
    }

    /**
     * "Health and Education Ministries": two organisations sharing a head written once in the plural, each named as
     * an organisation of its own ("Health Ministry", "Education Ministry"). Each part is one or two capitalised words.
     *
     * @return whether [a, b) was such a coordination, and its two names added
     */
    private boolean addDistributed(Scan scan, int a, int b) {
        int and = distributedAnd(scan.tokens, a, b);
        if (and < 0) {
            return false;
        }
        String head = SHARED_HEADS.get(scan.tokens.get(b - 1).text);
        scan.found.add(Candidate.distributed(a, and, and, scan.body, scan.tokens, head));
        scan.found.add(Candidate.distributed(and + 1, b - 1, b, scan.body, scan.tokens, head));
        return true;
    }

    /** Where the "and" of a coordination that shares its head is in [a, b), or -1. */
    private int distributedAnd(List<Token> tokens, int a, int b) {
        int and = a + 1 < b && tokens.get(a + 1).is("and") ? a + 1 : a + 2 < b && tokens.get(a + 2).is("and") ? a + 2 : -1;
        if (and < 0 || b - (and + 1) < 2 || b - (and + 1) > 3 || !SHARED_HEADS.containsKey(tokens.get(b - 1).text)) {
            return -1;
        }
        for (int k = a; k < b - 1; k++) {
            if (k != and && (!isCapitalisedWord(tokens.get(k)) || isHead(tokens.get(k)))) {
                return -1;
            }
        }
        return and;
    }

    /** Where the organisation starts in "Director of the Hurricane Center", a title with no name after; else a. */
    private int titleComplement(List<Token> tokens, int a, int b) {
        if (!gazetteer.isTitleWord(tokens.get(a))) {
            return a;
        }
        int end = titleEnd(tokens, a, b);
        if (end >= b - 1 || !tokens.get(end).is("of") && !tokens.get(end).is("for") || !holdsTitleHead(tokens, a, end)) {
            return a; // "City of Edinburgh Council": a title's modifier alone is no title
        }
        int entityStart = end + (tokens.get(end + 1).is("the") ? 2 : 1);
        if (entityStart >= b || entityEnd(tokens, entityStart, b) >= 0) {
            return a;
        }
        for (int k = entityStart; k < b; k++) {
            if (gazetteer.orgHeads.contains(tokens.get(k).text)) {
                return entityStart;
            }
        }
        return a;
    }

    private boolean holdsTitleHead(List<Token> tokens, int a, int end) {
        for (int k = a; k < end; k++) {
            if (gazetteer.isTitleHead(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Republican Margaret Young", "Conservative Jane Doe": an English word before a given name and a surname that
     * end the run; "Royal Albert Hall" ends with a head and keeps its first word.
     */
    private boolean describesPerson(List<Token> tokens, int a, int b) {
        if (b - a != 3) {
            return false;
        }
        Token first = tokens.get(a);
        boolean describing = isEnglishWord(first) && !gazetteer.isGivenName(first.text) && !isHead(first) && !isTitleToken(first)
                && !PARTICLES.contains(first.text);
        boolean person = gazetteer.givenNames.contains(tokens.get(a + 1).text) && !isHead(tokens.get(b - 1))
                || personFollows(tokens, a + 1, b) || nameOfAPerson(tokens, a + 1, b);
        return describing && person && gazetteer.matchAt(tokens, a, b) == null;
    }

    /** "Fisherman", "Co-author", "Scrum-half": an English word, or words joined by hyphens, each English. */
    private boolean isEnglishWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (String part : t.lower().split("-")) {
            if (part.isEmpty() || !lexicon.isCommon(part)) {
                return false;
            }
        }
        return true;
    }

    /** "Tanabe Yoshiro", "Kazuki Nishimura": two words English does not know, one of them a listed surname. */
    private boolean nameOfAPerson(List<Token> tokens, int k, int b) {
        String given = tokens.get(k).text;
        String family = tokens.get(b - 1).text;
        return twoWordsEnglishDoesNotKnow(tokens, k, b)
                && (gazetteer.surnameRank(family) > 0 || gazetteer.surnameRank(given) > 0
                || gazetteer.familyNameFirst(given, family));
    }

    /** "Eliud Kipchoge" from {@code k} to the run's end b: two words, neither English nor a head. */
    private boolean twoWordsEnglishDoesNotKnow(List<Token> tokens, int k, int b) {
        Token given = tokens.get(k);
        Token family = tokens.get(b - 1);
        return k + 2 == b && given.isWord() && family.isWord() && !lexicon.isCommon(given.lower())
                && !lexicon.isCommon(family.lower()) && !isHead(family);
    }

    /**
     * A given name of the long list and a surname that is no English word, from {@code k} to the run's end b:
     * "Chinese Bernhard Karlgren", not "German Marshall Plan".
     */
    private boolean personFollows(List<Token> tokens, int k, int b) {
        return k + 2 == b && gazetteer.isGivenName(tokens.get(k).text) && !lexicon.isCommon(tokens.get(b - 1).lower())
                && !isHead(tokens.get(b - 1));
    }

    /** Where a title starts inside [a, b) with a name after it, or -1. */
    private int titleStart(List<Token> tokens, int a, int b) {
        if (endsWithHead(tokens, b) && !surnameIsHead(tokens, a, b)) {
            return -1;
        }
        // Read from the end backwards: where a title from each token would end, whether it holds a head, and
        // whether an organisation's head comes after; then each token is looked at once.
        int[] titleEnd = new int[b - a + 1];
        boolean[] headed = new boolean[b - a + 1];
        boolean[] orgHeadFrom = new boolean[b - a + 1];
        titleEnd[b - a] = b;
        for (int k = b - 1; k >= a; k--) {
            Token t = tokens.get(k);
            boolean inTitle = continuesTitle(tokens, k, b);
            titleEnd[k - a] = inTitle ? titleEnd[k - a + 1] : k;
            headed[k - a] = inTitle && (gazetteer.isTitleHead(t) || gazetteer.honorifics.contains(t.text)
                    || headed[k - a + 1]);
            orgHeadFrom[k - a] = gazetteer.orgHeads.contains(t.text) || orgHeadFrom[k - a + 1];
        }
        for (int k = a; k < b - 1; k++) {
            if (k > a && gazetteer.placeHeads.contains(tokens.get(k).text)) {
                continue; // "Harris County Judge Ana Ruiz": the county ends the place the judge is of
            }
            if (k > a && gazetteer.isGivenName(tokens.get(k - 1).text) && gazetteer.isGivenName(tokens.get(k).text)) {
                continue; // "Jimmy Dean Watkins": a given name before a title's word makes it a middle name
            }
            int end = titleEnd[k - a];
            if (k > a && isTitleToken(tokens.get(k)) && (tokens.get(k - 1).is("of") || tokens.get(k - 1).is("the")
                    || tokens.get(k - 1).is("for"))) {
                k = end - 1; // "Office of the High Commissioner for Refugees": a title that completes a name
                continue;
            }
            // "Ministry of Justice and Culture": "and" opens no one's name
            if (isTitleToken(tokens.get(k)) && headed[k - a] && end < b && !tokens.get(end).is("and")
                    && !onlySuffixes(tokens, end, b)
                    && (!orgHeadFrom[end - a] || complementThenName(tokens, end, b))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean onlySuffixes(List<Token> tokens, int from, int b) {
        for (int k = from; k < b; k++) {
            if (!NAME_SUFFIXES.contains(tokens.get(k).text)) {
                return false;
            }
        }
        return true;
    }

    /** "of the National Hurricane Center Ana Ruiz": an organisation named after the title, then a name. */
    private boolean complementThenName(List<Token> tokens, int end, int b) {
        if (!tokens.get(end).is("of") && !tokens.get(end).is("for") || end + 2 >= b) {
            return false;
        }
        int entityEnd = entityEnd(tokens, end + (tokens.get(end + 1).is("the") ? 2 : 1), b);
        return entityEnd > 0 && entityEnd < b;
    }

    private boolean isTitleToken(Token t) {
        return t.isWord() && (gazetteer.isTitleWord(t) || gazetteer.honorifics.contains(t.text));
    }

    private int titleEnd(List<Token> tokens, int k, int b) {
        int end = k;
        while (end < b && continuesTitle(tokens, end, b)) {
            end++;
        }
        return end;
    }

    /**
     * A title word, or "of", "the", "for" or "in" between two: "Secretary of State", "Minister for the Environment",
     * "Special Agent in Charge".
     */
    private boolean continuesTitle(List<Token> tokens, int k, int b) {
        Token t = tokens.get(k);
        return isTitleToken(t) || (t.is("of") || t.is("the") || t.is("for") || t.is("in")) && k + 1 < b
                && isTitleToken(tokens.get(k + 1));
    }

    /**
     * "Judge Sarah Park", "Judge Shanlyn Park": after a given name, or after a word English does not know, a head that
     * is also a name ends a person's name, not an institution's.
     */
    private boolean surnameIsHead(List<Token> tokens, int a, int b) {
        if (b - a < 3) {
            return false;
        }
        Token before = tokens.get(b - 2);
        return gazetteer.givenNames.contains(before.text) || gazetteer.isGivenName(tokens.get(b - 1).text)
                && before.isWord() && !lexicon.isCommon(before.lower()) && !isTitleToken(before) && !isHead(before);
    }

    private boolean endsWithHead(List<Token> tokens, int b) {
        String last = tokens.get(b - 1).text;
        return gazetteer.orgHeads.contains(last) || gazetteer.placeHeads.contains(last)
                || gazetteer.nonActorHeads.contains(last);
    }

    /** [a, t) is what precedes the title ("US", "White House"), [t, end) the title, the rest the name. */
    private void addTitled(Scan scan, int a, int t, int b) {
        List<Token> tokens = scan.tokens;
        int end = titleEnd(tokens, t, b);
        int roleLast = end;
        int nameStart = end;
        if (tokens.get(end).is("of") || tokens.get(end).is("for")) {
            // "President of the European Commission Ursula von der Leyen"
            int entityStart = end + (tokens.get(end + 1).is("the") ? 2 : 1);
            int entityEnd = entityEnd(tokens, entityStart, b);
            if (entityEnd < 0) {
                entityEnd = personAtEnd(tokens, entityStart, b);
            }
            if (entityEnd < 0) {
                addSegment(scan, entityStart, b);
                return;
            }
            addSegment(scan, entityStart, entityEnd);
            roleLast = entityEnd;
            nameStart = entityEnd;
        }
        if (a < t) {
            addSegment(scan, a, t);
        }
        int complement = complementAfterName(tokens, nameStart, b);
        if (complement > 0) {
            // "Judge Harriet Delacambre of the Middle District of Louisiana": the court is named apart
            addSegment(scan, complement + (tokens.get(complement + 1).is("the") ? 2 : 1), b);
        }
        Candidate name = addName(scan, nameStart, complement > 0 ? complement : b);
        if (name == null) {
            return;
        }
        name.titled = true;
        boolean addressOnly = true;
        for (int k = t; k < end; k++) {
            addressOnly &= gazetteer.honorifics.contains(tokens.get(k).text);
        }
        if (!addressOnly) {
            name.roleFirst = a;
            name.roleLast = roleLast;
        }
    }

    /**
     * Title words alone, "of" or "for" between them after a head: "Commissioner of Police", "Minister of Health",
     * "Secretary of State"; "Interior Ministry" and "Ministry of Defence" are made of title words and still name
     * organisations.
     */
    private boolean isTitleAlone(List<Token> tokens, int a, int b) {
        if (!isTitleToken(tokens.get(a)) || titleEnd(tokens, a, b) < b) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            if (!isTitleToken(tokens.get(k))) {
                return holdsTitleHead(tokens, a, k);
            }
        }
        return !gazetteer.orgHeads.contains(tokens.get(b - 1).text);
    }

    /**
     * Where a title with no one named after it ends the run, after the organisation or place it is of: "Harris County
     * Judge", "Ondo State Commissioner for Health", "Kenya Defence Forces Chief of Staff"; or -1.
     */
    private int trailingTitle(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (!isTitleAlone(tokens, k, b) || !holdsTitleHead(tokens, k, b)) {
                continue;
            }
            Gazetteer.Entry listed = gazetteer.matchAt(tokens, a, k);
            if (endsWithHead(tokens, k) || listed != null && listed.tokens().length == k - a) {
                return k; // "County" and "State" are title words too: "Harris County" ends before "Judge"
            }
        }
        return -1;
    }

    /** Where "of" follows a titled person's name of two words or more and opens another name; else -1. */
    private static int complementAfterName(List<Token> tokens, int nameStart, int b) {
        for (int k = nameStart + 2; k + 2 < b; k++) {
            if (tokens.get(k).is("of")) {
                return k;
            }
            if (!tokens.get(k).capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a title's complement ends before a given name and one or two family names that end the run, or -1:
     * "Minister of Infrastructure and Water Management Sanne Kuijpers", "Vice Minister of Electricity Andrés Pazmiño
     * Cevallos".
     */
    private int personAtEnd(List<Token> tokens, int from, int b) {
        for (int given = Math.max(from + 1, b - 3); given <= b - 2; given++) {
            if (gazetteer.isGivenName(tokens.get(given).text) && nameWithoutHead(tokens, given, b)) {
                return given;
            }
        }
        for (int given = Math.max(from + 1, b - 3); given <= b - 2; given++) {
            // "Minister of Water and Irrigation Suhail Abu Rumman": English ends where the name begins, not "for Northern
            // Ireland Hilary Benn"
            if (isCapitalisedWord(tokens.get(given - 1)) && !gazetteer.placeNames.contains(tokens.get(given).text)
                    && nameWithoutHead(tokens, given, b) && noEnglish(tokens, given, b)) {
                return given;
            }
        }
        return -1;
    }

    private boolean noEnglish(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.isCommon(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words are capitalised and none is an organisation's or a place's head. */
    private boolean nameWithoutHead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).capitalised() || isHead(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The end of an organisation or place named after "of" in a title, or -1 when the name runs to b. */
    private int entityEnd(List<Token> tokens, int from, int b) {
        int end = -1;
        for (int k = from; k < b; k++) {
            Gazetteer.Entry listed = gazetteer.matchAt(tokens, k, b);
            if (listed != null) {
                end = k + listed.tokens().length;
                k = end - 1;
            } else if (gazetteer.orgHeads.contains(tokens.get(k).text)
                    || gazetteer.placeHeads.contains(tokens.get(k).text)) {
                end = k + 1;
            }
        }
        return end < b ? end : -1;
    }

    private Candidate addName(Scan scan, int a, int b) {
        Gazetteer.Entry listed = gazetteer.matchAt(scan.tokens, a, b);
        return add(scan, a, b, listed != null && listed.tokens().length == b - a ? listed : null);
    }

    private Candidate add(Scan scan, int a, int b, Gazetteer.Entry listed) {
        List<Token> tokens = scan.tokens;
        boolean generic = listed == null && b - a == 1 && gazetteer.orgHeads.contains(tokens.get(a).text);
        if (listed == null && !generic && !isName(tokens, a, b) || namesCurrency(tokens, b)) {
            return null;
        }
        Candidate c = new Candidate(a, b, scan.body, tokens, listed);
        c.generic = generic;
        scan.found.add(c);
        return c;
    }

    /** "US$90 million", "A$38 million": the country's letters before a dollar sign name its currency. */
    private static boolean namesCurrency(List<Token> tokens, int b) {
        return b < tokens.size() && tokens.get(b).is("$") && tokens.get(b).start == tokens.get(b - 1).end;
    }

    /** Rejects titles alone, calendar words, events and laws, and capitalised words that name no one. */
    private boolean isName(List<Token> tokens, int a, int b) {
        if (isTitleAlone(tokens, a, b) || !nameLike(tokens.get(b - 1))
                || gazetteer.nonActorHeads.contains(tokens.get(b - 1).text)) {
            return false;
        }
        if (b - a > 1) {
            boolean allNotActors = true;
            for (int k = a; k < b; k++) {
                allNotActors &= gazetteer.notActors.contains(tokens.get(k).text);
            }
            return !allNotActors;
        }
        Token t = tokens.get(a);
        String w = t.text;
        // "COP30", "F-35": models and events, not actors
        boolean digits = t.isWord() && w.chars().anyMatch(Character::isDigit);
        // "Park said": a place head alone is no name, unless it is also a family name many people have
        boolean placeHead = gazetteer.placeHeads.contains(w)
                && !(gazetteer.surnameRank(w) > 0 && gazetteer.surnameRank(w) <= COMMON_SURNAME_RANK);
        return w.length() > 1 && !digits && !gazetteer.notActors.contains(w) && !gazetteer.calendar.contains(w)
                && !placeHead
                && !gazetteer.commonWords.contains(stem(w.toLowerCase(java.util.Locale.ROOT)));
    }

    // ---- acronyms in brackets

    /**
     * Whether each capital of the acronym is an initial of the name, in any order: "Democratic Party (PD)", "Partido
     * dos Trabalhadores (PT)"; not "Jared Moseti (ODM)", whose brackets name his party.
     */
    private static boolean initialsHold(List<Token> tokens, Candidate c, String acronym) {
        Set<Character> initials = new HashSet<>();
        for (int k = c.first; k < c.last; k++) {
            for (String part : tokens.get(k).text.split("-")) {
                if (!part.isEmpty()) {
                    initials.add(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        return acronym.chars().filter(Character::isUpperCase).allMatch(ch -> initials.contains((char) ch));
    }

    static boolean isAcronym(Token t) {
        if (!t.isWord() || t.text.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < t.text.length(); i++) {
            char ch = t.text.charAt(i);
            if (Character.isUpperCase(ch)) {
                upper++;
            } else if (ch != '.' && !(i > 0 && Character.isLowerCase(ch) && upper >= 1 && t.text.length() <= 4)
                    && !(Tokens.isHyphen(ch) && i > 0 && i + 1 < t.text.length() && Character.isUpperCase(t.text.charAt(i + 1)))) {
                return false; // "MQM-P" holds a hyphen, "GmbH" a few small letters
            }
        }
        return upper >= 2;
    }

    /**
     * "Bail for Immigration Detainees (BID)": when the words before an acronym in brackets spell it,
     * they are one name, even where the capitalised run broke at a lower-case word.
     */
    private void expandAcronyms(Scan scan) {
        List<Token> tokens = scan.tokens;
        // Names never overlap, so the one at each token is all there is to replace, however many names there are.
        Candidate[] covering = cover(scan.found, tokens.size());
        Set<Candidate> replaced = new HashSet<>();
        for (int p = 1; p + 2 < tokens.size(); p++) {
            scan.deadline.check();
            if (!tokens.get(p).is("(") || !tokens.get(p + 2).is(")") || !isAcronym(tokens.get(p + 1))) {
                continue;
            }
            String letters = upperLetters(tokens.get(p + 1).text);
            int start = expansionStart(tokens, p, letters);
            if (start < 0) {
                continue;
            }
            int end = p;
            Candidate there = covering[start];
            if (there != null && there.first == start && there.last == end) {
                continue;
            }
            for (int k = start; k < end; k++) {
                Candidate overlapping = covering[k];
                if (overlapping != null) {
                    replaced.add(overlapping);
                    Arrays.fill(covering, overlapping.first, overlapping.last, null);
                }
            }
            Candidate expansion = add(scan, start, end, null);
            if (expansion != null) {
                Arrays.fill(covering, start, end, expansion);
            }
        }
        scan.found.removeIf(replaced::contains);
    }

    private static int expansionStart(List<Token> tokens, int p, String letters) {
        StringBuilder initials = new StringBuilder();
        for (int s = p - 1; s >= Math.max(0, p - MAX_EXPANSION); s--) {
            Token t = tokens.get(s);
            if (!t.isWord() || t.sentence != tokens.get(p).sentence) {
                return -1;
            }
            if (ACRONYM_SKIPS.contains(t.text)) {
                continue;
            }
            if (!t.capitalised()) {
                return -1;
            }
            initials.insert(0, Character.toUpperCase(t.text.charAt(0)));
            if (initials.length() == letters.length()) {
                return initials.toString().equals(letters) ? s : -1;
            }
        }
        return -1;
    }

    /** "Chelsea manager Enzo Maresca", "Apple chief executive Tim Cook": a name follows the title at {@code k}. */
    private static boolean beforePersonsName(List<Token> tokens, int k) {
        int name = k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).capitalised() ? k + 1 : k;
        return name < tokens.size() && tokens.get(name).capitalised() && tokens.get(name).sentence == tokens.get(k - 1).sentence;
    }

    private static String upperLetters(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    // ---- clues around a name

    private void addContext(Scan scan, Candidate c, Candidate[] covering, Brackets brackets) {
        List<Token> tokens = scan.tokens;
        lowerCaseTitle(scan, c, covering);
        c.dateline = inDatelinePlace(scan, c);
        Token next = c.last < tokens.size() ? tokens.get(c.last) : null;
        Token afterNext = c.last + 1 < tokens.size() ? tokens.get(c.last + 1) : null;
        if (next != null && next.is(",")) {
            c.appositionRole = apposition(scan, c, c.last + 1, covering);
            c.titled |= c.appositionRole != null;
            if (afterNext != null && covering[c.last + 1] != null && covering[c.last + 1].entry != null
                    && covering[c.last + 1].entry.type() == ActorType.LOCATION && !covering[c.last + 1].entry.demonym()) {
                c.locationCues += 2; // "Santa Clara, California", "FAISALABAD, Pakistan (AFP)"
            }
            c.restated = restatedAfterComma(tokens, c, covering);
        } else if (next != null && next.is("(") && afterNext != null && c.dateline) {
            c.locationCues += 2; // "BERLIN (Reuters) —" after a headline: a dateline's place, its agency in brackets
        } else if (next != null && next.is("(") && afterNext != null) {
            Candidate inner = brackets.lastNameIn(c.last + 1);
            c.acronymFollows = isAcronym(afterNext) && c.last + 2 < tokens.size() && tokens.get(c.last + 2).is(")")
                    && initialsHold(tokens, c, afterNext.text);
            c.restated = inner != null && fillsBrackets(tokens, c.last, inner) ? inner : null;
        } else if (next != null && next.kind == Token.Kind.PUNCT && Tokens.isHyphen(next.text.charAt(0))
                && afterNext != null && afterNext.is("based")) {
            c.locationCues += 2;
        } else if (next != null && next.isWord() && !next.capitalised()) {
            // "a Translink spokesperson said": what speaks for it says it is an organisation
            c.organizationCues += ORGANIZATION_NOUNS.contains(next.text) || SPOKESPEOPLE.contains(next.text) ? 2 : 0;
            c.locationCues += PLACE_NOUNS.contains(next.text) ? 2 : 0;
            c.employer = PEOPLE_OF_AN_ORGANIZATION.contains(next.text) && beforePersonsName(tokens, c.last + 1);
        }
        int clause = clauseContinues(tokens, c);
        c.subject = isVerb(tokens, clause);
        c.speaker = isSpeechVerb(tokens, clause) || c.first >= 2 && isSpeechVerb(tokens, c.first - 1)
                && (tokens.get(c.first - 2).isQuoteMark() || tokens.get(c.first - 2).is(","));
        int before = c.roleFirst >= 0 ? c.roleFirst - 1 : c.first - 1;
        if (before >= 0) {
            Token b = tokens.get(before);
            c.locationCues += LOCATION_PREPOSITIONS.contains(b.text) ? 1 : 0;
            c.organizationCues += ORGANIZATION_NOUNS.contains(b.text) ? 2 : 0;
            if (b.is("-") && before >= 1 && tokens.get(before - 1).partyLetter) {
                c.locationCues += 2; // the state of "Jane Doe, D-N.Y.,"
            }
            if (b.is("of") && before >= 1 && (PLACE_NOUNS.contains(tokens.get(before - 1).text)
                    || PEOPLE_OF_A_PLACE.contains(tokens.get(before - 1).lower()))) {
                c.locationCues += 2; // "the town of Nanoro"
            }
            c.employer |= (b.is("of") || b.is("at")) && before >= 1
                    && PEOPLE_OF_AN_ORGANIZATION.contains(tokens.get(before - 1).lower()); // "general manager of X"
            c.organizationCues += c.employer ? 2 : 0;
        }
    }

    /**
     * Where the clause goes on after a name, its affiliation, a bracket and any apposition in commas: "Smith, 45, a
     * teacher, said", "Judge Ana Ruiz of the Maputo City Court sentenced", "The Tax Authority (AT), which joined the
     * case, welcomed".
     */
    private int clauseContinues(List<Token> tokens, Candidate c) {
        int k = c.last;
        if (k + 1 < tokens.size() && tokens.get(k).is(",") && isSpeechVerb(tokens, k + 1)) {
            return k + 1; // "Director-General of the NCDC, Dr. Halima Yakubu-Danjuma, told": the comma closes her apposition
        }
        if (k + 1 < tokens.size() && AFFILIATIONS.contains(tokens.get(k).text)) {
            int m = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
            while (m < tokens.size() && m - k <= MAX_APPOSITION && tokens.get(m).sentence == tokens.get(k).sentence
                    && (tokens.get(m).capitalised() || tokens.get(m).is("of") && m > k + 2)) {
                m++;
            }
            k = m > k + 1 && tokens.get(m - 1).capitalised() ? m : k;
        }
        if (k < tokens.size() && tokens.get(k).is("(")) {
            // "Bush (4-5) took the loss"
            int close = k;
            for (int m = k + 1; m < tokens.size() && m - k <= MAX_APPOSITION
                    && tokens.get(m).sentence == tokens.get(k).sentence; m++) {
                if (tokens.get(m).is(")")) {
                    close = m + 1;
                    break;
                }
            }
            if (close == k) {
                return k;
            }
            k = close;
        }
        if (k < tokens.size() && tokens.get(k).is(",")) {
            int segment = k;
            for (int m = k + 1; m < tokens.size() && m - segment <= 2 * MAX_APPOSITION
                    && tokens.get(m).sentence == tokens.get(k).sentence && !tokens.get(m).isQuoteMark(); m++) {
                if (tokens.get(m).is(",")) {
                    if (m - k > 4 * MAX_APPOSITION || !opensApposition(tokens, m + 1)) {
                        return pastHometown(tokens, m + 1);
                    }
                    segment = m; // "Smith, 20, who grew up nearby, had come on": another apposition follows
                }
            }
            return pastHometown(tokens, segment + 1);
        }
        return k;
    }

    /** "Rokeya Begum, 52, of Jatrabari was sitting": where someone is from, after an apposition, is part of it. */
    private static int pastHometown(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).is("of") || !tokens.get(k + 1).capitalised()) {
            return k;
        }
        int m = k + 1;
        while (m < tokens.size() && tokens.get(m).capitalised() && tokens.get(m).sentence == tokens.get(k).sentence) {
            m++;
        }
        return m;
    }

    private static boolean opensApposition(List<Token> tokens, int k) {
        return k < tokens.size()
                && (APPOSITION_OPENERS.contains(tokens.get(k).text) || tokens.get(k).kind == Token.Kind.NUMBER);
    }

    private boolean isVerb(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).capitalised()) {
            return false;
        }
        String w = tokens.get(k).text;
        return gazetteer.speechVerbs.contains(w) || lexicon.canBeFiniteVerb(w);
    }

    private boolean isSpeechVerb(List<Token> tokens, int k) {
        return k < tokens.size() && gazetteer.speechVerbs.contains(tokens.get(k).text);
    }

    /**
     * "(PLO)", "(born Joan Smith)", "(Prime Minister Benjamin Netanyahu)": the brackets after a name hold another name of
     * it, after at most its title or a few lower-case words; "(La notte and Beyond the Clouds)" names works, not the
     * director again.
     */
    private static boolean fillsBrackets(List<Token> tokens, int open, Candidate inner) {
        int lead = inner.roleFirst >= 0 ? inner.roleFirst : inner.first;
        if (inner.last >= tokens.size() || !tokens.get(inner.last).is(")") || lead - open > MAX_BRACKET_LEAD) {
            return false;
        }
        for (int k = open + 1; k < lead; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words open a paragraph after the first with a dateline's place: "RAPID CITY, S.D. (AP) —". */
    private static boolean opensDateline(Scan scan, int a, int b) {
        Token t = scan.tokens.get(a);
        return a > 0 && scan.tokens.get(a - 1).paragraph != t.paragraph && t.allCaps()
                && WireCopyParser.datelineEnd(scan.body, t.start) >= scan.tokens.get(b - 1).end;
    }

    /** Whether the name is in the place of a dateline, before its agency's bracket: "MACON, Ga." of "MACON, Ga. —". */
    private static boolean inDatelinePlace(Scan scan, Candidate c) {
        if (!inDateline(scan, c)) {
            return false; // within DATELINE_TOKENS of its paragraph's start, then
        }
        List<Token> tokens = scan.tokens;
        for (int k = c.first; k > 0 && tokens.get(k - 1).paragraph == tokens.get(k).paragraph; k--) {
            if (tokens.get(k - 1).is("(")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name is in a dateline in capitals, as the wire copy's reader knows one, opening a paragraph other
     * than the text's first: "BERLIN (Reuters) —" or "MADURAI, India (PTI) -" after a headline; not "Boolean Operator
     * (Listing 1):" heading a paragraph of a paper.
     */
    private static boolean inDateline(Scan scan, Candidate c) {
        List<Token> tokens = scan.tokens;
        int k = c.first;
        while (k > 0 && c.first - k < DATELINE_TOKENS && tokens.get(k - 1).paragraph == tokens.get(k).paragraph) {
            k--;
        }
        Token first = tokens.get(k);
        return k > 0 && tokens.get(k - 1).paragraph != first.paragraph && first.allCaps()
                && WireCopyParser.datelineEnd(scan.body, first.start) >= c.end;
    }

    /**
     * "Gavi, the Vaccine Alliance,": an organisation named again in apposition; not one of a list, "the Catholic
     * Church, the Lutheran Church, and the Anglican Communion".
     */
    private Candidate restatedAfterComma(List<Token> tokens, Candidate c, Candidate[] covering) {
        int k = c.last + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).is("the") || covering[k + 1] == null
                || c.first >= 2 && tokens.get(c.first - 1).is("the") && tokens.get(c.first - 2).is(",")) {
            return null;
        }
        Candidate other = covering[k + 1];
        boolean closed = other.last < tokens.size() && (tokens.get(other.last).is(",") || tokens.get(other.last).is("."));
        boolean listGoesOn = closed && other.last + 1 < tokens.size() && tokens.get(other.last).is(",")
                && LIST_GOES_ON.contains(tokens.get(other.last + 1).text);
        return other.first == k + 1 && closed && !listGoesOn && gazetteer.orgHeads.contains(other.lastWord) ? other : null;
    }

    /** "special envoy Steve Witkoff", "Hamas spokesman Hazem Qassem": a lower-case title before the name. */
    private void lowerCaseTitle(Scan scan, Candidate c, Candidate[] covering) {
        List<Token> tokens = scan.tokens;
        int end = c.roleFirst >= 0 ? c.roleFirst : c.first;
        int k = end - 1;
        boolean head = false;
        while (k >= 0 && tokens.get(k).isWord() && !tokens.get(k).capitalised() && tokens.get(k).sentence
                == tokens.get(end).sentence && (gazetteer.isTitleWord(tokens.get(k))
                || (tokens.get(k).is("of") && k + 1 < end && gazetteer.isTitleWord(tokens.get(k + 1))))) {
            head |= gazetteer.isTitleHead(tokens.get(k));
            k--;
        }
        if (!head && c.roleFirst < 0) {
            return;
        }
        int first = k + 1;
        if (head) {
            // "Hamas spokesman", "Apple's chief executive"
            int owner = k >= 1 && tokens.get(k).is("'s") ? k - 1 : k;
            if (owner >= 0 && covering[owner] != null && covering[owner] != c && tokens.get(owner).end
                    == covering[owner].end) {
                first = covering[owner].first;
            }
        }
        if (first < end) {
            c.roleFirst = first;
            if (c.roleLast < 0) {
                c.roleLast = c.first;
            }
            c.titled = true;
        }
    }

    /**
     * The title in ", senior adviser," or ", a spokesman for the Indonesian military," after a name.
     * An unlisted name inside means a list of people ("Vance, Secretary of State Marco Rubio"), not a title.
     */
    private String apposition(Scan scan, Candidate c, int k, Candidate[] covering) {
        List<Token> tokens = scan.tokens;
        if (k < tokens.size() && tokens.get(k).kind == Token.Kind.NUMBER && k + 1 < tokens.size()
                && tokens.get(k + 1).is(",")) {
            k += 2; // an age: "Smith, 45, a teacher"
        }
        if (k < tokens.size() && ARTICLES.contains(tokens.get(k).text)) {
            k++;
        }
        int first = k;
        if (first >= tokens.size() || !tokens.get(first).isWord() || tokens.get(first).is("and")
                || isVerbOnly(tokens.get(first)) // "His father, Anthony, was a geologist"
                || tokens.get(first).capitalised() && (covering[first] == null || looksLikePerson(covering[first]))) {
            return null;
        }
        int end = k;
        boolean head = false;
        boolean placeNoun = false;
        while (end < tokens.size() && end - first < MAX_APPOSITION && tokens.get(end).sentence
                == tokens.get(first).sentence) {
            Token t = tokens.get(end);
            if (APPOSITION_ENDS.contains(t.text) || t.isQuoteMark() || gazetteer.speechVerbs.contains(t.text)) {
                break;
            }
            if (covering[end] != null && looksLikePerson(covering[end])) {
                return null;
            }
            head |= end - first < 5 && t.isWord() && gazetteer.isTitleHead(t);
            placeNoun |= end - first < 4 && PLACE_NOUNS.contains(t.text);
            end++;
        }
        if (placeNoun && !head) {
            c.locationCues += 2; // "Brook House, an immigration removal centre"; not "Vandeveer, a county commissioner"
        }
        boolean closed = end < tokens.size() && APPOSITION_ENDS.contains(tokens.get(end).text);
        if (!head || !closed || end == first) {
            return null;
        }
        return scan.body.substring(tokens.get(first).start, tokens.get(end - 1).end);
    }

    private boolean isVerbOnly(Token t) {
        return !t.capitalised() && (AUXILIARIES.contains(t.text)
                || lexicon.canBeFiniteVerb(t.text) && !lexicon.canBeNoun(t.text));
    }

    private boolean looksLikePerson(Candidate c) {
        return c.titled || c.words() > 1 && gazetteer.givenNames.contains(c.firstWord);
    }

    /** Where brackets close and which names they hold, found for the whole text in one pass. */
    private static final class Brackets {

        private final Candidate[] covering;
        /** From each token on: the next ")", and the first token of another sentence. */
        private final int[] close;
        private final int[] sentenceEnd;
        /** Up to each token: the last token inside a name, or -1. */
        private final int[] lastNamed;

        Brackets(List<Token> tokens, Candidate[] covering) {
            int n = tokens.size();
            this.covering = covering;
            this.close = new int[n + 1];
            this.sentenceEnd = new int[n + 1];
            this.lastNamed = new int[n];
            close[n] = n;
            sentenceEnd[n] = n;
            for (int k = n - 1; k >= 0; k--) {
                close[k] = tokens.get(k).is(")") ? k : close[k + 1];
                boolean sentenceGoesOn = k + 1 < n && tokens.get(k + 1).sentence == tokens.get(k).sentence;
                sentenceEnd[k] = sentenceGoesOn ? sentenceEnd[k + 1] : k + 1;
            }
            for (int k = 0; k < n; k++) {
                lastNamed[k] = covering[k] != null ? k : k > 0 ? lastNamed[k - 1] : -1;
            }
        }

        /** The last name inside the brackets that open at {@code k}; none when they close in another sentence. */
        Candidate lastNameIn(int k) {
            int end = close[k];
            if (sentenceEnd[k] < end || end == k) {
                return null;
            }
            int last = lastNamed[end - 1];
            return last >= k ? covering[last] : null;
        }
    }
}
