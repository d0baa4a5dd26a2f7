package org.newsgraph.wire;

/** A part read from the original text, with where it starts and where it ends. */
record Located<T>(T value, int start, int end) {
}
