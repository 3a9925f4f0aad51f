package io.newsstream.enrich.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.DuplicateReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateMatcherTest {
    private static final String[] WORDS = ("the council said on monday that a new budget for the river port would "
            + "cut costs while unions warned of strikes at the railway depot and farmers asked for drought relief "
            + "after a dry summer in the northern province where exports of grain fell sharply this year").split(" ");

    private static List<String> paragraphs(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 45; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
            }
            out.add(sb.toString().trim());
        }
        return out;
    }

    private static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private final NearDuplicateMatcher matcher =
            new NearDuplicateMatcher(new InMemoryNearDuplicateIndex(), NearDuplicateRule.DEFAULT);

    @Test
    void aTruncatedCopyIsANearDuplicateOfTheFullStory() {
        List<String> story = paragraphs(1, 10);
        assertThat(matcher.checkAndFile("full", MinHashSketch.of(text(story)))).isEmpty();

        var match = matcher.checkAndFile("cut", MinHashSketch.of(text(story.subList(0, 5))));

        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.originalId()).isEqualTo("full");
            assertThat(m.reason()).isEqualTo(DuplicateReason.NEAR);
            assertThat(m.similarity()).isGreaterThanOrEqualTo(0.85);
        });
    }

    @Test
    void anEditedCopyWithSwappedParagraphsIsANearDuplicate() {
        List<String> story = paragraphs(2, 8);
        matcher.checkAndFile("orig", MinHashSketch.of(text(story)));
        List<String> edited = new ArrayList<>(story);
        edited.set(3, edited.get(3).replaceFirst("council", "committee").replaceFirst("budget", "plan"));
        String last = edited.remove(7);
        edited.add(6, last);

        assertThat(matcher.checkAndFile("edit", MinHashSketch.of(text(edited))))
                .hasValueSatisfying(m -> assertThat(m.originalId()).isEqualTo("orig"));
    }

    @Test
    void differentStoriesFromTheSameVocabularyStayApart() {
        for (int i = 0; i < 50; i++) {
            assertThat(matcher.checkAndFile("story-" + i, MinHashSketch.of(text(paragraphs(100 + i, 6))))).isEmpty();
        }
    }

    @Test
    void shortTextsAreNeverJudged() {
        matcher.checkAndFile("a", MinHashSketch.of("Markets closed higher on Friday."));
        assertThat(matcher.checkAndFile("b", MinHashSketch.of("Markets closed higher on Friday."))).isEmpty();
    }

    @Test
    void sketchesEstimateJaccardAndContainmentAndSurviveTheirCodec() {
        List<String> story = paragraphs(3, 10);
        MinHashSketch full = MinHashSketch.of(text(story));
        MinHashSketch half = MinHashSketch.of(text(story.subList(0, 5)));
        assertThat(full.jaccard(full)).isEqualTo(1.0);
        assertThat(half.jaccard(full)).isBetween(0.3, 0.7);
        assertThat(half.containment(full)).isGreaterThan(0.85);
        assertThat(SketchCodec.decode(SketchCodec.encode(full))).isEqualTo(full);
    }
}
