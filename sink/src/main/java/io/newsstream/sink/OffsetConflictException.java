package io.newsstream.sink;

/** The stored offset of a partition is not what this sink expected: another instance wrote it. */
final class OffsetConflictException extends Exception {
    OffsetConflictException(String message) {
        super(message);
    }
}
