package org.newsgraph.actors.extraction;

/**
 * The agency or reporting credit that closes a story, such as {@code — Agencies} or
 * {@code (Reporting by ...; Editing by ...)}.
 *
 * @param text  the credit without its leading dash or brackets
 * @param start offset where the credit (with its dash or brackets) begins
 * @param end   offset where it ends
 */
public record Credit(String text, int start, int end) {
}
