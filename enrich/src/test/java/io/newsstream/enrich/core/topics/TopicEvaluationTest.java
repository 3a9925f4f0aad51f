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
        assertThat(e.precision("A")).isEqualTo(1.0);
        assertThat(e.recall("A")).isEqualTo(0.5);
        assertThat(e.precision("B")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(e.recall("B")).isEqualTo(1.0);
        assertThat(e.recall("C")).isZero();
        assertThat(e.answered()).isEqualTo(4);
        assertThat(e.answeredAccuracy()).isEqualTo(0.75);
        assertThat(e.count("A", "B")).isEqualTo(1);
        assertThat(e.count("C", "(none)")).isEqualTo(1);
        assertThat(e.topicsPerArticle()).containsEntry(1, 3).containsEntry(2, 1).containsEntry(0, 1);
    }

    @Test
    void calibrationBinsPredictionsAndWeighsTheirGaps() {
        Calibration c = new Calibration();
        for (int i = 0; i < 10; i++) {
            c.add(0.95, i < 9);
        }
        for (int i = 0; i < 10; i++) {
            c.add(0.55, i < 3);
        }
        c.add(1.0, true);
        assertThat(c.predictions()).isEqualTo(21);
        assertThat(c.bins()).extracting(Calibration.Bin::predictions).containsExactly(10L, 11L);
        Calibration.Bin high = c.bins().get(1);
        assertThat(high.accuracy()).isCloseTo(10 / 11.0, within(1e-9));
        assertThat(high.meanProbability()).isCloseTo((9.5 + 1.0) / 11, within(1e-9));
        double expected = 10 / 21.0 * Math.abs(0.3 - 0.55) + 11 / 21.0 * Math.abs(10 / 11.0 - 10.5 / 11);
        assertThat(c.expectedError()).isCloseTo(expected, within(1e-9));
        assertThat(new Calibration().expectedError()).isZero();
    }
}
