package org.newsgraph.actors.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the text says about a group of names, as the features {@link ActorModel} weighs: the cues the name finder
 * collected, what the English lexicon and the word lists know of its words, their shape, and the words around it.
 */
final class ActorFeatures {

    /** Words of direction that open names: "North Korea", "Northern Arizona University", "Greater Manchester". */
    static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Upper", "Lower", "Greater");
    /** The first mentions of a name say what its later ones would, at a cost that does not grow with them. */
    private static final int MENTIONS_READ = 6;
    /** Room for the features of a name mentioned a few times, so that the set is not grown as they are added. */
    private static final int TYPICAL_FEATURES = 128;
    /**
     * How far each side of a mention its sentence's common words are read: "scored", "told reporters", "the club's"
     * say what a name is. 10 words, chosen by cross-validation over the training folders (5 and 20 scored no better).
     */
    private static final int NEAR_WORDS = 10;
    private static final int MIN_AFFIX = 3;
    private static final int MAX_AFFIX = 3;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    ActorFeatures(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * The words of the group's fullest name, and the context of every mention of it.
     *
     * @param lowerCaseWords the words the text also writes in lower case
     */
    String[] of(List<Token> tokens, ActorResolver.Group g, Set<String> lowerCaseWords) {
        Set<String> features = new HashSet<>(TYPICAL_FEATURES);
        features.add("mentions=" + Math.min(g.members.size(), 3));
        Candidate fullest = g.members.get(0);
        boolean onlyAtSentenceStart = true;
        for (int i = 0; i < g.members.size(); i++) {
            Candidate c = g.members.get(i);
            if (i < MENTIONS_READ) {
                onlyAtSentenceStart &= mention(tokens, c, features);
            }
            if (c.words() > fullest.words()) {
                fullest = c;
            }
        }
        name(tokens, fullest, lowerCaseWords, features);
        if (onlyAtSentenceStart && fullest.words() == 1) {
            // the capital may be the sentence's, not the name's
            features.add("startOnly=" + wordClass(tokens.get(fullest.first), lowerCaseWords));
        }
        return features.toArray(String[]::new);
    }

    private void name(List<Token> tokens, Candidate c, Set<String> lowerCaseWords, Set<String> f) {
        int words = Math.min(c.words(), 4);
        f.add("words=" + words);
        Token first = tokens.get(c.first);
        Token last = tokens.get(c.last - 1);
        String lastWord = c.lastWord;
        int end = NameFinder.endBeforeSuffixes(tokens, c);
        if (end < c.last) {
            f.add("nameSuffix"); // "Elizabeth II", but also "World War II": the word before says which
            last = tokens.get(end - 1);
            lastWord = last.text;
        }
        boolean hasOf = false;
        boolean containsPlace = false;
        boolean directionPlace = false;
        boolean containsDemonym = false;
        int common = 0;
        for (int k = c.first; k < c.last; k++) {
            Token t = tokens.get(k);
            hasOf |= t.is("of") || t.is("for") || t.is("on");
            if (t.kind == Token.Kind.NUMBER) {
                f.add("digit");
            } else if (t.isWord() && !t.capitalised()) {
                f.add("lower=" + t.lower());
            }
            if (t.is("&") || t.is("and")) {
                f.add("and");
            }
            common += t.isWord() && lexicon.isCommon(t.lower()) ? 1 : 0;
            Gazetteer.Entry inner = k > c.first || c.words() > 1 ? gazetteer.matchAt(tokens, k, c.last) : null;
            boolean place = inner != null && inner.type() == ActorType.LOCATION && !inner.demonym();
            containsPlace |= place;
            // "Central Kenya", not "Central Bank of Kenya"
            directionPlace |= place && k == c.first + 1 && k + inner.tokens().length == c.last;
            containsDemonym |= inner != null && inner.demonym(); // "Royal Australian Air Force"
        }
        String commonWords = common == 0 ? "none" : common == c.words() ? "all" : "some";
        f.add("common=" + commonWords);
        // "Thierry Poibeau": two words English does not know are a name more often than one is
        f.add("words=" + words + ":common=" + commonWords);
        String lastClass = wordClass(last, lowerCaseWords);
        String lastShape = shape(last.text);
        f.add("firstWord=" + wordClass(first, lowerCaseWords));
        f.add("lastWord=" + lastClass);
        f.add("words=" + words + ":lastWord=" + lastClass);
        f.add("shape=" + lastShape);
        f.add("words=" + words + ":shape=" + lastShape);
        affixes("last", last, f);
        f.add("last=" + last.lower());
        if (hasOf) {
            f.add("of");
        }
        if (containsPlace) {
            f.add(directionPlace && DIRECTIONS.contains(c.firstWord) ? "directionPlace" : "containsPlace");
        }
        if (containsDemonym) {
            f.add("containsDemonym");
        }
        if (gazetteer.orgHeads.contains(lastWord) || lastWord.endsWith(".")
                && gazetteer.orgHeads.contains(lastWord.substring(0, lastWord.length() - 1))) {
            f.add("orgHead");
        }
        if (hasOf && gazetteer.orgHeads.contains(c.firstWord)) {
            f.add("orgHeadOf");
        }
        if (gazetteer.placeHeads.contains(lastWord) || gazetteer.placeHeads.contains(c.firstWord)) {
            f.add("placeHead");
        }
        if (gazetteer.givenNames.contains(c.firstWord)) {
            f.add(c.words() > 1 ? "givenName" : "givenNameAlone");
        }
        boolean placeName = gazetteer.placeNames.contains(c.text);
        if (placeName) {
            f.add("placeName");
        }
        if (gazetteer.firstNames.contains(c.firstWord) || gazetteer.firstNames.contains(hyphenatedFirstPart(c.firstWord))) {
            f.add(c.words() > 1 ? "firstName" : "firstNameAlone");
        }
        int surnameRank = gazetteer.surnameRank(lastWord);
        if (surnameRank > 0 && lexicon.isCommon(last.lower())) {
            f.add("surname=common"); // "Smith", "Well", "Do": the census lists many English words
        } else if (surnameRank > 0) {
            f.add("surname=" + (surnameRank <= 1_000 ? "1k" : surnameRank <= 10_000 ? "10k" : "60k"));
            f.add("words=" + words + ":surname");
            if (placeName) {
                f.add("placeName:surname"); // "Shaw", "Buckley", "Washington": a town and a family
            }
        }
        if (c.words() > 1 && c.words() <= 3 && gazetteer.familyNameFirst(c.firstWord, lastWord)) {
            f.add("surnameFirst");
        }
        if (c.words() == 1 && first.allCaps()) {
            f.add("acronym");
        }
    }

    /** @return whether the mention starts a sentence */
    private boolean mention(List<Token> tokens, Candidate c, Set<String> f) {
        if (c.entry != null) {
            f.add("listed=" + c.entry.type() + (c.entry.demonym() ? ":demonym" : "")
                    + (gazetteer.isCountry(c.entry.name()) ? ":country" : ""));
        }
        if (c.generic) {
            f.add("generic");
        }
        Token first = tokens.get(c.first);
        Token last = tokens.get(c.last - 1);
        if (c.titled) {
            f.add(c.roleFirst >= 0 || c.appositionRole != null ? "role" : "addressed");
        }
        if (c.subject) {
            f.add("subject");
        }
        if (c.speaker) {
            f.add("speaker");
        }
        if (c.locationCues > 0) {
            f.add("placeCue");
        }
        if (c.last + 1 < tokens.size() && tokens.get(c.last).is(",")) {
            Gazetteer.Entry next = gazetteer.matchAt(tokens, c.last + 1, tokens.size());
            if (next != null && next.type() == ActorType.LOCATION && !next.demonym()) {
                f.add("commaPlace"); // "Santa Clara, California"
            }
        }
        if (c.organizationCues > 0) {
            f.add("organizationCue");
        }
        if (c.acronymFollows) {
            f.add("acronymFollows");
        }
        if (c.restated != null) {
            f.add("restated");
        }
        int before = c.roleFirst >= 0 ? c.roleFirst - 1 : c.first - 1;
        boolean sentenceStart = before < 0 || tokens.get(before).sentence != first.sentence
                || tokens.get(before).isQuoteMark();
        f.add(sentenceStart ? "start" : "inside");
        if (!sentenceStart) {
            f.add("before=" + context(tokens.get(before)));
            if (before > 0 && tokens.get(before - 1).sentence == first.sentence) {
                f.add("before2=" + context(tokens.get(before - 1)) + " " + context(tokens.get(before)));
            }
        }
        if (c.last < tokens.size() && tokens.get(c.last).sentence == last.sentence) {
            Token next = tokens.get(c.last);
            f.add("after=" + context(next));
            if (c.last + 1 < tokens.size() && tokens.get(c.last + 1).sentence == last.sentence) {
                f.add("after2=" + context(next) + " " + context(tokens.get(c.last + 1)));
            }
        }
        nearWords(tokens, c, f);
        return sentenceStart;
    }

    /**
     * The words of the mention's sentence near it that are common English, lower-cased ("Coach", "The" as "coach",
     * "the"), but for the shortest ("of", "in").
     */
    private void nearWords(List<Token> tokens, Candidate c, Set<String> f) {
        int sentence = tokens.get(c.first).sentence;
        for (int k = Math.max(0, c.first - NEAR_WORDS); k < Math.min(tokens.size(), c.last + NEAR_WORDS); k++) {
            Token t = tokens.get(k);
            if ((k < c.first || k >= c.last) && t.sentence == sentence && t.isWord() && t.text.length() > 2
                    && (!t.capitalised() || lexicon.isCommon(t.lower()))) {
                f.add("near=" + t.lower());
            }
        }
    }

    /** "Pierre" of "Pierre-Simon", "Jean" of "Jean-Luc"; the word itself when it has no hyphen. */
    private static String hyphenatedFirstPart(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 1 ? word.substring(0, hyphen) : word;
    }

    /** The endings and beginnings of a word, which often tell a place from a person: "-burg", "-son", "Mc-". */
    private static void affixes(String which, Token t, Set<String> f) {
        String lower = t.lower();
        for (int n = MIN_AFFIX; n <= MAX_AFFIX && n < lower.length(); n++) {
            f.add(which + "Suffix=" + lower.substring(lower.length() - n));
            f.add(which + "Prefix=" + lower.substring(0, n));
        }
    }

    /**
     * What the lexicon knows of a word: everyday English, a rarer English word ("Sanders"), a proper noun, or nothing;
     * and if the text lower-cases it.
     */
    private String wordClass(Token t, Set<String> lowerCaseWords) {
        if (!t.isWord()) {
            return "other";
        }
        String lower = t.lower();
        String known = lexicon.isEveryday(lower) ? "common" : lexicon.isCommon(lower) ? "rare"
                : lexicon.isProper(t.text) ? "proper" : "unknown";
        return lowerCaseWords.contains(lower) ? known + "+lowered" : known;
    }

    /**
     * A number by its kind, a capitalised word English does not know as "Cap", any other word lower-cased ("The" and
     * "Minister" as "the" and "minister"), punctuation as itself.
     */
    private String context(Token t) {
        if (t.kind == Token.Kind.NUMBER) {
            return "#";
        }
        if (t.isWord() && t.capitalised() && !lexicon.isCommon(t.lower())) {
            return "Cap";
        }
        return t.lower();
    }

    /** "Xx", "X.X.", "Xx-Xx", "XxXx": letter case and punctuation, repeats folded. */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            char kind = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
                    : Character.isDigit(ch) ? 'd' : ch;
            if (kind != previous) {
                shape.append(kind);
            }
            previous = kind;
        }
        return shape.toString();
    }
}
