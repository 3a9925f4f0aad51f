package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why the pipeline did what it did to an article.",
        subcommands = {
            ExplainCleanCommand.class,
            ExplainTopicsCommand.class,
        })
final class ExplainCommand {
}
