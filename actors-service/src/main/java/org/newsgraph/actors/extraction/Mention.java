package org.newsgraph.actors.extraction;

/**
 * One place where the text names an actor.
 *
 * @param text     the text as written, {@code body.substring(start, end)}
 * @param start    offset of the first character (Java {@code String} index)
 * @param end      offset after the last character
 * @param sentence index into {@link ExtractionResult#sentences()}
 */
public record Mention(String text, int start, int end, int sentence) {
}
