package io.newsstream.app;

import io.newsstream.enrich.EnrichConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --topics-model} option of the commands that tag topics, with the configured model as its default. */
final class TopicsModelOption {
    @Option(names = "--topics-model", description = "Topic model file (default: enrich.topics.model, else the shipped model).")
    Path topicsModel;

    /** The given model file, else {@code enrich.topics.model}, else null (the shipped model). */
    Path resolve() {
        return topicsModel != null ? topicsModel : EnrichConfig.load(Map.of()).topicsModel();
    }
}
