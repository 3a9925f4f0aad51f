package io.newsstream.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create the pipeline's topics (raw, enriched, duplicates, dlq) where missing.")
final class TopicsCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--partitions", defaultValue = "4", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication factor (default ${DEFAULT-VALUE}).")
    short replication;

    @Override
    public Integer call() {
        TopicSetup.ensure(kafka.requireBootstrap(), kafka.topics(), partitions, replication);
        System.out.println("topics ready: " + String.join(", ", kafka.topics().all()));
        return 0;
    }
}
