package org.newsgraph.actors.extraction;

/** A sentence of the body, by offsets: the evidence unit for actors named together. */
public record Sentence(int start, int end) {
}
