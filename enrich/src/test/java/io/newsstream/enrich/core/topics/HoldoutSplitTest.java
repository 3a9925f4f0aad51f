package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldoutSplitTest {
    private static final List<LabelledArticle> ARTICLES = IntStream.range(0, 5000)
            .mapToObj(i -> new LabelledArticle("id-" + i, null, "text", Set.of("medtop:15000000"))).toList();

    @Test
    void partsAreDisjointCompleteAndAboutTheAskedShare() {
        List<LabelledArticle> test = HoldoutSplit.select(ARTICLES, HoldoutSplit.Part.TEST, 20);
        List<LabelledArticle> train = HoldoutSplit.select(ARTICLES, HoldoutSplit.Part.TRAIN, 20);
        assertThat(test.size() + train.size()).isEqualTo(ARTICLES.size());
        assertThat(test).doesNotContainAnyElementsOf(train);
        assertThat(test.size() / (double) ARTICLES.size()).isBetween(0.18, 0.22);
        assertThat(HoldoutSplit.select(ARTICLES, HoldoutSplit.Part.ALL, 20)).isEqualTo(ARTICLES);
    }

    @Test
    void theSameIdAlwaysLandsInTheSamePart() {
        assertThat(IntStream.range(0, 200).filter(i -> HoldoutSplit.isTest("id-" + i, 20)
                != HoldoutSplit.isTest("id-" + i, 20)).count()).isZero();
        assertThat(HoldoutSplit.isTest("anything", 0)).isFalse();
        assertThat(HoldoutSplit.isTest("anything", 100)).isTrue();
    }

    @Test
    void articlesWithoutIdTrain() {
        LabelledArticle noId = new LabelledArticle(null, null, "x", Set.of("medtop:15000000"));
        assertThat(HoldoutSplit.select(List.of(noId), HoldoutSplit.Part.TEST, 100)).isEmpty();
        assertThat(HoldoutSplit.select(List.of(noId), HoldoutSplit.Part.TRAIN, 100)).containsExactly(noId);
    }
}
