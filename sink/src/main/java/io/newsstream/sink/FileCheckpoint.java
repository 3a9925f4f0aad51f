package io.newsstream.sink;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a partition's directory held when its last batch was committed: the next offset to consume,
 * the part file being written and its length, and the length of the rejects file. Bytes past these
 * lengths (a batch cut short by a crash) are not committed and are cut off on restart.
 * Written by replacing the file atomically after the data is on disk.
 */
record FileCheckpoint(long next, String partFile, long partLength, long rejectsLength) {
    static final String FILE_NAME = "checkpoint.properties";

    static Optional<FileCheckpoint> read(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FileCheckpoint(Long.parseLong(p.getProperty("next")), p.getProperty("part.file"),
                    Long.parseLong(p.getProperty("part.length")), Long.parseLong(p.getProperty("rejects.length"))));
        } catch (RuntimeException e) {
            throw new IOException("unreadable checkpoint in " + dir + ": " + e, e);
        }
    }

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("next", Long.toString(next));
        p.setProperty("part.file", partFile);
        p.setProperty("part.length", Long.toString(partLength));
        p.setProperty("rejects.length", Long.toString(rejectsLength));
        StringWriter text = new StringWriter();
        p.store(text, "newsstream file sink: committed position of this partition");
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(StandardCharsets.UTF_8.encode(text.toString()));
            out.force(true);
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
