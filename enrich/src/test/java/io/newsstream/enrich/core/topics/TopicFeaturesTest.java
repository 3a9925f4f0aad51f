package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicFeaturesTest {
    private final TopicFeatures features = new TopicFeatures(18);

    private float count(TopicFeatures.Counts c, int id) {
        for (int i = 0; i < c.size(); i++) {
            if (c.ids()[i] == id) {
                return c.counts()[i];
            }
        }
        return 0;
    }

    @Test
    void aBodyRangeHasOnlyItsOwnWordsAndPairs() {
        TopicTokens body = TopicTokens.of("interest rates rose sharply today");
        int[] ids = features.ids(TopicTokens.EMPTY, body, 1, 3);
        assertThat(ids).containsExactlyInAnyOrder(features.id("rates"), features.id("rose"), features.id("rates rose"));
        assertThat(features.ids(TopicTokens.of("Markets"), body, 1, 3))
                .hasSize(TopicFeatures.TITLE_REPEAT + 3);
    }

    @Test
    void countsWordsAndWordPairsWithTitleWordsRepeated() {
        TopicFeatures.Counts c = features.count("Cup Final", "The cup final was won. The final whistle.");
        assertThat(count(c, features.id("cup"))).isEqualTo(TopicFeatures.TITLE_REPEAT + 1);
        assertThat(count(c, features.id("cup final"))).isEqualTo(TopicFeatures.TITLE_REPEAT + 1);
        assertThat(count(c, features.id("final"))).isEqualTo(TopicFeatures.TITLE_REPEAT + 2);
        assertThat(count(c, features.id("won the"))).isEqualTo(1);
        assertThat(count(c, features.id("final the"))).isZero();
        assertThat(c.ids()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void numbersShareOneFeature() {
        assertThat(features.id("2004")).isEqualTo(features.id("17"));
        assertThat(features.id("in 2004")).isEqualTo(features.id("in 1999"));
    }

    @Test
    void pairsDoNotSpanTitleAndBody() {
        TopicFeatures.Counts c = features.count("Market", "crash");
        assertThat(count(c, features.id("market crash"))).isZero();
        assertThat(java.util.Arrays.stream(c.ids()).allMatch(id -> id >= 0 && id < 1 << 18)).isTrue();
    }
}
