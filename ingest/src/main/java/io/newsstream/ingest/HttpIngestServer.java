package io.newsstream.ingest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scrapers' HTTP API. {@code POST /v1/articles} takes one JSON object, a JSON array or NDJSON;
 * all records are validated before any is published, so a request is taken whole ({@code 202
 * {"ids":[...],"count":n}} once the broker acknowledged every article) or not at all ({@code 400
 * {"errors":[{"index","field","message"}]}}). Too large a body or batch gets 413, another content type
 * 415, an article the broker can never take 413, a client over its rate 429 with {@code Retry-After}, a
 * body that does not arrive in time 408, a transient broker failure 503. An {@code Idempotency-Key}
 * header makes a retried request get its first answer again ({@link IdempotencyKeys}).
 * {@code GET /health} and {@code GET /metrics} (Prometheus) serve operations. With an API keys file
 * ({@link ApiKeys}) every {@code /v1} call (and {@code /metrics} when configured) needs
 * {@code Authorization: Bearer <key>}: a missing or unknown key gets 401 and nothing else. With a key
 * store the API speaks HTTPS only. Bodies are read without holding a thread, so slow clients cannot
 * starve the others. Article text and keys are never logged.
 */
public final class HttpIngestServer implements AutoCloseable {
    public static final String ARTICLES_PATH = "/v1/articles";
    private static final Logger LOG = LoggerFactory.getLogger(HttpIngestServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final IngestConfig config;
    private final PrometheusMeterRegistry registry;
    private final IngestMetrics metrics;
    private final ArticlesHandler articles;
    private final ApiKeys keys;
    private final java.util.List<java.util.function.Consumer<Javalin>> extraRoutes = new java.util.ArrayList<>();
    private final java.util.List<String> extraOpenApi = new java.util.ArrayList<>();
    private Javalin app;

    public HttpIngestServer(IngestConfig config, ArticlePublisher publisher, PrometheusMeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.metrics = new IngestMetrics(registry, IngestMetrics.CHANNEL_HTTP);
        this.articles = new ArticlesHandler(config, publisher, registry, metrics);
        this.keys = config.apiKeys().orElse(null);
    }

    /**
     * Adds routes served beside ingest (under the same keys and TLS), with the class-path resource of the OpenAPI
     * paths they add to {@code /openapi.json}. Call before {@link #start()}.
     */
    public synchronized HttpIngestServer withRoutes(java.util.function.Consumer<Javalin> routes, String openApiResource) {
        extraRoutes.add(routes);
        extraOpenApi.add(openApiResource);
        return this;
    }

    /** Starts listening on the configured host and port; returns the bound port (useful with port 0). */
    public synchronized int start() {
        if (app != null) {
            return app.port();
        }
        LOG.debug("ingest settings: {}", config);
        Optional<java.nio.file.Path> keystore = config.tlsKeystore();
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(config.maxHeaderBytes());
                http.setSendServerVersion(false);
            });
            cfg.jetty.addConnector((server, http) -> connector(server, http, keystore));
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
        app.post(ARTICLES_PATH, articles::handle);
        extraRoutes.forEach(routes -> routes.accept(app));
        String openApi = OpenApiDocument.merged("/io/newsstream/ingest/openapi.json", extraOpenApi);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/health", ctx -> ArticlesHandler.Answer.of(200, Map.of("status", "UP")).writeTo(ctx));
        app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("ingest request failed unexpectedly: {}", e.toString());
            ArticlesHandler.Answer.error(500, "internal error").writeTo(ctx);
        });
        app.start();
        LOG.info("ingest HTTP API listening on {}://{}:{}", keystore.isPresent() ? "https" : "http", config.httpHost(), app.port());
        return app.port();
    }

    /** The one connector: HTTP/1.1, or HTTPS with the key store; bounded idle time. */
    private ServerConnector connector(Server server, HttpConfiguration http, Optional<java.nio.file.Path> keystore) {
        ServerConnector connector;
        if (keystore.isPresent()) {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(keystore.get().toString());
            tls.setKeyStoreType("PKCS12");
            tls.setKeyStorePassword(config.tlsKeystorePassword());
            http.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(server, tls, new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(config.httpHost());
        connector.setPort(config.httpPort());
        connector.setIdleTimeout(config.idleTimeoutMs());
        return connector;
    }

    private void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<String> name = keys.check(key);
        if (name.isEmpty()) {
            metrics.unauthorized();
            ArticlesHandler.Answer.error(401, "a valid API key is required (Authorization: Bearer <key>)")
                    .with("WWW-Authenticate", "Bearer realm=\"newsstream\"").writeTo(ctx);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(ArticlesHandler.CLIENT_ATTRIBUTE, "key:" + name.get());
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

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
