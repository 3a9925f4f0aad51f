package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run one stage as a long-lived service against an existing Kafka (one per container).",
        subcommands = {ServeHttpCommand.class, ServeEnrichCommand.class, ServeSinkCommand.class, ServeFilesCommand.class, ServeLagCommand.class})
final class ServeCommand {
}
