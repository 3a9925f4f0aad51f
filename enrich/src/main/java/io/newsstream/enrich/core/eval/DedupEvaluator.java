package io.newsstream.enrich.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.enrich.core.BatchEnricher;
import io.newsstream.enrich.core.BatchListener;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.avro.EnrichedArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the batch path over a labelled article stream (or takes the stream topology's links, {@link #score})
 * and scores its {@code duplicateOf} links:
 * pairwise precision/recall/F1 after the transitive closure of the predicted links against the
 * gold clusters, recall per copy kind, and how many hard-negative pairs ended up in one cluster.
 * Gold lines: {@code {"id", "cluster", "kind"}}; hard negatives: {@code {"a", "b"}}.
 */
public final class DedupEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EnrichmentCore core;

    public DedupEvaluator(EnrichmentCore core) {
        this.core = core;
    }

    public DedupScores evaluate(Path articles, Path gold, Path hardNegatives, BatchListener progress) throws IOException {
        Map<String, String> links = new HashMap<>();
        BatchListener collect = new BatchListener() {
            @Override
            public void enriched(long line, EnrichedArticle article) {
                links.put(article.getId(), article.getDuplicateOf());
                progress.enriched(line, article);
            }
        };
        try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            new BatchEnricher(core).run(in, Writer.nullWriter(), collect);
        }
        return score(links, gold, hardNegatives);
    }

    /**
     * Scores predicted links (article id → the id it duplicates, null for a first-seen article), from
     * any path: the batch path above or the stream topology.
     */
    public static DedupScores score(Map<String, String> links, Path gold, Path hardNegatives) throws IOException {
        UnionFind predicted = new UnionFind();
        links.forEach((id, original) -> {
            predicted.add(id);
            if (original != null) {
                predicted.union(id, original);
            }
        });
        Map<String, String> goldCluster = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode g : lines(gold)) {
            goldCluster.put(g.get("id").asText(), g.get("cluster").asText());
            kinds.put(g.get("id").asText(), g.get("kind").asText());
        }
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> goldSizes = new HashMap<>();
        Map<String, Long> bothSizes = new HashMap<>();
        for (String id : goldCluster.keySet()) {
            String p = predicted.find(id);
            String g = goldCluster.get(id);
            predictedSizes.merge(p, 1L, Long::sum);
            goldSizes.merge(g, 1L, Long::sum);
            bothSizes.merge(p + "\u0000" + g, 1L, Long::sum);
        }
        Map<String, int[]> byKind = new HashMap<>();
        goldCluster.forEach((id, cluster) -> {
            String kind = kinds.get(id);
            if (!"original".equals(kind) && !id.equals(cluster)) {
                int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
                counts[1]++;
                if (predicted.find(id).equals(predicted.find(cluster))) {
                    counts[0]++;
                }
            }
        });
        int hard = 0;
        int merged = 0;
        if (hardNegatives != null) {
            for (JsonNode h : lines(hardNegatives)) {
                hard++;
                if (predicted.find(h.get("a").asText()).equals(predicted.find(h.get("b").asText()))) {
                    merged++;
                }
            }
        }
        return new DedupScores(pairs(predictedSizes), pairs(goldSizes), pairs(bothSizes), hard, merged, byKind);
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** Disjoint sets of article ids. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String id) {
            parent.putIfAbsent(id, id);
        }

        String find(String id) {
            String root = parent.getOrDefault(id, id);
            while (!root.equals(parent.getOrDefault(root, root))) {
                root = parent.getOrDefault(root, root);
            }
            return root;
        }

        void union(String a, String b) {
            add(a);
            add(b);
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }
}
