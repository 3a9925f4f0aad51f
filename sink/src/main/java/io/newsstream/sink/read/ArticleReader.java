package io.newsstream.sink.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads articles from the sink's tables for the read API. SQL text is fixed but for which fixed conditions are
 * joined; every value reaches PostgreSQL as a bind parameter (jsonb containment values are built with Jackson).
 */
public final class ArticleReader {
    static final int SNIPPET_CHARS = 300;
    static final int MAX_SIGHTINGS = 1000;
    /** Longest a read query may run before PostgreSQL cancels it. */
    static final int QUERY_TIMEOUT_SECONDS = 10;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final DataSource db;

    public ArticleReader(DataSource db) {
        this.db = db;
    }

    /** A page of articles, newest first: list items omit body and mentions and carry a snippet. */
    public record Page(ArrayNode items, String nextCursor) {}

    public Page list(ArticleQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT (payload || jsonb_build_object('topics', topics, 'regions', regions))::text AS item, left(body, " + SNIPPET_CHARS
                + ") AS snippet, sort_at, id FROM articles WHERE true");
        List<Object> params = new ArrayList<>();
        if (query.topic() != null) {
            sql.append(" AND topics @> CAST(? AS jsonb)");
            params.add(containing("code", query.topic()));
        }
        if (query.country() != null) {
            sql.append(" AND (focus_country = ? OR regions @> CAST(? AS jsonb))");
            params.add(query.country());
            params.add(containing("country", query.country()));
        }
        if (query.region() != null) {
            sql.append(" AND regions @> CAST(? AS jsonb)");
            params.add(containing("code", query.region()));
        }
        if (query.q() != null) {
            sql.append(" AND search @@ (websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?))");
            params.add(query.q());
            params.add(query.q());
        }
        if (query.since() != null) {
            sql.append(" AND sort_at >= ?");
            params.add(Timestamp.from(query.since()));
        }
        if (query.cursor() != null) {
            sql.append(" AND (sort_at, id) < (?, ?)");
            params.add(Timestamp.from(query.cursor().sortAt()));
            params.add(query.cursor().id());
        }
        sql.append(" ORDER BY sort_at DESC, id DESC LIMIT ?");
        params.add(query.limit() + 1);
        ArrayNode items = JSON.createArrayNode();
        ArticleQuery.Cursor last = null;
        boolean more = false;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == query.limit()) {
                        more = true;
                        break;
                    }
                    ObjectNode item = (ObjectNode) JSON.readTree(rs.getString("item"));
                    item.put("snippet", rs.getString("snippet"));
                    items.add(item);
                    last = new ArticleQuery.Cursor(rs.getTimestamp("sort_at").toInstant(), rs.getString("id"));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("a stored payload is not JSON", e);
        }
        return new Page(items, more && last != null ? last.encode() : null);
    }

    /** The whole article and where else it was seen (its duplicates), or empty. */
    public Optional<ObjectNode> get(String id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement article = c.prepareStatement("SELECT article::text FROM articles_contract WHERE id = ?");
                PreparedStatement sightings = c.prepareStatement("SELECT id, url, reason, similarity, seen_at FROM duplicates "
                        + "WHERE duplicate_of = ? ORDER BY seen_at, id LIMIT " + MAX_SIGHTINGS)) {
            article.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            sightings.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            article.setString(1, id);
            ObjectNode out = JSON.createObjectNode();
            try (ResultSet rs = article.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                out.set("article", JSON.readTree(rs.getString(1)));
            }
            sightings.setString(1, id);
            ArrayNode seen = out.putArray("sightings");
            try (ResultSet rs = sightings.executeQuery()) {
                while (rs.next()) {
                    ObjectNode s = seen.addObject();
                    s.put("id", rs.getString("id"));
                    s.put("url", rs.getString("url"));
                    s.put("reason", rs.getString("reason"));
                    s.put("similarity", rs.getDouble("similarity"));
                    Timestamp at = rs.getTimestamp("seen_at");
                    s.put("seenAt", at == null ? null : at.toInstant().toString());
                }
            }
            return Optional.of(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("a stored payload is not JSON", e);
        }
    }

    private static String containing(String field, String value) {
        try {
            return JSON.writeValueAsString(List.of(Map.of(field, value)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
