package io.newsstream.enrich.core.topics;

/** Hits per term in one text, so that no term counts more than {@value TopicLexicon#MAX_HITS_PER_WORD} times. */
final class TermHits {
    private final int[] byId;
    private TopicTokens[] keyTokens = new TopicTokens[16];
    private int[] keyIndex = new int[16];
    private int[] keyCount = new int[16];
    private int keys;

    TermHits(int terms) {
        byId = new int[terms];
    }

    boolean first(int id) {
        return ++byId[id] <= TopicLexicon.MAX_HITS_PER_WORD;
    }

    /** As {@link #first(int)} for a token without a term id, keyed by its folded key (open addressing). */
    boolean first(TopicTokens t, int i) {
        if (2 * (keys + 1) > keyTokens.length) {
            grow();
        }
        int mask = keyTokens.length - 1;
        int slot = t.hash(i) * 0x9E3779B1 >>> 8 & mask;
        while (keyTokens[slot] != null && !TopicTokens.sameKey(keyTokens[slot], keyIndex[slot], t, i)) {
            slot = (slot + 1) & mask;
        }
        if (keyTokens[slot] == null) {
            keyTokens[slot] = t;
            keyIndex[slot] = i;
            keys++;
        }
        return ++keyCount[slot] <= TopicLexicon.MAX_HITS_PER_WORD;
    }

    private void grow() {
        TopicTokens[] oldTokens = keyTokens;
        int[] oldIndex = keyIndex;
        int[] oldCount = keyCount;
        keyTokens = new TopicTokens[oldTokens.length * 2];
        keyIndex = new int[keyTokens.length];
        keyCount = new int[keyTokens.length];
        int mask = keyTokens.length - 1;
        for (int s = 0; s < oldTokens.length; s++) {
            if (oldTokens[s] != null) {
                int slot = oldTokens[s].hash(oldIndex[s]) * 0x9E3779B1 >>> 8 & mask;
                while (keyTokens[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keyTokens[slot] = oldTokens[s];
                keyIndex[slot] = oldIndex[s];
                keyCount[slot] = oldCount[s];
            }
        }
    }
}
