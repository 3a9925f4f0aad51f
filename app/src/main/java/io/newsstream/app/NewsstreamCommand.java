package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "newsstream", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Streaming ingestion pipeline for news articles: dedup and enrichment on Kafka Streams.",
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            EnrichBatchCommand.class,
            ServeCommand.class,
            TopicsCommand.class,
            StatusCommand.class,
            KeysCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            picocli.CommandLine.HelpCommand.class,
        })
final class NewsstreamCommand {
}
