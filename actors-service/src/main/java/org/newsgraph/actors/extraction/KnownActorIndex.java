package org.newsgraph.actors.extraction;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link KnownActors} over a fixed collection; the first actor to claim a name keeps it. */
final class KnownActorIndex implements KnownActors {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, KnownActor> byName = new HashMap<>();

    KnownActorIndex(Collection<KnownActor> actors) {
        for (KnownActor actor : actors) {
            byName.putIfAbsent(key(actor.name()), actor);
            for (String alias : actor.aliases()) {
                byName.putIfAbsent(key(alias), actor);
            }
        }
    }

    @Override
    public Optional<KnownActor> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String words = NOT_NAME.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
