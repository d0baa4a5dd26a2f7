package org.newsgraph.actors.extraction;

/**
 * The dateline that opens a wire story, such as {@code GAZA CITY, Oct 7 (Reuters) -}.
 *
 * @param place  the place as written ("GAZA CITY")
 * @param source the agency in brackets ("Reuters"), or {@code null}
 * @param start  offset of the dateline
 * @param end    offset where the body text begins
 */
public record Dateline(String place, String source, int start, int end) {
}
