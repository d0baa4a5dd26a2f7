package org.newsgraph.web.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.web.gateway.Actors;

/**
 * What merging one actor into another moves, told before it is done: the merged actor's mentions, quotes and stories,
 * and its names, which the survivor gains as aliases unless it already has them.
 */
public record MergePreview(Actors.Profile merged, Actors.Profile survivor, List<String> newAliases, boolean typesDiffer) {

    public static MergePreview of(Actors.Profile merged, Actors.Profile survivor) {
        Set<String> known = new TreeSet<>();
        known.add(key(survivor.name()));
        survivor.aliases().forEach(alias -> known.add(key(alias.name())));
        List<String> names = new ArrayList<>();
        names.add(merged.name());
        merged.aliases().forEach(alias -> names.add(alias.name()));
        List<String> gained = names.stream().filter(name -> known.add(key(name))).toList();
        return new MergePreview(merged, survivor, gained, !merged.type().equals(survivor.type()));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
