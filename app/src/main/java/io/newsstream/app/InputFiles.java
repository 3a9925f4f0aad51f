package io.newsstream.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks a command's input files before anything starts, so a typo costs one clear line, not a started pipeline. */
final class InputFiles {
    private InputFiles() {}

    /** Every file exists and is a readable regular file ({@code -}, standard input, passes). */
    static void requireReadable(List<Path> files) {
        for (Path file : files) {
            if (file.toString().equals("-")) {
                continue;
            }
            if (!Files.exists(file)) {
                throw new UserError("no such file: " + file);
            }
            if (!Files.isRegularFile(file)) {
                throw new UserError("not a file: " + file);
            }
            if (!Files.isReadable(file)) {
                throw new UserError("cannot read " + file + " (permission denied)");
            }
        }
    }

    /** A mistake the user can fix, reported as one line without a stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
