package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure an enrichment against gold labels.",
        subcommands = {EvalTopicsCommand.class})
final class EvalCommand {
}
