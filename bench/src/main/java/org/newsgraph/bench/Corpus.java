package org.newsgraph.bench;

/** The articles a benchmark files: the one for each sequence number, the same whichever thread asks. */
interface Corpus {

    String article(long sequence);
}
