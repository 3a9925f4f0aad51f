package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show why an article was enriched as it was.",
        subcommands = {ExplainTopicsCommand.class})
final class ExplainCommand {
}
