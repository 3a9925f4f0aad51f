package io.newsstream.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of each record schema, so readers resolve records written by older
 * writers. Released versions live as {@code io/newsstream/schemas/history/<Name>.v<N>.avsc} on the
 * class path; the current version is the generated class's own schema.
 */
public final class SchemaHistory {
    private static final String HISTORY = "io/newsstream/schemas/history/";
    private static final String INDEX = HISTORY + "index.txt";

    private SchemaHistory() {}

    /** A store holding the current schema and every released one of the same record. */
    public static SchemaStore.Cache storeFor(Schema current) {
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(current);
        for (Schema older : released(current.getName())) {
            store.addSchema(older);
        }
        return store;
    }

    /** The released versions of a record, from the history index on the class path. */
    public static List<Schema> released(String recordName) {
        List<Schema> out = new ArrayList<>();
        for (String file : indexLines()) {
            if (file.startsWith(recordName + ".v")) {
                out.add(parse(HISTORY + file));
            }
        }
        return out;
    }

    private static List<String> indexLines() {
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema parse(String resource) {
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema history lists a missing file: " + resource);
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
