package io.newsstream.enrich.core.eval;

import io.newsstream.enrich.core.BatchEnricher;
import io.newsstream.enrich.core.BatchListener;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.Rejection;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import io.newsstream.schemas.json.ArticleJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the regions output of the batch path ({@link BatchEnricher}, exactly what
 * {@code newsstream enrich} runs) against a gold file: mention offsets into the emitted (cleaned)
 * body are aligned back to the input body with {@link BodyAligner} before they are compared with
 * the gold offsets. Articles without a gold line are ignored; an article the batch path rejected
 * counts as one with no mention, no region and no focus.
 */
public final class RegionEvaluator {
    private final EnrichmentCore core;

    public RegionEvaluator(EnrichmentCore core) {
        this.core = core;
    }

    public RegionScores evaluate(Path articles, Path gold, BatchListener progress) throws IOException {
        return report(articles, gold, progress).all();
    }

    /** The figures over every gold document and, separately, over the documents of each article language. */
    public record Report(RegionScores all, Map<String, RegionScores> byLanguage) {}

    public Report report(Path articles, Path gold, BatchListener progress) throws IOException {
        Map<String, String> inputBodies = new HashMap<>();
        Map<String, String> languages = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    var raw = ArticleJson.readRaw(line);
                    inputBodies.put(raw.getId(), raw.getBody() == null ? "" : raw.getBody());
                    languages.put(raw.getId(), raw.getLanguage());
                }
            }
        }
        Map<String, EnrichedArticle> enriched = new HashMap<>();
        BatchListener collect = new BatchListener() {
            @Override
            public void enriched(long lineNumber, EnrichedArticle article) {
                enriched.put(article.getId(), article);
                progress.enriched(lineNumber, article);
            }

            @Override
            public void rejected(Rejection rejection) {
                progress.rejected(rejection);
            }
        };
        try (BufferedReader r = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            new BatchEnricher(core).run(r, Writer.nullWriter(), collect);
        }
        Accumulator acc = new Accumulator();
        Map<String, Accumulator> perLanguage = new java.util.TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                GoldDocument g = GoldDocument.parse(line);
                EnrichedArticle a = enriched.get(g.id());
                String input = inputBodies.get(g.id());
                if (input == null) {
                    continue;
                }
                String language = a != null && a.getLanguage() != null ? a.getLanguage()
                        : Objects.requireNonNullElse(languages.get(g.id()), "unknown");
                for (Accumulator x : List.of(acc, perLanguage.computeIfAbsent(language, k -> new Accumulator()))) {
                    if (a != null) {
                        x.add(g, a, BodyAligner.of(input, a.getBody()));
                    } else {
                        x.addUnanswered(g);
                    }
                }
            }
        }
        Map<String, RegionScores> byLanguage = new java.util.LinkedHashMap<>();
        perLanguage.forEach((k, v) -> byLanguage.put(k, v.scores()));
        return new Report(acc.scores(), byLanguage);
    }

    /** Adds up the per-document counts. */
    static final class Accumulator {
        int documents;
        int gold;
        int predicted;
        int matched;
        double countryF1Sum;
        int countryDocs;
        int focusCorrect;
        int focusDocs;
        int countryCorrect;
        int countryJudged;

        /** A gold document whose article produced no output: every gold figure counts against it. */
        void addUnanswered(GoldDocument g) {
            documents++;
            gold += g.toponyms().size();
            countryDocs += g.countries().isEmpty() ? 0 : 1;
            focusDocs += g.focus() == null ? 0 : 1;
        }

        void add(GoldDocument g, EnrichedArticle a, BodyAligner aligner) {
            documents++;
            List<int[]> spans = new ArrayList<>();
            List<String> predictedCountries = new ArrayList<>();
            for (Mention m : a.getMentions()) {
                spans.add(new int[] {aligner.start(m.getStart()), aligner.end(m.getEnd())});
                predictedCountries.add(m.getCountry());
            }
            gold += g.toponyms().size();
            predicted += spans.size();
            boolean[] used = new boolean[spans.size()];
            List<GoldDocument.Toponym> sorted = new ArrayList<>(g.toponyms());
            sorted.sort(Comparator.comparingInt(GoldDocument.Toponym::start));
            for (GoldDocument.Toponym t : sorted) {
                for (int k = 0; k < spans.size(); k++) {
                    int[] s = spans.get(k);
                    if (!used[k] && s[0] < t.end() && t.start() < s[1]) {
                        used[k] = true;
                        matched++;
                        if (t.country() != null) {
                            countryJudged++;
                            if (t.country().equals(predictedCountries.get(k))) {
                                countryCorrect++;
                            }
                        }
                        break;
                    }
                }
            }
            if (!g.countries().isEmpty()) {
                Set<String> p = new HashSet<>();
                for (Region r : a.getRegions()) {
                    if (r.getCountry() != null) {
                        p.add(r.getCountry());
                    }
                }
                int common = 0;
                for (String c : p) {
                    if (g.countries().contains(c)) {
                        common++;
                    }
                }
                countryF1Sum += p.isEmpty() ? 0 : 2.0 * common / (p.size() + g.countries().size());
                countryDocs++;
            }
            if (g.focus() != null) {
                focusDocs++;
                if (Objects.equals(g.focus(), a.getFocusCountry())) {
                    focusCorrect++;
                }
            }
        }

        RegionScores scores() {
            return new RegionScores(documents, gold, predicted, matched,
                    countryDocs == 0 ? 0 : countryF1Sum / countryDocs, countryDocs, focusCorrect, focusDocs,
                    countryCorrect, countryJudged);
        }
    }
}
