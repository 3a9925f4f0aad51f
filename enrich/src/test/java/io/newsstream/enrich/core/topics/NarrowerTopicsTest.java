package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schemas.avro.Topic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Second-level topics from the shipped model and lexicons, on fictional stories written for this test. */
class NarrowerTopicsTest {
    private static final TopicTagger TAGGER = new TopicTagger(TopicLexicon.loadDefault(), TopicModel.loadDefault());
    private static final NarrowerTopics NARROWER = TAGGER.narrower();

    private static List<String> codes(String title, String body) {
        return TAGGER.tag(title, body).stream().map(Topic::getCode).toList();
    }

    @Test
    void warStoryGetsArmedConflictUnderConflict() {
        List<Topic> t = TAGGER.tag("Troops advance as shelling hits the front line",
                "Soldiers and tanks of the northern army pushed towards the river after a night of artillery fire "
                        + "and missile strikes. Rebel militias said their fighters held the bridge, and the army "
                        + "reported heavy fighting along the frontline.");
        List<String> codes = t.stream().map(Topic::getCode).toList();
        assertThat(codes.get(0)).isEqualTo("medtop:16000000");
        assertThat(codes).contains("medtop:20000056");
        Topic armed = t.get(codes.indexOf("medtop:20000056"));
        assertThat(armed.getLabel()).isEqualTo("armed conflict");
        assertThat(armed.getScore()).isBetween(TAGGER.model().threshold(), t.get(0).getScore());
    }

    @Test
    void electionAndEarthquakeStories() {
        assertThat(codes("Voters head to the polls in a tight election", "Polling stations opened at dawn as voters "
                + "chose between two candidates. The election campaign ended with a televised debate, and the "
                + "electoral commission expects a high turnout in the ballot.")).contains("medtop:20000574");
        List<String> quake = codes("Earthquake flattens villages in the mountains", "A powerful earthquake struck the "
                + "region before dawn, destroying homes. Rescuers searched the rubble for survivors as aftershocks "
                + "and a landslide blocked the only road; the death toll rose through the day.");
        assertThat(quake).contains("medtop:03000000", "medtop:20000148");
        assertThat(quake.indexOf("medtop:20000151")).isGreaterThan(quake.indexOf("medtop:20000148"));
    }

    @Test
    void murderTrialIsCrimeTypeUnderCrime() {
        List<String> c = codes("Man guilty of murder after stabbing outside a bar", "A jury found the defendant guilty "
                + "of murder on Friday. Prosecutors said the killer stabbed the victim after an argument and "
                + "strangled a witness; the murder shocked the town. The judge will pass sentence next month.");
        assertThat(c.get(0)).isEqualTo("medtop:02000000");
        assertThat(c).contains("medtop:20000082", "medtop:20000099");
    }

    @Test
    void narrowerTopicsOnlyUnderEmittedBroaderTopicsAndWithEnoughEvidence() {
        for (String[] story : new String[][] {
                {"Troops advance", "Soldiers, shelling and missile strikes near the front line; a ceasefire collapsed."},
                {"Storm warning", "Forecasters issued a red warning for heavy snowfall and blizzards on Monday."},
                {"Shares slide", "Stock markets fell as investors sold bonds after the central bank raised rates."}}) {
            List<String> c = codes(story[0], story[1]);
            for (String code : c) {
                int i = NARROWER.codes().indexOf(code);
                if (i >= 0) {
                    assertThat(c.subList(0, c.indexOf(code))).contains(broaderOf(code));
                }
            }
        }
        assertThat(codes("A quiet day", "The minister spoke briefly.")).noneMatch(c -> NARROWER.codes().contains(c));
    }

    @Test
    void explanationShowsTheBroaderTopicAndTheKeywords() {
        List<TopicExplanation> e = TAGGER.explain("Voters head to the polls in a tight election", "Polling stations "
                + "opened as voters chose between two candidates after a long election campaign.", 1, 5);
        TopicExplanation election = e.stream().filter(x -> x.code().equals("medtop:20000574")).findFirst().orElseThrow();
        assertThat(election.broader()).isEqualTo("medtop:11000000");
        assertThat(election.siblingShare()).isBetween(0.0, 1.0);
        assertThat(election.keywords()).extracting(TopicExplanation.Contribution::feature).contains("election");
        assertThat(e.get(0).broader()).isNull();
    }

    @Test
    void loaderRejectsATopicListedAfterATopicUnderIt() {
        String topics = "medtop:2\tmedtop:1\tchild\tchild\nmedtop:1\tmedtop:0\tparent\tparent\n";
        assertThatThrownBy(() -> NarrowerTopics.load(stream(topics), stream("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NarrowerTopics.load(stream("medtop:1\tmedtop:0\tparent\t-\n"),
                stream("medtop:9\t2\tunknown\n"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String broaderOf(String code) {
        try (var in = LexiconFiles.resource(NarrowerTopics.TOPICS_RESOURCE)) {
            return LexiconFiles.rows(in, 4).stream().filter(f -> f[0].equals(code)).findFirst().orElseThrow()[1];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
