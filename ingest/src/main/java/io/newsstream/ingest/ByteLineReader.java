package io.newsstream.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as raw bytes (so a refused line can be dead-lettered exactly as it
 * came), splitting on {@code \n} and dropping a trailing {@code \r}. Not thread-safe.
 */
final class ByteLineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;

    ByteLineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : trimCr(line.toByteArray());
                }
            }
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            if (line == null) {
                line = new ByteArrayOutputStream(Math.max(64, pos - start));
            }
            line.write(buffer, start, pos - start);
            if (pos < limit) {
                pos++;
                return trimCr(line.toByteArray());
            }
        }
    }

    private static byte[] trimCr(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') {
            byte[] out = new byte[line.length - 1];
            System.arraycopy(line, 0, out, 0, out.length);
            return out;
        }
        return line;
    }
}
