package org.newsgraph.actors.extraction;

/**
 * A direct quotation.
 *
 * @param speaker  the {@link Actor#name()} of the speaker, or {@code null} when the text names none
 * @param text     the words inside the quotation marks
 * @param start    offset of the first quoted character
 * @param end      offset after the last quoted character
 * @param verb     the speech verb that attributes it ("said", "told"), or {@code null} when none does
 * @param sentence index into {@link ExtractionResult#sentences()} of the sentence the quotation starts in
 */
public record Quote(String speaker, String text, int start, int end, String verb, int sentence) {
}
