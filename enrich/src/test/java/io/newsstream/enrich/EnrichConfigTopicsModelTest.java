package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichConfigTopicsModelTest {
    @Test
    void emptyMeansTheShippedModel() {
        assertThat(new EnrichConfig(Map.of()).topicsModel()).isNull();
        assertThat(new EnrichConfig(Map.of(EnrichConfig.TOPICS_MODEL, "  ")).topicsModel()).isNull();
    }

    @Test
    void aPathNamesTheModelFile() {
        assertThat(new EnrichConfig(Map.of(EnrichConfig.TOPICS_MODEL, "/models/topics.bin")).topicsModel())
                .isEqualTo(Path.of("/models/topics.bin"));
    }
}
