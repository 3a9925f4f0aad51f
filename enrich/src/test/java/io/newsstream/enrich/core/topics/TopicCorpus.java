package io.newsstream.enrich.core.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Fictional labelled articles for training tests: each topic draws most words from its own pool. */
final class TopicCorpus {
    static final String SPORT = "medtop:15000000";
    static final String ECONOMY = "medtop:04000000";
    static final String HEALTH = "medtop:07000000";
    private static final String[] COMMON = {"the", "a", "on", "said", "after", "year", "new", "people", "city", "report"};
    private static final String[][] POOLS = {
        {"goal", "striker", "league", "coach", "match", "stadium", "season", "referee", "cup", "team", "keeper"},
        {"shares", "market", "profit", "bank", "investors", "inflation", "revenue", "quarter", "stocks", "prices"},
        {"hospital", "patients", "doctors", "vaccine", "disease", "nurses", "clinic", "treatment", "virus", "ward"},
    };
    private static final String[] CODES = {SPORT, ECONOMY, HEALTH};

    private TopicCorpus() {}

    static List<LabelledArticle> articles(int perTopic, int words, long seed) {
        Random random = new Random(seed);
        List<LabelledArticle> out = new ArrayList<>();
        for (int i = 0; i < perTopic; i++) {
            for (int c = 0; c < CODES.length; c++) {
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    String[] pool = random.nextInt(3) == 0 ? COMMON : POOLS[random.nextInt(5) == 0 ? random.nextInt(3) : c];
                    body.append(pool[random.nextInt(pool.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                out.add(new LabelledArticle("t" + seed + "-" + c + "-" + i, null, body.toString(), Set.of(CODES[c])));
            }
        }
        return out;
    }
}
