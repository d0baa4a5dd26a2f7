package org.newsgraph.actors.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The curated word lists in this package's resources, and the JDK's country names. */
final class Gazetteer {

    /** A listed name: {@code name} is the canonical name it refers to (a demonym's country). */
    record Entry(String name, ActorType type, boolean demonym, String[] tokens) {

        /** Whether the name holds the word: "of" in "University of California". */
        boolean has(String word) {
            for (String token : tokens) {
                if (token.equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern KOREAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private static final String ELECT = "-elect";
    /** The forms of address, read once for the gazetteer and for {@link Tokens}' abbreviations. */
    private static final Set<String> FORMS_OF_ADDRESS = formsOfAddress();
    private static final String SHARED = "";
    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    final Set<String> givenNames = new HashSet<>();
    final Set<String> surnameFirst = new HashSet<>();
    final Set<String> titleHeads = new HashSet<>();
    final Set<String> titleModifiers = new HashSet<>();
    final Set<String> honorifics = FORMS_OF_ADDRESS;
    final Set<String> orgHeads = new HashSet<>();
    /** Words that open an organisation's name in other languages: "Partido", "Universidad", "Banque". */
    final Set<String> orgOpeners = new HashSet<>();
    final Set<String> placeHeads = new HashSet<>();
    /** The place heads of landforms and waters: "River", "Lake", "Mount". */
    final Set<String> landformHeads = new HashSet<>();
    final Set<String> nonActorHeads = new HashSet<>();
    final Set<String> calendar = new HashSet<>();
    final Set<String> notActors = new HashSet<>();
    final Set<String> commonWords = new HashSet<>();
    final Set<String> speechVerbs = new HashSet<>();
    /** Cities of 15,000 people or more and the subdivisions of every country, by name, with and without accents. */
    final Set<String> placeNames = new HashSet<>();
    /** Given names of people, by far more than {@link #givenNames}, which also shape where names start and end. */
    final Set<String> firstNames = new HashSet<>();
    /** Surnames by how common they are: 1 for the commonest, as listed by a census. */
    private final Map<String, Integer> surnameRanks = new HashMap<>(1 << 17);
    /** Each name of a person in the news, full or short, to that person's full name; {@link #SHARED} when several. */
    private final Map<String, String> peopleInTheNews = new HashMap<>(1 << 13);

    private Gazetteer() {
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.loadCountries();
        lines("demonyms.txt", line -> {
            String[] parts = line.split("=");
            String demonym = parts[0].trim();
            String country = parts[1].trim();
            g.add(demonym, country, ActorType.LOCATION, true);
            if (demonym.endsWith("an") || demonym.endsWith("i")) {
                g.add(demonym + "s", country, ActorType.LOCATION, true);
            }
        });
        phrases("places.txt", names -> g.addAll(names, ActorType.LOCATION));
        phrases("organizations.txt", names -> g.addAll(names, ActorType.ORGANIZATION));
        phrases("people.txt", g::addPerson);
        words("given-names.txt", g.givenNames, false);
        words("surname-first.txt", g.surnameFirst, false);
        words("title-heads.txt", g.titleHeads, true);
        words("title-modifiers.txt", g.titleModifiers, true);
        words("org-heads.txt", g.orgHeads, false);
        words("org-openers.txt", g.orgOpeners, false);
        words("place-heads.txt", g.placeHeads, false);
        words("landform-heads.txt", g.landformHeads, false);
        g.placeHeads.addAll(g.landformHeads);
        words("non-actor-heads.txt", g.nonActorHeads, false);
        words("calendar.txt", g.calendar, false);
        words("not-actors.txt", g.notActors, false);
        words("common-words.txt", g.commonWords, true);
        words("speech-verbs.txt", g.speechVerbs, true);
        packedLines("place-names.txt.gz", name -> {
            g.placeNames.add(name);
            g.placeNames.add(Names.withoutAccents(name)); // ISO 3166-2 writes "Karnātaka", news "Karnataka"
        });
        packedLines("first-names.txt.gz", g.firstNames::add);
        packedLines("surnames.txt.gz", name -> g.surnameRanks.putIfAbsent(name, g.surnameRanks.size() + 1));
        g.byFirstToken.values().forEach(list -> list.sort(
                Comparator.comparingInt((Entry e) -> e.tokens().length).reversed()));
        return g;
    }

    private void loadCountries() {
        Map<String, List<String>> curated = new HashMap<>();
        lines("countries.txt", line -> {
            String[] parts = line.split("=", 2);
            curated.put(parts[0].trim(), splitNames(parts[1]));
        });
        for (String code : Locale.getISOCountries()) {
            List<String> names = curated.getOrDefault(code,
                    List.of(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
            countries.add(names.get(0));
            for (String name : names) {
                add(name, names.get(0), ActorType.LOCATION, false);
            }
        }
    }

    private void addAll(List<String> names, ActorType type) {
        for (String name : names) {
            add(name, names.get(0), type, false);
        }
    }

    /** Lists {@code surface} as a name of {@code canonical}; the first listing of a surface form wins. */
    private void add(String surface, String canonical, ActorType type, boolean demonym) {
        String[] tokens = Tokens.tokenize(surface, 0, surface.length()).stream().map(t -> t.text)
                .toArray(String[]::new);
        if (!isListed(tokens)) {
            byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>(2))
                    .add(new Entry(canonical, type, demonym, tokens));
        }
    }

    /**
     * Lists each name of one person in the news, unless it is a listed place or organisation's ("Jordan"): the list
     * tells a person from a name nothing else says anything of, and from a town of the same name ("Obama", Japan).
     */
    private void addPerson(List<String> names) {
        String person = names.get(0);
        for (String name : names) {
            String[] tokens = Tokens.tokenize(name, 0, name.length()).stream().map(t -> t.text).toArray(String[]::new);
            if (!isListed(tokens) || name.equals(person)) {
                peopleInTheNews.merge(name, person, (known, added) -> known.equals(added) ? known : SHARED);
            }
        }
    }

    /** Whether a place, country or organisation is listed under exactly these words. */
    private boolean isListed(String[] tokens) {
        return byFirstToken.getOrDefault(tokens[0], List.of()).stream().anyMatch(e -> Arrays.equals(e.tokens(), tokens));
    }

    /** Whether a person in the news is named {@code name}: "Merkel", "Lula", "Xi Jinping". */
    boolean namesPersonInTheNews(String name) {
        return peopleInTheNews.containsKey(name);
    }

    /** The full name of the one person in the news named {@code name}, or null when none or several are. */
    String personInTheNews(String name) {
        String person = peopleInTheNews.get(name);
        return person == null || person.equals(SHARED) ? null : person;
    }

    /** How common a surname {@code word} is, in the census's order (1 the commonest), or 0 when it is none. */
    int surnameRank(String word) {
        return surnameRanks.getOrDefault(word, 0);
    }

    /** The longest listed name that starts at token {@code i} and ends before {@code limit}. */
    Entry matchAt(List<Token> tokens, int i, int limit) {
        List<Entry> candidates = byFirstToken.get(tokens.get(i).text);
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String[] words = e.tokens();
            if (i + words.length > limit) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < words.length && match; k++) {
                Token t = tokens.get(i + k);
                match = t.text.equals(words[k]) && t.sentence == tokens.get(i).sentence;
            }
            if (match) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether a name of two or three words is written family name first: a listed family name ("Liu Zhenmin"), or a
     * given name of the Korean shape after it ("Moon Jae-in", "Park Ji-won").
     */
    boolean familyNameFirst(String firstWord, String lastWord) {
        return surnameFirst.contains(firstWord) || isKoreanGivenName(lastWord);
    }

    /** A given name of the curated list or of the published ones: "Jeanne", "Hermann", "Priya". */
    boolean isGivenName(String word) {
        return givenNames.contains(word) || firstNames.contains(word);
    }

    /** "Jae-in", "Ji-won": a shape only given names have. */
    boolean isKoreanGivenName(String word) {
        return KOREAN_GIVEN_NAME.matcher(word).matches();
    }

    /** Whether {@code canonical} is a country's canonical name. */
    boolean isCountry(String canonical) {
        return countries.contains(canonical);
    }

    /**
     * A word of a title ("minister", "deputy"), or a modifier and a head joined ("vice-chairman"); by the token's
     * lower case, made once for all the questions asked of it.
     */
    boolean isTitleWord(Token t) {
        return isTitleHead(t) || titleModifiers.contains(t.lower());
    }

    /** "minister", and "president-elect", "regent-elect", "vice-president" or "judge-executive" too. */
    boolean isTitleHead(Token t) {
        String lower = t.lower();
        int hyphen = lower.indexOf('-');
        return titleHeads.contains(lower)
                || lower.endsWith(ELECT) && titleHeads.contains(lower.substring(0, lower.length() - ELECT.length()))
                || hyphen > 0 && (titleModifiers.contains(lower.substring(0, hyphen)) || titleHeads.contains(lower.substring(0, hyphen)))
                && titleHeads.contains(lower.substring(hyphen + 1));
    }

    private static List<String> splitNames(String line) {
        List<String> names = new ArrayList<>();
        for (String part : line.split("\\|")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return names;
    }

    private static void phrases(String resource, Consumer<List<String>> sink) {
        lines(resource, line -> sink.accept(splitNames(line)));
    }

    /** The forms of address written with a full stop, without it: "Dr", "Engr", "Cllr". */
    static Set<String> abbreviatedHonorifics() {
        Set<String> abbreviated = new HashSet<>();
        for (String honorific : FORMS_OF_ADDRESS) {
            if (honorific.endsWith(".")) {
                abbreviated.add(honorific.substring(0, honorific.length() - 1));
            }
        }
        return abbreviated;
    }

    private static Set<String> formsOfAddress() {
        Set<String> forms = new HashSet<>();
        words("honorifics.txt", forms, false);
        return Set.copyOf(forms);
    }

    private static void words(String resource, Set<String> into, boolean lowerCase) {
        lines(resource, line -> {
            for (String w : line.trim().split("\\s+")) {
                into.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
            }
        });
    }

    private static void packedLines(String resource, Consumer<String> sink) {
        read(resource, true, sink);
    }

    private static void lines(String resource, Consumer<String> sink) {
        read(resource, false, sink);
    }

    private static void read(String resource, boolean gzipped, Consumer<String> sink) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(gzipped ? new GZIPInputStream(in) : in,
                    StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
