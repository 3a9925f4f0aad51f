package io.newsstream.app;

import io.newsstream.ingest.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = KeysCommand.Add.class,
        description = "Manage the ingest API's keys (a file of name:sha256 lines; set ingest.http.api-keys-file).")
final class KeysCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Makes a new API key, appends its hash to the keys file and prints the key once.",
                "A running server picks the change up within a second; delete the line to revoke the key."})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "A name for the key (who uses it), e.g. scraper-eu-1.")
        String name;

        @Option(names = "--file", required = true, description = "The keys file (created if missing).")
        Path file;

        @Override
        public Integer call() throws Exception {
            String[] key = ApiKeys.newKey(name);
            if (Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.startsWith(name + ":"))) {
                System.err.println("newsstream: a key named " + name + " is already in " + file);
                return 2;
            }
            Files.write(file, List.of(key[1]), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println(key[0]);
            System.err.println("added key " + name + " to " + file + " (only its hash is stored; this is the only time "
                    + "the key is shown)");
            return 0;
        }
    }
}
