package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicModelTrainerTest {
    private static final TopicLexicon LEXICON = TopicLexicon.loadDefault();
    private static final List<LabelledArticle> TRAIN = TopicCorpus.articles(40, 30, 1);
    private static final List<LabelledArticle> TEST = TopicCorpus.articles(20, 60, 2);
    private static final TopicModelTrainer.Result RESULT =
            new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withCost(1)).train(TRAIN, TrainingProgress.NONE);

    private static double accuracy(TopicTagger tagger, List<LabelledArticle> articles) {
        return articles.stream().filter(a -> a.topics().contains(tagger.tag(a.title(), a.body()).get(0).getCode()))
                .count() / (double) articles.size();
    }

    @Test
    void learnsTheTopicsOfItsTrainingData() {
        TopicModel model = RESULT.model();
        assertThat(model.codes()).containsExactly(TopicCorpus.ECONOMY, TopicCorpus.HEALTH, TopicCorpus.SPORT);
        assertThat(model.examples(0)).isEqualTo(40);
        assertThat(RESULT.crossValidatedAccuracy()).isGreaterThan(0.95);
        assertThat(accuracy(new TopicTagger(LEXICON, model), TEST)).isGreaterThan(0.95);
    }

    @Test
    void savedModelScoresExactlyAsTheTrainedOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RESULT.model().write(bytes);
        assertThat(bytes.toByteArray()).startsWith("NSTOPICS".getBytes());
        TopicModel read = TopicModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        TopicTagger a = new TopicTagger(LEXICON, RESULT.model());
        TopicTagger b = new TopicTagger(LEXICON, read);
        for (LabelledArticle x : TEST.subList(0, 10)) {
            assertThat(b.probabilities(x.title(), x.body())).containsExactly(a.probabilities(x.title(), x.body()));
        }
        assertThat(read.codes()).isEqualTo(RESULT.model().codes());
        assertThat(read.languages()).containsExactly("en");
    }

    @Test
    void aModelKeepsTheLanguagesItWasTrainedOn() throws IOException {
        TopicModel german = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withCost(1)
                .withLanguages(List.of("de", "en"))).train(TRAIN, TrainingProgress.NONE).model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        german.write(bytes);
        TopicModel read = TopicModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.languages()).containsExactly("de", "en");
        TopicTagger tagger = new TopicTagger(LEXICON, read);
        LabelledArticle a = TEST.get(0);
        assertThat(tagger.tag(a.title(), a.body(), "de")).isNotEmpty();
        assertThat(tagger.tag(a.title(), a.body(), "fr")).isEmpty();
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        RESULT.model().write(first);
        new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withCost(1)).train(TRAIN, TrainingProgress.NONE)
                .model().write(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void openSetScoresUnseenTopicsFromKeywordsClosedSetNever() {
        String title = "Heavy snow and frost forecast";
        String body = "Forecasters expect snowfall, strong winds, rain and temperatures below freezing.";
        List<String> open = new TopicTagger(LEXICON, RESULT.model()).tag(title, body).stream().map(t -> t.getCode()).toList();
        assertThat(open).contains("medtop:17000000");
        TopicModel closed = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withClosedSet(true))
                .train(TRAIN, TrainingProgress.NONE).model();
        assertThat(closed.closedSet()).isTrue();
        assertThat(new TopicTagger(LEXICON, closed).tag(title, body)).allSatisfy(t ->
                assertThat(closed.codes()).contains(t.getCode()));
    }

    @Test
    void syntheticLongArticlesAreAddedWhenAsked() {
        TopicModelTrainer.Result r = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withConcat(4))
                .train(TRAIN, TrainingProgress.NONE);
        assertThat(r.model().examples(0)).isEqualTo(40);
        assertThat(accuracy(new TopicTagger(LEXICON, r.model()), TEST)).isGreaterThan(0.95);
    }

    @Test
    void scoringWindowIsTheTrainingItemsLengthTimesConcatUnlessGiven() throws IOException {
        assertThat(RESULT.model().window()).isEqualTo(30);
        TopicModel concat = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withConcat(3))
                .train(TRAIN, TrainingProgress.NONE).model();
        assertThat(concat.window()).isEqualTo(90);
        TopicModel whole = new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults().withWindow(0))
                .train(TRAIN, TrainingProgress.NONE).model();
        assertThat(whole.window()).isZero();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        concat.write(bytes);
        assertThat(TopicModel.read(new ByteArrayInputStream(bytes.toByteArray())).window()).isEqualTo(90);
    }

    @Test
    void rejectsCodesThatAreNotTopLevelTopics() {
        List<LabelledArticle> bad = List.of(new LabelledArticle("x", null, "some words", Set.of("medtop:20000002")));
        assertThatThrownBy(() -> new TopicModelTrainer(LEXICON, TopicTrainingOptions.defaults())
                .train(bad, TrainingProgress.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("medtop:20000002");
    }

    @Test
    void rejectsAFileThatIsNotAModel() {
        assertThatThrownBy(() -> TopicModel.read(new ByteArrayInputStream("hello world".getBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
    }
}
