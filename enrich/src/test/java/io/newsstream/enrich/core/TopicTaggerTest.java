package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
    private static final TopicLexicon LEXICON = TopicLexicon.loadDefault();
    private static final TopicTagger TAGGER = new TopicTagger(LEXICON);

    @Test
    void hasTheSeventeenTopLevelTopics() {
        assertThat(LEXICON.labels()).hasSize(17).containsEntry("medtop:16000000", "conflict, war and peace")
                .containsEntry("medtop:17000000", "weather");
    }

    @Test
    void warStoryIsConflictFirst() {
        List<Topic> t = TAGGER.tag("Troops push back offensive as shelling continues",
                "Soldiers and tanks moved to the front line after artillery attacks. The government and the "
                        + "president said peace talks with the enemy army would wait until a ceasefire holds. The prime "
                        + "minister told parliament that the government would not negotiate.");
        assertThat(t.get(0).getCode()).isEqualTo("medtop:16000000");
        assertThat(t).extracting(Topic::getCode).contains("medtop:11000000");
    }

    @Test
    void sportAndEconomyAndWeatherStories() {
        assertThat(TAGGER.tag("Club wins the cup final", "The striker scored twice and the coach praised the team "
                + "as the league season ended in the stadium.").get(0).getCode()).isEqualTo("medtop:15000000");
        assertThat(TAGGER.tag("Shares fall as inflation bites", "Stock markets dropped and investors sold bank "
                + "shares after the central bank raised interest rates.").get(0).getCode()).isEqualTo("medtop:04000000");
        assertThat(TAGGER.tag("Snow and frost expected", "Forecasters expect heavy snowfall, strong winds and "
                + "temperatures well below freezing.").get(0).getCode()).isEqualTo("medtop:17000000");
    }

    @Test
    void scoresAreSortedSharesInUnitInterval() {
        List<Topic> t = TAGGER.tag("Election campaign", "Voters, parliament and the minister discussed the hospital "
                + "budget and school teachers.");
        assertThat(t).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(t).allSatisfy(x -> assertThat(x.getScore()).isBetween(0.0, 1.0));
        for (int i = 1; i < t.size(); i++) {
            assertThat(t.get(i).getScore()).isLessThanOrEqualTo(t.get(i - 1).getScore());
            assertThat(t.get(i).getScore()).isGreaterThanOrEqualTo(TopicTagger.MIN_SCORE);
        }
        assertThat(t.get(0).getLabel()).isEqualTo("politics");
    }

    @Test
    void noKeywordsNoTopics() {
        assertThat(TAGGER.tag(null, "Lorem ipsum dolor sit amet.")).isEmpty();
        assertThat(TAGGER.tag(null, "")).isEmpty();
    }

    @Test
    void aSingleHitStillYieldsTheBestTopic() {
        List<Topic> t = TAGGER.tag(null, "It was about the museum.");
        assertThat(t).extracting(Topic::getCode).containsExactly("medtop:01000000");
        assertThat(t.get(0).getScore()).isEqualTo(1.0);
    }
}
