package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicWindowsTest {
    private static final TopicLexicon LEXICON = TopicLexicon.loadDefault();
    private static final List<LabelledArticle> TRAIN = TopicCorpus.articles(40, 30, 1);
    private static final TopicModel MODEL = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withWindow(20))
            .train(TRAIN, TrainingProgress.NONE).model();
    private static final String TITLE = "Match report";

    private static String words(int n) {
        StringBuilder b = new StringBuilder();
        String[] pool = {"goal", "match", "coach", "market", "shares", "doctor", "league", "bank", "clinic", "team"};
        for (int i = 0; i < n; i++) {
            b.append(pool[(i * 7 + i / 3) % pool.length]).append(' ');
        }
        return b.toString();
    }

    private static Map<Integer, Float> asMap(TopicModel.Vector v) {
        Map<Integer, Float> m = new HashMap<>();
        for (int i = 0; i < v.rows().length; i++) {
            m.put(v.rows()[i], v.values()[i]);
        }
        return m;
    }

    @Test
    void aBodyOfAtMostOneAndAHalfWindowsIsScoredWhole() {
        TopicTokens t = TopicTokens.of(TITLE);
        TopicTokens b = TopicTokens.of(words(30));
        assertThat(asMap(TopicWindows.vector(MODEL, t, b))).isEqualTo(asMap(MODEL.vector(t, b)));
    }

    @Test
    void aLongBodyIsHalfWholeHalfTheWeightedMeanOfItsWindows() {
        TopicTokens t = TopicTokens.of(TITLE);
        TopicTokens b = TopicTokens.of(words(65));
        Map<Integer, Float> got = asMap(TopicWindows.vector(MODEL, t, b));
        Map<Integer, Double> want = new HashMap<>();
        TopicFeatures f = MODEL.features();
        add(want, MODEL.vector(f.ids(t, b, 0, 20)), 2.0 / 8);
        add(want, MODEL.vector(f.ids(TopicTokens.EMPTY, b, 20, 40)), 1.0 / 8);
        add(want, MODEL.vector(f.ids(TopicTokens.EMPTY, b, 40, 65)), 1.0 / 8);
        add(want, MODEL.vector(t, b), 0.5);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        want.forEach((row, x) -> assertThat((double) got.get(row)).isCloseTo(x, within(1e-5)));
        assertThat(got).isNotEqualTo(asMap(MODEL.vector(t, b)));
    }

    @Test
    void aModelWithoutWindowScoresEveryBodyWhole() {
        TopicModel whole = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withWindow(0))
                .train(TRAIN, TrainingProgress.NONE).model();
        TopicTokens t = TopicTokens.of(TITLE);
        TopicTokens b = TopicTokens.of(words(200));
        assertThat(asMap(TopicWindows.vector(whole, t, b))).isEqualTo(asMap(whole.vector(t, b)));
    }

    @Test
    void anArticleScoredAfterOthersOnTheSameThreadGetsTheSameVectorAsOnAFreshThread() throws Exception {
        TopicTokens t = TopicTokens.of(TITLE);
        TopicTokens b = TopicTokens.of(words(65));
        Map<Integer, Float>[] fresh = new Map[1];
        Thread thread = new Thread(() -> fresh[0] = asMap(TopicWindows.vector(MODEL, t, b)));
        thread.start();
        thread.join();
        TopicWindows.vector(MODEL, TopicTokens.of("Bank shares"), TopicTokens.of(words(400)));
        TopicWindows.vector(MODEL, TopicTokens.of("Clinic"), TopicTokens.of("doctor clinic ".repeat(40)));
        assertThat(asMap(TopicWindows.vector(MODEL, t, b))).isEqualTo(fresh[0]).isNotEmpty();
    }

    @Test
    void anUnusuallyLongArticleIsScoredAlikeOnAFreshThreadAndAfterOthers() throws Exception {
        TopicTokens t = TopicTokens.of(TITLE);
        TopicTokens b = TopicTokens.of(words(20_000));
        assertThat(2 * (2 * t.size() + b.size())).isGreaterThan(32_768);
        Map<Integer, Float>[] fresh = new Map[1];
        Thread thread = new Thread(() -> fresh[0] = asMap(TopicWindows.vector(MODEL, t, b)));
        thread.start();
        thread.join();
        Map<Integer, Float> shortBefore = asMap(TopicWindows.vector(MODEL, t, TopicTokens.of(words(65))));
        assertThat(asMap(TopicWindows.vector(MODEL, t, b))).isEqualTo(fresh[0]).isNotEmpty();
        assertThat(asMap(TopicWindows.vector(MODEL, t, TopicTokens.of(words(65))))).isEqualTo(shortBefore);
    }

    private static void add(Map<Integer, Double> sum, TopicModel.Vector v, double weight) {
        for (int i = 0; i < v.rows().length; i++) {
            sum.merge(v.rows()[i], v.values()[i] * weight, Double::sum);
        }
    }
}
