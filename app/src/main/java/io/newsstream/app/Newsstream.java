package io.newsstream.app;

import picocli.CommandLine;

/** Entry point of the {@code newsstream} launcher. */
public final class Newsstream {
    public static final String AVRO_TRUST_PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

    private Newsstream() {}

    public static void main(String[] args) {
        trustAvroPackage();
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable t) {
            // an Error escapes picocli; without an exit here the stages' non-daemon threads would keep the JVM alive
            System.err.println("newsstream: internal error: " + t);
            code = 70;
        }
        System.exit(code);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new NewsstreamCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Newsstream::oneLine);
    }

    /**
     * A failed command is one line on stderr: the user's mistake as it is (exit 2), anything else with its kind
     * (exit 1); {@code NEWSSTREAM_DEBUG=1} adds the stack trace.
     */
    private static int oneLine(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean userError = e instanceof InputFiles.UserError || e instanceof java.nio.file.NoSuchFileException
                || e instanceof java.nio.file.AccessDeniedException;
        String message = e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage()
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + e.getMessage()
                : userError ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        cmd.getErr().println("newsstream " + cmd.getCommandName() + ": " + message);
        if (System.getenv("NEWSSTREAM_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return userError ? 2 : 1;
    }

    /** Avro 1.12.2 decodes generated classes only from packages listed in this property. */
    static void trustAvroPackage() {
        String pkg = "io.newsstream.schemas.avro";
        String current = System.getProperty(AVRO_TRUST_PROPERTY);
        if (current == null || current.isBlank()) {
            System.setProperty(AVRO_TRUST_PROPERTY, pkg);
        } else if (!current.contains(pkg)) {
            System.setProperty(AVRO_TRUST_PROPERTY, current + "," + pkg);
        }
    }
}
