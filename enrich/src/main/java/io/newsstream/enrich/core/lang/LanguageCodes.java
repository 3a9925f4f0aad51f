package io.newsstream.enrich.core.lang;

import java.util.Locale;

/** Language tags as articles and pages give them, reduced to what the enrichment compares: an ISO 639 code. */
public final class LanguageCodes {
    private LanguageCodes() {
    }

    /** The primary language subtag, lower case ("en-GB", "en_US" → "en"), or null when none is usable. */
    public static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim();
        int end = 0;
        while (end < t.length() && t.charAt(end) != '-' && t.charAt(end) != '_') {
            end++;
        }
        String primary = t.substring(0, end).toLowerCase(Locale.ROOT);
        if (primary.length() < 2 || primary.length() > 3) {
            return null;
        }
        for (int i = 0; i < primary.length(); i++) {
            if (primary.charAt(i) < 'a' || primary.charAt(i) > 'z') {
                return null;
            }
        }
        return primary;
    }
}
