package org.newsgraph.wire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credit that closes a wire story: either a dash credit such as {@code — Agencies}, or a Reuters-style
 * block such as {@code (Reporting by Jane Doe in Gaza; Editing by John Smith)}.
 *
 * @param source              the agency credited; for a reporting block that names none, the dateline agency
 * @param byline              the reporters, from "Reporting by"
 * @param additionalReporting the names from "Additional reporting by"
 * @param writers             the names from "Writing by"
 * @param editors             the names from "Editing by"
 */
public record Credit(
        Optional<String> source,
        List<String> byline,
        List<String> additionalReporting,
        List<String> writers,
        List<String> editors) {

    public Credit {
        Objects.requireNonNull(source, "source");
        byline = List.copyOf(byline);
        additionalReporting = List.copyOf(additionalReporting);
        writers = List.copyOf(writers);
        editors = List.copyOf(editors);
    }

    static Credit fromSource(String source) {
        return new Credit(Optional.of(source), List.of(), List.of(), List.of(), List.of());
    }
}
