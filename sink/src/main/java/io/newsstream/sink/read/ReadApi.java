package io.newsstream.sink.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read routes, added to a Javalin app (the ingest server's, so API keys and TLS apply alike):
 * {@code GET /v1/articles} → {@code 200 {"items":[...],"next":cursor|null}}, bad parameters → {@code 400
 * {"errors":[{"parameter","message"}]}}; {@code GET /v1/articles/{id}} → {@code 200 {"article":{...},
 * "sightings":[...]}} or {@code 404}. A database that does not answer → {@code 503}.
 */
public final class ReadApi {
    public static final String OPENAPI_RESOURCE = "/io/newsstream/sink/read/openapi-read.json";
    private static final Logger LOG = LoggerFactory.getLogger(ReadApi.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ArticleReader reader;

    public ReadApi(ArticleReader reader) {
        this.reader = reader;
    }

    public void register(Javalin app) {
        app.get("/v1/articles", this::list);
        app.get("/v1/articles/{id}", this::get);
    }

    private void list(Context ctx) throws Exception {
        Map.Entry<ArticleQuery, List<ArticleQuery.Problem>> parsed = ArticleQuery.parse(ctx::queryParam);
        if (!parsed.getValue().isEmpty()) {
            answer(ctx, 400, Map.of("errors", parsed.getValue()));
            return;
        }
        try {
            ArticleReader.Page page = reader.list(parsed.getKey());
            ObjectNode out = JSON.createObjectNode();
            out.set("items", page.items());
            out.put("next", page.nextCursor());
            answer(ctx, 200, out);
        } catch (java.sql.SQLException e) {
            unavailable(ctx, e);
        }
    }

    private void get(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 256) {
            answer(ctx, 400, Map.of("errors", List.of(new ArticleQuery.Problem("id", "must be 1 to 256 characters"))));
            return;
        }
        try {
            Optional<ObjectNode> article = reader.get(id);
            if (article.isPresent()) {
                answer(ctx, 200, article.get());
            } else {
                answer(ctx, 404, Map.of("error", "no article with this id"));
            }
        } catch (java.sql.SQLException e) {
            unavailable(ctx, e);
        }
    }

    private static void unavailable(Context ctx, java.sql.SQLException e) throws Exception {
        LOG.warn("read API query failed: {}", e.getMessage());
        answer(ctx, 503, Map.of("error", "the database did not answer; retry later"));
    }

    private static void answer(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    }
}
