package io.newsstream.enrich.core.eval;

import java.util.Locale;

/**
 * The regions figures of one corpus: toponym recognition (span overlap, one-to-one), country-set
 * F1 (macro over documents with a gold country), focus accuracy (over documents with a gold focus)
 * and the country accuracy of recognised gold toponyms that have a country.
 */
public record RegionScores(int documents, int goldToponyms, int predictedMentions, int matched,
                           double countrySetF1, int countrySetDocuments, int focusCorrect, int focusDocuments,
                           int countryCorrect, int countryJudged) {

    public double precision() {
        return predictedMentions == 0 ? 0 : (double) matched / predictedMentions;
    }

    public double recall() {
        return goldToponyms == 0 ? 0 : (double) matched / goldToponyms;
    }

    public double recognitionF1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double focusAccuracy() {
        return focusDocuments == 0 ? 0 : (double) focusCorrect / focusDocuments;
    }

    public double countryAccuracy() {
        return countryJudged == 0 ? 0 : (double) countryCorrect / countryJudged;
    }

    /** The figure named by a key: recognition-f1, precision, recall, country-f1, focus, country-accuracy. */
    public double get(String key) {
        return switch (key) {
            case "recognition-f1" -> recognitionF1();
            case "precision" -> precision();
            case "recall" -> recall();
            case "country-f1" -> countrySetF1;
            case "focus" -> focusAccuracy();
            case "country-accuracy" -> countryAccuracy();
            default -> throw new IllegalArgumentException("unknown figure " + key
                    + " (recognition-f1, precision, recall, country-f1, focus, country-accuracy)");
        };
    }

    public String format(String label) {
        return String.format(Locale.ROOT,
                "%s: %d documents%n"
                        + "  recognition   P %.3f  R %.3f  F1 %.3f   (%d matched of %d gold, %d predicted)%n"
                        + "  country-set   F1 %.3f   (macro over %d documents)%n"
                        + "  focus         accuracy %.3f   (%d of %d)%n"
                        + "  country       accuracy %.3f   (%d of %d recognised gold toponyms with a country)",
                label, documents, precision(), recall(), recognitionF1(), matched, goldToponyms, predictedMentions,
                countrySetF1, countrySetDocuments, focusAccuracy(), focusCorrect, focusDocuments,
                countryAccuracy(), countryCorrect, countryJudged);
    }

    /** The figures on one line (a language's share of a set). */
    public String formatLine(String label) {
        return String.format(Locale.ROOT, "  %-16s %3d documents  recognition F1 %.3f (P %.3f R %.3f)  country-set F1 %.3f"
                        + "  focus %.3f  country %.3f",
                label, documents, recognitionF1(), precision(), recall(), countrySetF1, focusAccuracy(), countryAccuracy());
    }
}
