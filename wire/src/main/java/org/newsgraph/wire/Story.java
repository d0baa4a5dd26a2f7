package org.newsgraph.wire;

/**
 * Where the story lies in a text as sent: after its dateline, before its credit.
 *
 * @param start index of the story's first character
 * @param end   index just past its last character
 */
public record Story(int start, int end) {

    public Story {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("story offsets out of order: " + start + ".." + end);
        }
    }
}
