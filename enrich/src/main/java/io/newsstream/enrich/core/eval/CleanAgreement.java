package io.newsstream.enrich.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.enrich.core.BatchEnricher;
import io.newsstream.enrich.core.BatchListener;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.Preparation;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How well cleaning takes portal boilerplate off, on a labelled dedup stream: the share of copies of
 * gold kind {@code portal} (a story republished under another site's section label, disclaimer,
 * author lines, credits …) whose cleaned body is exactly their original's, once with the cleaner's
 * rules alone (prepare) and once with per-source learned boilerplate in arrival order (the batch
 * path); and how many originals lost lines to the rules. Gold lines: {@code {"id", "cluster", "kind"}};
 * a copy's original is its cluster's article of kind {@code original}.
 */
public final class CleanAgreement {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EnrichmentCore core;

    /** The figures; see the class comment. */
    public record Scores(int portalCopies, int identicalByRules, int identicalWithLearning, int originals,
                         int originalsWithRemovedLines) {
        public String format(String name) {
            return String.format(Locale.ROOT, "%s: portal copies cleaned to their original's exact body: rules %d of %d "
                    + "(%.1f %%), with learned boilerplate %d of %d (%.1f %%); originals with lines removed by the rules "
                    + "%d of %d%n", name, identicalByRules, portalCopies, percent(identicalByRules),
                    identicalWithLearning, portalCopies, percent(identicalWithLearning), originalsWithRemovedLines, originals);
        }

        private double percent(int n) {
            return portalCopies == 0 ? 0 : 100.0 * n / portalCopies;
        }
    }

    public CleanAgreement(EnrichmentCore core) {
        this.core = core;
    }

    public Scores evaluate(Path articles, Path gold) throws IOException {
        Map<String, String> cluster = new HashMap<>();
        Map<String, String> kind = new HashMap<>();
        Map<String, String> originalOf = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode g = JSON.readTree(line);
                String id = g.get("id").asText();
                cluster.put(id, g.get("cluster").asText());
                kind.put(id, g.get("kind").asText());
                if ("original".equals(g.get("kind").asText())) {
                    originalOf.put(g.get("cluster").asText(), id);
                }
            }
        }
        Map<String, String> byRules = new HashMap<>();
        int originals = 0;
        int originalsTouched = 0;
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            RawArticle raw = ArticleJson.readRaw(line);
            if (!RawArticleValidator.validate(raw).isEmpty()) {
                continue;
            }
            Preparation p = core.preparer().prepareExplained(raw, 0L);
            byRules.put(p.article().getId(), p.article().getBody());
            if ("original".equals(kind.get(p.article().getId()))) {
                originals++;
                originalsTouched += p.cleaning().removed().isEmpty() ? 0 : 1;
            }
        }
        Map<String, String> withLearning = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            new BatchEnricher(core).run(in, Writer.nullWriter(), new BatchListener() {
                @Override
                public void enriched(long line, EnrichedArticle article) {
                    withLearning.put(article.getId(), article.getBody());
                }
            });
        }
        int copies = 0;
        int sameByRules = 0;
        int sameWithLearning = 0;
        for (Map.Entry<String, String> e : kind.entrySet()) {
            String original = originalOf.get(cluster.get(e.getKey()));
            if (!"portal".equals(e.getValue()) || original == null || !byRules.containsKey(e.getKey())) {
                continue;
            }
            copies++;
            sameByRules += byRules.get(e.getKey()).equals(byRules.get(original)) ? 1 : 0;
            sameWithLearning += withLearning.get(e.getKey()).equals(withLearning.get(original)) ? 1 : 0;
        }
        return new Scores(copies, sameByRules, sameWithLearning, originals, originalsTouched);
    }
}
