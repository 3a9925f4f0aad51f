package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicEvaluationTest {
    @Test
    void accuracyMacroF1AndConfusion() {
        TopicEvaluation e = new TopicEvaluation();
        e.add(List.of("A"), List.of("A"));
        e.add(List.of("A"), List.of("B", "A"));
        e.add(List.of("B"), List.of("B"));
        e.add(List.of("C", "B"), List.of("B"));
        e.add(List.of("C"), List.of());
        assertThat(e.articles()).isEqualTo(5);
        assertThat(e.accuracy()).isEqualTo(0.6);
        // A: tp 1, fn 1 -> 2/3; B: tp 2, fp 1 -> 4/5; C: tp 0 -> 0
        assertThat(e.f1("A")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(e.f1("B")).isCloseTo(0.8, within(1e-9));
        assertThat(e.macroF1()).isCloseTo((2 / 3.0 + 0.8 + 0) / 3, within(1e-9));
        assertThat(e.count("A", "B")).isEqualTo(1);
        assertThat(e.count("C", "(none)")).isEqualTo(1);
        assertThat(e.topicsPerArticle()).containsEntry(1, 3).containsEntry(2, 1).containsEntry(0, 1);
    }
}
