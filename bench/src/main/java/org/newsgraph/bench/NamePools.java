package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What the generated wire stories name their actors from: the given names and places of the extraction engine's own
 * lists (read from actors-service's resources, which stay their one owner), and family names and company names
 * composed here from syllables, so that hundreds of thousands of them exist and almost every story brings new ones.
 */
final class NamePools {

    private static final String LISTS = "/org/newsgraph/actors/extraction/";
    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,11}");
    /** Places of one to three capitalised words: a wire dateline carries them in capitals. */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}");

    private static final List<String> ONSETS = List.of("", "B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W",
            "Y", "Z", "Ch", "Sh", "Br", "Kr", "Tr", "Nd", "Mb", "St", "Gr", "Dr");
    private static final List<String> VOWELS = List.of("a", "e", "i", "o", "u");
    private static final List<String> MIDDLES = List.of("", "la", "ri", "na", "ko", "ma", "sa", "te", "vi", "do", "ru", "be", "lo",
            "ki", "mi", "ta", "ne", "ra", "zu", "ha");
    private static final List<String> FAMILY_ENDINGS = List.of("mbo", "nga", "ndo", "ski", "nova", "rev", "nenko", "vic", "rez",
            "les", "relli", "netti", "rani", "kawa", "mura", "doglu", "rian", "yan", "sen", "son", "berg", "stein", "rd", "lier",
            "teau", "gara", "suki", "moto", "shima", "ng", "ngu", "kai", "ley", "to", "ma", "ni", "ku", "la", "ssa", "tti", "nde",
            "ke", "we", "lski", "dze", "shvili", "poulos", "akis", "escu", "ssen");
    private static final List<String> BRAND_ENDINGS = List.of("tra", "lex", "va", "ron", "nix", "ora", "lum", "neon", "rica",
            "tara", "dex", "vant", "sys", "quo", "lia");

    private static final class Loaded {
        static final NamePools POOLS = new NamePools(read("first-names.txt.gz", GIVEN_NAME), read("place-names.txt.gz", PLACE));
    }

    private final List<String> givenNames;
    private final List<String> places;

    private NamePools(List<String> givenNames, List<String> places) {
        this.givenNames = givenNames;
        this.places = places;
    }

    /** The pools, read once from the classpath. */
    static NamePools load() {
        return Loaded.POOLS;
    }

    String givenName(SplittableRandom random) {
        return pick(givenNames, random);
    }

    /** A place whose capitals a dateline can carry. */
    String place(SplittableRandom random) {
        return pick(places, random);
    }

    /** "Odhiambo", "Kelarani", "Strimoto": one of about 140,000. */
    String familyName(SplittableRandom random) {
        return syllable(random) + pick(MIDDLES, random) + pick(FAMILY_ENDINGS, random);
    }

    /** A coined company name such as "Velkotra" or "Brisanix": one of about 42,000. */
    String brand(SplittableRandom random) {
        return syllable(random) + pick(MIDDLES, random) + pick(BRAND_ENDINGS, random);
    }

    int givenNameCount() {
        return givenNames.size();
    }

    int placeCount() {
        return places.size();
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String syllable(SplittableRandom random) {
        String onset = pick(ONSETS, random);
        String vowel = pick(VOWELS, random);
        return onset.isEmpty() ? vowel.toUpperCase(Locale.ROOT) : onset + vowel;
    }

    private static List<String> read(String resource, Pattern wanted) {
        InputStream packed = NamePools.class.getResourceAsStream(LISTS + resource);
        if (packed == null) {
            throw new IllegalStateException(LISTS + resource + " is not on the classpath: the bench needs actors-service's jar");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(packed), StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> wanted.matcher(line).matches()).filter(NamePools::hasCapitals)
                    .distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every letter has a capital, so that the name can open a dateline. */
    private static boolean hasCapitals(String name) {
        return name.toUpperCase(Locale.ROOT).codePoints().noneMatch(Character::isLowerCase);
    }
}
