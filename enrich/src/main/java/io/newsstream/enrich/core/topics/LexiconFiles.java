package io.newsstream.enrich.core.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The topic lexicons' files: class-path resources of tab-separated rows ({@code #} comments, blank lines skipped). */
final class LexiconFiles {
    private LexiconFiles() {}

    static InputStream resource(String name) {
        InputStream in = LexiconFiles.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    static java.util.List<String[]> rows(InputStream in, int fields) throws IOException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != fields) {
                throw new IllegalArgumentException("expected " + fields + " tab-separated fields: " + line);
            }
            out.add(f);
        }
        return out;
    }
}
