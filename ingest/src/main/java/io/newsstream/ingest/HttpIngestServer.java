package io.newsstream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scrapers' HTTP API. {@code POST /v1/articles} takes one JSON object, a JSON array or NDJSON;
 * all records are validated before any is published, so a request is taken whole ({@code 202
 * {"ids":[...],"count":n}} once the broker acknowledged every article) or not at all ({@code 400
 * {"errors":[{"index","field","message"}]}}). Too large a body or batch gets 413, another content
 * type 415, an article the broker can never take (too large) 413, a transient broker failure 503.
 * {@code GET /health} and {@code GET /metrics} (Prometheus) serve operations. With an API keys file
 * ({@link ApiKeys}) every {@code /v1} call (and {@code /metrics} when configured) needs {@code Authorization: Bearer <key>}: a missing or unknown key gets 401 and nothing else
 * (no hint which part was wrong). Article text and keys are never logged.
 */
public final class HttpIngestServer implements AutoCloseable {
    public static final String ARTICLES_PATH = "/v1/articles";
    private static final Logger LOG = LoggerFactory.getLogger(HttpIngestServer.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final IngestConfig config;
    private final ArticlePublisher publisher;
    private final PrometheusMeterRegistry registry;
    private final IngestMetrics metrics;
    private final ArticleBatchParser parser;
    private final Duration ackTimeout;
    private final ApiKeys keys;
    private Javalin app;

    public HttpIngestServer(IngestConfig config, ArticlePublisher publisher, PrometheusMeterRegistry registry) {
        this.config = config;
        this.publisher = publisher;
        this.registry = registry;
        this.metrics = new IngestMetrics(registry, IngestMetrics.CHANNEL_HTTP);
        this.parser = new ArticleBatchParser(config.maxBatch());
        this.ackTimeout = Duration.ofMillis(config.deliveryTimeoutMs()).plusSeconds(5);
        this.keys = config.apiKeys().orElse(null);
    }

    /** Starts listening on the configured host and port; returns the bound port (useful with port 0). */
    public synchronized int start() {
        if (app != null) {
            return app.port();
        }
        LOG.info("ingest settings: {}", config);
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
        });
        if (keys != null) {
            app.before("/v1/*", this::authenticate);
            if (config.metricsNeedKey()) {
                app.before("/metrics", this::authenticate);
            }
        } else if (!isLoopback(config.httpHost())) {
            LOG.warn("ingest API on {} has no API keys: anyone who reaches it may publish (set {})", config.httpHost(),
                    IngestConfig.HTTP_API_KEYS_FILE);
        }
        app.post(ARTICLES_PATH, this::postArticles);
        app.get("/health", ctx -> json(ctx, 200, Map.of("status", "UP")));
        app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("ingest request failed unexpectedly: {}", e.toString());
            json(ctx, 500, Map.of("error", "internal error"));
        });
        app.start(config.httpHost(), config.httpPort());
        LOG.info("ingest HTTP API listening on {}:{}", config.httpHost(), app.port());
        return app.port();
    }

    private void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        if (keys.check(key).isEmpty()) {
            metrics.unauthorized();
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsstream\"");
            json(ctx, 401, Map.of("error", "a valid API key is required (Authorization: Bearer <key>)"));
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    public int port() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return app.port();
    }

    private void postArticles(Context ctx) throws IOException {
        Timer.Sample sample = Timer.start(registry);
        int status = handle(ctx);
        sample.stop(metrics.latency(status));
    }

    private int handle(Context ctx) throws IOException {
        ArticleBatchParser.Format format = ArticleBatchParser.formatOf(ctx.contentType());
        if (format == null) {
            return json(ctx, 415, Map.of("error",
                    "Content-Type must be application/json or application/x-ndjson"));
        }
        byte[] body = readLimited(ctx);
        if (body == null) {
            return json(ctx, 413, Map.of("error", "body larger than " + config.maxBodyBytes() + " bytes"));
        }
        ArticleBatchParser.Batch batch;
        try {
            batch = parser.parse(body, format);
        } catch (ArticleBatchParser.TooManyRecordsException e) {
            return json(ctx, 413, Map.of("error", e.getMessage()));
        }
        if (!batch.valid()) {
            metrics.rejected(batch.badRecords());
            LOG.info("refused an ingest request: {} bad record(s), {} error(s)", batch.badRecords(), batch.errors().size());
            return json(ctx, 400, Map.of("errors", batch.errors()));
        }
        List<RawArticle> articles = batch.articles();
        List<String> ids;
        try {
            ids = publisher.publishAll(articles, ackTimeout);
        } catch (PublishFailedException e) {
            if (e.tooLarge()) {
                LOG.info("refused an ingest request: an article is larger than the broker takes");
                metrics.rejected(articles.size());
                return json(ctx, 413, Map.of("error", "an article is larger than the broker accepts; do not retry it"));
            }
            LOG.warn("broker did not take {} article(s): {}", articles.size(), e.getMessage());
            return json(ctx, 503, Map.of("error", "the broker did not accept the articles; retry later"));
        }
        metrics.accepted(ids.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ids", ids);
        answer.put("count", ids.size());
        return json(ctx, 202, answer);
    }

    /** The body, or null when it is larger than allowed (checked on Content-Length and while reading). */
    private byte[] readLimited(Context ctx) throws IOException {
        int max = config.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static int json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        }
        return status;
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
