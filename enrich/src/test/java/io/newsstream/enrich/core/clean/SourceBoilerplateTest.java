package io.newsstream.enrich.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.dedup.Fingerprints;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceBoilerplateTest {
    private static final String FOOTER = "Brought to you by the Merrivale Courier newsroom.";
    private static final long DAY = Duration.ofDays(1).toMillis();
    private final SourceBoilerplate learner = new SourceBoilerplate(
            new SourceBoilerplate.Settings(3, 0.25, Duration.ofDays(2), 4, 200));

    private static String story(int i) {
        return "Story number " + i + " tells of event " + i + " in the valley.\n\nIts second paragraph, number "
                + i + ", adds detail.\n\n" + FOOTER;
    }

    private SourceBoilerplate.Learned learn(String source, int i, long ts, BoilerplateCounts counts) {
        String body = story(i);
        return learner.learn(source, body, Fingerprints.contentHash(body), ts, counts);
    }

    @Test
    void aLineRecurringInEnoughDistinctArticlesOfASourceIsLearned() {
        BoilerplateCounts counts = new InMemoryBoilerplateCounts(Duration.ofDays(2).toMillis());
        assertThat(learn("courier.example", 1, 0, counts).removed()).isEmpty();
        assertThat(learn("courier.example", 2, 0, counts).removed()).isEmpty();
        SourceBoilerplate.Learned third = learn("courier.example", 3, 0, counts);
        assertThat(third.body()).doesNotContain(FOOTER).contains("event 3", "number 3");
        assertThat(third.removed()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BoilerplateKind.LEARNED);
            assertThat(r.text()).isEqualTo(FOOTER);
            assertThat(r.detail()).contains("3 of 3 articles of courier.example");
        });
        assertThat(learn("other.example", 4, 0, counts).removed()).as("learning is per source").isEmpty();
    }

    @Test
    void theSameArticleAgainIsNotCountedTwice() {
        BoilerplateCounts counts = new InMemoryBoilerplateCounts(Duration.ofDays(2).toMillis());
        for (int k = 0; k < 5; k++) {
            assertThat(learn("courier.example", 1, 0, counts).removed()).isEmpty();
        }
    }

    @Test
    void countsOutsideTheWindowAreForgotten() {
        BoilerplateCounts counts = new InMemoryBoilerplateCounts(Duration.ofDays(2).toMillis());
        learn("courier.example", 1, 0, counts);
        learn("courier.example", 2, 0, counts);
        assertThat(learn("courier.example", 3, 5 * DAY, counts).removed()).isEmpty();
    }

    @Test
    void aBodyOfOnlyRecurringLinesIsKept() {
        BoilerplateCounts counts = new InMemoryBoilerplateCounts(DAY);
        for (int i = 0; i < 4; i++) {
            String body = FOOTER;
            SourceBoilerplate.Learned l = learner.learn("courier.example", body, "hash" + i, 0, counts);
            assertThat(l.body()).isEqualTo(FOOTER);
        }
    }

    @Test
    void longParagraphsAndMiddleParagraphsAreNeverCandidates() {
        SourceBoilerplate narrow = new SourceBoilerplate(new SourceBoilerplate.Settings(2, 0.1, Duration.ofDays(1), 1, 40));
        BoilerplateCounts counts = new InMemoryBoilerplateCounts(DAY);
        String shared = "A shared middle paragraph.";
        for (int i = 0; i < 3; i++) {
            String body = "Lead " + i + ".\n\n" + shared + "\n\nEnd " + i + ".";
            assertThat(narrow.learn("s", body, "h" + i, 0, counts).removed()).isEmpty();
        }
    }
}
