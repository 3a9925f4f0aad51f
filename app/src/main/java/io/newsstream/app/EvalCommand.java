package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures the enrichment against gold files (evaluation data is read, never stored).",
        subcommands = {
            EvalRegionsCommand.class,
            EvalTopicsCommand.class,
            EvalDedupCommand.class,
            EvalCleanCommand.class,
        })
final class EvalCommand {
}
