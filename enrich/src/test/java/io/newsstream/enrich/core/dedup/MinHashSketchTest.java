package io.newsstream.enrich.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashSketchTest {
    private static String words(long seed, int count) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("w").append(random.nextInt(5_000)).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void aShortTextFillsEveryBinByDensification() {
        MinHashSketch s = MinHashSketch.of("one two three four five six seven eight nine ten");
        assertThat(s.shingles()).isEqualTo(7);
        assertThat(Arrays.stream(s.minima()).filter(v -> v == Integer.MAX_VALUE)).isEmpty();
        assertThat(s.jaccard(MinHashSketch.of("One two three four five six seven eight nine ten."))).isEqualTo(1.0);
    }

    @Test
    void repeatedShinglesCountOnce() {
        String para = "the same four words and then some more words here";
        assertThat(MinHashSketch.of(para + " " + para + " " + para).shingles())
                .isLessThan(3 * MinHashSketch.of(para).shingles());
        assertThat(MinHashSketch.of("a b c d a b c d a b c d").shingles()).isEqualTo(4);
    }

    @Test
    void jaccardEstimatesFollowTheTrueOverlap() {
        String shared = words(1, 600);
        String a = shared + " " + words(2, 200);
        String b = shared + " " + words(3, 200);
        double estimate = MinHashSketch.of(a).jaccard(MinHashSketch.of(b));
        assertThat(estimate).isBetween(0.45, 0.75);
        assertThat(MinHashSketch.of(words(4, 800)).jaccard(MinHashSketch.of(words(5, 800)))).isLessThan(0.1);
    }

    @Test
    void anEmptyTextHasNoShingles() {
        MinHashSketch empty = MinHashSketch.of("");
        assertThat(empty.shingles()).isZero();
        assertThat(empty).isEqualTo(MinHashSketch.of("   "));
    }
}
