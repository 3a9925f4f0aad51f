package io.newsstream.app;

import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from labelled articles.",
        subcommands = {TrainTopicsCommand.class})
final class TrainCommand {
}
