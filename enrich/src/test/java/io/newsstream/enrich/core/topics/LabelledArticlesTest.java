package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledArticlesTest {
    @TempDir
    Path dir;

    @Test
    void readsLabelledLines() throws IOException {
        Path f = Files.writeString(dir.resolve("l.jsonl"), """
                {"title": "Cup final", "body": "The team won.", "topics": ["medtop:15000000"]}

                {"id": "b", "body": "Shares fell.", "topics": ["medtop:04000000", "medtop:11000000"]}
                """);
        List<LabelledArticle> a = LabelledArticles.read(f);
        assertThat(a).hasSize(2);
        assertThat(a.get(0).title()).isEqualTo("Cup final");
        assertThat(a.get(0).id()).isNull();
        assertThat(a.get(1).topics()).containsExactlyInAnyOrder("medtop:04000000", "medtop:11000000");
    }

    @Test
    void joinsArticlesWithGold() throws IOException {
        Path art = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "x1", "url": "https://a.example/1", "title": null, "body": "One."}
                {"id": "x2", "url": "https://a.example/2", "title": "T", "body": "Two."}
                """);
        Path gold = Files.writeString(dir.resolve("g.jsonl"), """
                {"id": "x2", "label": "sport", "topics": ["medtop:15000000"]}
                {"id": "x1", "topics": ["medtop:01000000"]}
                """);
        assertThat(LabelledArticles.read(art, gold)).extracting(LabelledArticle::id, LabelledArticle::topics)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x1", Set.of("medtop:01000000")),
                        org.assertj.core.groups.Tuple.tuple("x2", Set.of("medtop:15000000")));
        Files.writeString(gold, "{\"id\": \"x1\", \"topics\": [\"medtop:01000000\"]}\n");
        assertThatThrownBy(() -> LabelledArticles.read(art, gold)).hasMessageContaining("no gold line for id x2");
    }

    @Test
    void rejectsLinesWithoutTopics() throws IOException {
        Path f = Files.writeString(dir.resolve("l.jsonl"), "{\"body\": \"x\", \"topics\": []}\n");
        assertThatThrownBy(() -> LabelledArticles.read(f)).hasMessageContaining(":1:").hasMessageContaining("topics");
    }

    @Test
    void mediaTopicsConceptsAreLabelledWithTheirTopLevelAncestor() throws IOException {
        Path f = Files.writeString(dir.resolve("m.jsonl"), """
                {"qcode": "medtop:17000000", "label": "weather", "definition": "Weather things", "level": 1, "parent": null}
                {"qcode": "medtop:20000001", "label": "forecast", "definition": "Predictions", "level": 2, "parent": "medtop:17000000"}
                {"qcode": "medtop:20000002", "label": "warning", "definition": "Alerts", "level": 3, "parent": "medtop:20000001"}
                """);
        assertThat(LabelledArticles.fromMediaTopics(f)).hasSize(3)
                .allSatisfy(a -> assertThat(a.topics()).containsExactly("medtop:17000000"));
    }
}
