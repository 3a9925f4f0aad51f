package io.newsstream.sink;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The files of one topic partition in the file sink's directory ({@code DIR/TOPIC/PARTITION/}): part
 * files of JSON Lines named by the offset of their first record ({@code 00000000000000001234.jsonl}),
 * rolled past a size, a {@code rejects.jsonl}, and the {@link FileCheckpoint}. Opening takes an
 * exclusive lock on the directory (one writer per partition) and restores the last checkpoint:
 * bytes written after it are cut off and part files begun after it are deleted, so the files hold
 * each committed record once. Not thread-safe; one sink thread owns it.
 */
final class PartitionFiles implements AutoCloseable {
    static final String PART_SUFFIX = ".jsonl";
    static final String REJECTS = "rejects.jsonl";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final long rollBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel part;
    private String partName;
    private FileChannel rejects;
    private OptionalLong next;

    private PartitionFiles(Path dir, long rollBytes, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.rollBytes = rollBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Locks and restores the partition's directory; empty when another sink holds its lock.
     */
    static Optional<PartitionFiles> open(Path dir, long rollBytes) throws IOException {
        Files.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lockChannel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
        if (lock == null) {
            lockChannel.close();
            return Optional.empty();
        }
        PartitionFiles files = new PartitionFiles(dir, rollBytes, lockChannel, lock);
        try {
            files.restore();
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
        return Optional.of(files);
    }

    private void restore() throws IOException {
        Optional<FileCheckpoint> checkpoint = FileCheckpoint.read(dir);
        String keep = checkpoint.map(FileCheckpoint::partFile).orElse("");
        for (Path file : partFiles()) {
            if (file.getFileName().toString().compareTo(keep) > 0) {
                Files.delete(file);
            }
        }
        rejects = FileChannel.open(dir.resolve(REJECTS), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        rejects.truncate(checkpoint.map(FileCheckpoint::rejectsLength).orElse(0L));
        rejects.position(rejects.size());
        if (!keep.isEmpty()) {
            partName = keep;
            part = FileChannel.open(dir.resolve(keep), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            part.truncate(checkpoint.get().partLength());
            part.position(part.size());
        }
        next = checkpoint.isPresent() ? OptionalLong.of(checkpoint.get().next()) : OptionalLong.empty();
    }

    /** The next offset to consume, as committed; empty for a partition never written. */
    OptionalLong next() {
        return next;
    }

    /**
     * Appends one batch (records from {@code firstOffset} on, up to {@code nextOffset}) and commits it:
     * the lines reach the disk before the checkpoint that counts them.
     */
    void append(List<String> lines, List<String> rejectLines, long firstOffset, long nextOffset) throws IOException {
        if (!lines.isEmpty()) {
            if (part == null || part.size() >= rollBytes) {
                roll(firstOffset);
            }
            write(part, lines);
            part.force(false);
        }
        if (!rejectLines.isEmpty()) {
            write(rejects, rejectLines);
            rejects.force(false);
        }
        new FileCheckpoint(nextOffset, partName == null ? "" : partName, part == null ? 0 : part.size(), rejects.size())
                .write(dir);
        next = OptionalLong.of(nextOffset);
    }

    private void roll(long firstOffset) throws IOException {
        if (part != null) {
            part.close();
        }
        partName = String.format("%020d%s", firstOffset, PART_SUFFIX);
        part = FileChannel.open(dir.resolve(partName), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void write(FileChannel channel, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(PART_SUFFIX)
                            && !f.getFileName().toString().equals(REJECTS))
                    .sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        try (FileChannel l = lockChannel; FileChannel p = part; FileChannel r = rejects) {
            if (lock.isValid()) {
                lock.release();
            }
        }
    }
}
