package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model and lexicon on fictional stories written for this test. */
class TopicTaggerTest {
    private static final TopicLexicon LEXICON = TopicLexicon.loadDefault();
    private static final TopicTagger TAGGER = new TopicTagger(LEXICON, TopicModel.loadDefault());

    private static String best(String title, String body) {
        return TAGGER.tag(title, body).get(0).getCode();
    }

    @Test
    void hasTheSeventeenTopLevelTopics() {
        assertThat(LEXICON.labels()).hasSize(17).containsEntry("medtop:16000000", "conflict, war and peace")
                .containsEntry("medtop:17000000", "weather");
        assertThat(LEXICON.codes()).first().isEqualTo("medtop:01000000");
    }

    @Test
    void warStoryIsConflictFirst() {
        assertThat(best("Troops push back offensive as shelling continues",
                "Soldiers and tanks moved to the front line after artillery attacks. The government and the "
                        + "president said peace talks with the enemy army would wait until a ceasefire holds."))
                .isEqualTo("medtop:16000000");
    }

    @Test
    void sportAndEconomyStories() {
        assertThat(best("Club wins the cup final", "The striker scored twice and the coach praised the team "
                + "as the league season ended in the stadium.")).isEqualTo("medtop:15000000");
        assertThat(best("Shares fall as inflation bites", "Stock markets dropped and investors sold bank "
                + "shares after the central bank raised interest rates.")).isEqualTo("medtop:04000000");
    }

    @Test
    void topicsWithoutTrainingExamplesAreNotDead() {
        assertThat(TAGGER.model().codes()).doesNotContain("medtop:17000000", "medtop:09000000");
        assertThat(best("Snow and frost expected this weekend", "Forecasters expect heavy snowfall, strong winds "
                + "and temperatures well below freezing, with more rain and sleet on Monday."))
                .isEqualTo("medtop:17000000");
        assertThat(best("Dock workers' union calls strike over wages", "The union said its members, employees at "
                + "the port, would walk out after the employer refused a pay rise; the workers want higher wages "
                + "and better pensions.")).isEqualTo("medtop:09000000");
    }

    @Test
    void scoresAreSortedProbabilitiesAndExtraTopicsPassTheThreshold() {
        List<Topic> t = TAGGER.tag("Election campaign", "Voters, parliament and the minister discussed the hospital "
                + "budget and school teachers.");
        assertThat(t).isNotEmpty().hasSizeLessThanOrEqualTo(TopicTagger.MAX_TOPICS);
        assertThat(t).allSatisfy(x -> assertThat(x.getScore()).isBetween(0.0, 1.0));
        for (int i = 1; i < t.size(); i++) {
            assertThat(t.get(i).getScore()).isLessThanOrEqualTo(t.get(i - 1).getScore())
                    .isGreaterThanOrEqualTo(TAGGER.model().threshold());
        }
        assertThat(t.get(0).getLabel()).isEqualTo(LEXICON.labels().get(t.get(0).getCode()));
    }

    @Test
    void everyTextWithWordsGetsItsBestTopic() {
        assertThat(TAGGER.tag(null, "Lorem ipsum dolor sit amet.")).hasSize(1);
        assertThat(TAGGER.tag(null, "")).isEmpty();
        assertThat(TAGGER.tag(null, " ... ")).isEmpty();
    }

    @Test
    void articlesInALanguageTheModelWasNotTrainedOnGetNoTopics() {
        assertThat(TAGGER.model().languages()).containsExactly("en");
        String title = "Bundestag beschließt Haushalt";
        String body = "Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. Die Regierung "
                + "plant Ausgaben von 480 Milliarden Euro, die Opposition kritisierte die neuen Schulden.";
        assertThat(TAGGER.tag(title, body, "de")).isEmpty();
        assertThat(TAGGER.speaks("de")).isFalse();
        String english = "The central bank raised interest rates as inflation climbed and markets fell.";
        assertThat(TAGGER.tag("Rates rise", english, "en")).isNotEmpty();
        assertThat(TAGGER.tag("Rates rise", english, null)).isEqualTo(TAGGER.tag("Rates rise", english, "en"));
        assertThat(TAGGER.tag("Rates rise", english, "none")).isNotEmpty();
    }

    @Test
    void explanationNamesTheDrivingFeatures() {
        List<TopicExplanation> e = TAGGER.explain("Club wins the cup final", "The striker scored twice and the "
                + "coach praised the team as the league season ended in the stadium.", 2, 5);
        assertThat(e.stream().filter(x -> x.broader() == null)).hasSize(2);
        assertThat(e.get(0).code()).isEqualTo("medtop:15000000");
        assertThat(e.get(0).features()).hasSizeBetween(1, 5);
        assertThat(e.get(0).features().get(0).logOdds()).isPositive();
        assertThat(e.get(0).keywords()).extracting(TopicExplanation.Contribution::feature).contains("striker");
        assertThat(e.get(0).probability()).isGreaterThanOrEqualTo(e.get(1).probability());
    }
}
