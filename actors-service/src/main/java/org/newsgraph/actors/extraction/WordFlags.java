package org.newsgraph.actors.extraction;

/**
 * Words, each with a few flags, in one open-addressed array of longs: a word's slot holds a 56-bit fingerprint of it
 * and its flags, so that a lookup reads one slot where a {@code HashSet<String>} reads its table, a node, the string
 * and its bytes, each likely a miss of the processor's caches in a set of several hundred thousand words. Where memory
 * is slow that is most of the engine's time, which is why this is not a {@code HashSet} nor a map from a library (each
 * keeps the strings to compare). Two of the lexicon's words share a fingerprint with a chance of about one in a
 * million; a word looked up that was never added is taken for one that was with a chance of one in 10^11.
 */
final class WordFlags {

    private static final int FLAG_BITS = 8;
    private static final long FLAG_MASK = (1L << FLAG_BITS) - 1;
    private static final long OCCUPIED = 1L << FLAG_BITS;

    private long[] slots = new long[1 << 16];
    private int size;

    /** Adds the flags (within the lowest eight bits) to those the word already has. */
    void add(String word, int flags) {
        long print = fingerprint(word);
        int slot = find(slots, print);
        if (slots[slot] == 0) {
            slots[slot] = print | flags;
            if (++size * 2 > slots.length) {
                grow();
            }
        } else {
            slots[slot] |= flags;
        }
    }

    /** The word's flags, or 0 for a word never added. */
    int flags(String word) {
        return (int) (slots[find(slots, fingerprint(word))] & FLAG_MASK);
    }

    boolean has(String word, int flag) {
        return (flags(word) & flag) != 0;
    }

    /** The slot that holds the fingerprint, or the empty one where it would go. */
    private static int find(long[] slots, long print) {
        int mask = slots.length - 1;
        int slot = (int) (print >>> 32) & mask;
        while (slots[slot] != 0 && (slots[slot] & ~FLAG_MASK) != print) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long occupied : slots) {
            if (occupied != 0) {
                larger[find(larger, occupied & ~FLAG_MASK)] = occupied;
            }
        }
        slots = larger;
    }

    /** FNV-1a over the word's characters, its bits then mixed (MurmurHash3's finaliser), flags' bits cleared. */
    private static long fingerprint(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int k = 0; k < word.length(); k++) {
            hash = (hash ^ word.charAt(k)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash & ~FLAG_MASK | OCCUPIED;
    }
}
