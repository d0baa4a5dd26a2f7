package org.newsgraph.articles;

import java.util.concurrent.ThreadLocalRandom;

/** Words no other article holds, so that a search finds only what the test filed with them. */
public final class SearchWords {

    private SearchWords() {
    }

    /** "zq" and twelve random letters: no stemming or stop list shortens it, and two runs do not meet. */
    public static String unique() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
