package io.newsstream.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.registry.ConfluentWireSerde;
import io.newsstream.schemas.serde.SchemaHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The schema-registry endpoints (Confluent REST API subset) for newsstream's own schemas, served by the launcher
 * so that registry-aware clients work with no registry server: {@code GET /schemas/ids/{id}}, {@code GET /subjects},
 * {@code GET /subjects/{subject}/versions[/{version}|/latest]}, and the calls a writer makes, {@code POST
 * /subjects/{subject}/versions} (answers the id of a schema it holds; any other schema is refused with 409) and
 * {@code PUT /config/{subject}}. It holds every released version and the current one of RawArticle, EnrichedArticle
 * and DuplicateEvent under the subjects of their topics; ids follow that fixed order, so they are the same on
 * every start and records written before a restart still resolve.
 */
final class EmbeddedSchemaRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final List<Schema> byId = new ArrayList<>();
    private final Map<String, List<Integer>> subjects = new LinkedHashMap<>();
    private final Javalin app;

    EmbeddedSchemaRegistry(Topics topics) {
        add(ConfluentWireSerde.subject(topics.raw()), RawArticle.getClassSchema());
        add(ConfluentWireSerde.subject(topics.enriched()), EnrichedArticle.getClassSchema());
        add(ConfluentWireSerde.subject(topics.duplicates()), DuplicateEvent.getClassSchema());
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
        });
        app.get("/schemas/ids/{id}", this::schema);
        app.get("/subjects", ctx -> answer(ctx, 200, subjects.keySet()));
        app.get("/subjects/{subject}/versions", ctx -> withSubject(ctx, versions -> {
            List<Integer> numbers = new ArrayList<>();
            for (int v = 1; v <= versions.size(); v++) {
                numbers.add(v);
            }
            answer(ctx, 200, numbers);
        }));
        app.get("/subjects/{subject}/versions/{version}", this::version);
        app.post("/subjects/{subject}/versions", this::register);
        app.put("/config/{subject}", ctx -> answer(ctx, 200, Map.of("compatibility",
                JSON.readTree(ctx.body()).path("compatibility").asText("BACKWARD"))));
    }

    private void add(String subject, Schema current) {
        List<Integer> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        for (Schema schema : SchemaHistory.released(current.getName())) {
            versions.add(idOf(schema));
        }
        versions.add(idOf(current));
    }

    private int idOf(Schema schema) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        for (int i = 0; i < byId.size(); i++) {
            if (SchemaNormalization.parsingFingerprint64(byId.get(i)) == fingerprint) {
                return i + 1;
            }
        }
        byId.add(schema);
        return byId.size();
    }

    /** Starts listening on 127.0.0.1 (port 0: any free port); returns the registry's URL. */
    String start(int port) {
        app.start("127.0.0.1", port);
        return "http://127.0.0.1:" + app.port();
    }

    private void schema(Context ctx) throws Exception {
        int id = parse(ctx.pathParam("id"));
        if (id < 1 || id > byId.size()) {
            answer(ctx, 404, Map.of("error_code", 40403, "message", "Schema not found"));
            return;
        }
        answer(ctx, 200, Map.of("schema", byId.get(id - 1).toString()));
    }

    private void version(Context ctx) throws Exception {
        withSubject(ctx, versions -> {
            String v = ctx.pathParam("version");
            int version = v.equals("latest") ? versions.size() : parse(v);
            if (version < 1 || version > versions.size()) {
                answer(ctx, 404, Map.of("error_code", 40402, "message", "Version not found"));
                return;
            }
            int id = versions.get(version - 1);
            answer(ctx, 200, Map.of("subject", ctx.pathParam("subject"), "version", version, "id", id,
                    "schema", byId.get(id - 1).toString()));
        });
    }

    private void register(Context ctx) throws Exception {
        withSubject(ctx, versions -> {
            JsonNode body = JSON.readTree(ctx.body());
            long fingerprint = SchemaNormalization.parsingFingerprint64(new Schema.Parser().parse(body.path("schema").asText()));
            for (int id : versions) {
                if (SchemaNormalization.parsingFingerprint64(byId.get(id - 1)) == fingerprint) {
                    answer(ctx, 200, Map.of("id", id));
                    return;
                }
            }
            answer(ctx, 409, Map.of("error_code", 409,
                    "message", "this embedded registry holds only newsstream's own schemas; run a registry server for others"));
        });
    }

    private interface SubjectAction {
        void run(List<Integer> versions) throws Exception;
    }

    private void withSubject(Context ctx, SubjectAction action) throws Exception {
        List<Integer> versions = subjects.get(ctx.pathParam("subject"));
        if (versions == null) {
            answer(ctx, 404, Map.of("error_code", 40401, "message", "Subject not found"));
            return;
        }
        action.run(versions);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void answer(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType(CONTENT_TYPE).result(JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        app.stop();
    }
}
