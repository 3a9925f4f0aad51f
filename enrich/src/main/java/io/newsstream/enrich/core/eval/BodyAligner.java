package io.newsstream.enrich.core.eval;

/**
 * Maps offsets into a cleaned body back to the input body it was cleaned from. Cleaning changes
 * whitespace (paragraph breaks, runs of spaces) and drops whole lines (credit lines, copyright
 * notices); the aligner walks both texts on their non-space characters and, after a dropped
 * stretch, resynchronises on the next {@value #ANCHOR} characters of the cleaned text. Immutable.
 */
public final class BodyAligner {
    static final int ANCHOR = 12;
    private final int[] map;

    private BodyAligner(int[] map) {
        this.map = map;
    }

    public static BodyAligner of(String input, String cleaned) {
        int[] map = new int[cleaned.length() + 1];
        int i = 0;
        for (int j = 0; j < cleaned.length(); j++) {
            char c = cleaned.charAt(j);
            if (Character.isWhitespace(c)) {
                map[j] = Math.min(i, input.length());
                continue;
            }
            while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
                i++;
            }
            if (i < input.length() && input.charAt(i) == c) {
                map[j] = i++;
                continue;
            }
            int k = resync(input, i, cleaned, j);
            if (k >= 0) {
                i = k;
                map[j] = i++;
            } else {
                map[j] = Math.min(i, input.length());
                i++;
            }
        }
        map[cleaned.length()] = Math.min(i, input.length());
        return new BodyAligner(map);
    }

    private static int resync(String input, int from, String cleaned, int j) {
        String anchor = nonSpace(cleaned, j, ANCHOR);
        for (int k = from; k < input.length(); k++) {
            if (input.charAt(k) == cleaned.charAt(j) && nonSpace(input, k, anchor.length()).equals(anchor)) {
                return k;
            }
        }
        return -1;
    }

    private static String nonSpace(String s, int from, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int x = from; x < s.length() && sb.length() < count; x++) {
            if (!Character.isWhitespace(s.charAt(x))) {
                sb.append(s.charAt(x));
            }
        }
        return sb.toString();
    }

    /** The input offset of a cleaned start offset. */
    public int start(int cleanedStart) {
        return map[Math.max(0, Math.min(cleanedStart, map.length - 1))];
    }

    /** The input offset (exclusive) of a cleaned end offset (exclusive). */
    public int end(int cleanedEnd) {
        if (cleanedEnd <= 0) {
            return map[0];
        }
        return map[Math.min(cleanedEnd - 1, map.length - 2)] + 1;
    }
}
