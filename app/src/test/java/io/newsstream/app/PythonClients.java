package io.newsstream.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Python interpreter and scripts the Python*IT tests run clients with (scripts under {@code /python/}). */
final class PythonClients {
    private PythonClients() {}

    /** The system Python (Debian's packages install there) or the one on PATH, if it runs {@code imports}; else null. */
    static String python(String imports) throws InterruptedException {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", imports).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed: try the next
            }
        }
        return null;
    }

    /** The test resource {@code /python/<name>} as a file. */
    static Path script(String name) throws IOException {
        try (var in = PythonClients.class.getResourceAsStream("/python/" + name)) {
            Path file = Files.createTempFile(name.replace(".py", ""), ".py");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }
}
