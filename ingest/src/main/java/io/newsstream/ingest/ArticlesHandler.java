package io.newsstream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.avro.RawArticle;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/articles}: content type, size, rate limit and {@code Idempotency-Key} checks, the
 * body read without blocking a thread ({@link AsyncBody}), then validate all, publish all, answer once.
 * Every answer is one JSON object; article text is never logged.
 */
final class ArticlesHandler {
    static final String CLIENT_ATTRIBUTE = "newsstream.client";
    private static final Logger LOG = LoggerFactory.getLogger(ArticlesHandler.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final IngestConfig config;
    private final ArticlePublisher publisher;
    private final PrometheusMeterRegistry registry;
    private final IngestMetrics metrics;
    private final ArticleBatchParser parser;
    private final Duration ackTimeout;
    private final RateLimits rateLimits;
    private final IdempotencyKeys idempotency;

    ArticlesHandler(IngestConfig config, ArticlePublisher publisher, PrometheusMeterRegistry registry, IngestMetrics metrics) {
        this.config = config;
        this.publisher = publisher;
        this.registry = registry;
        this.metrics = metrics;
        this.parser = new ArticleBatchParser(config.maxBatch());
        this.ackTimeout = Duration.ofMillis(config.deliveryTimeoutMs()).plusSeconds(5);
        this.rateLimits = new RateLimits(config.rateLimit(), config.maxBatch());
        this.idempotency = new IdempotencyKeys(config.idempotencyTtl(), config.idempotencyMaxKeys());
    }

    /** An answer: status, JSON body and the headers that go with it. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer of(int status, Object body) {
            try {
                return new Answer(status, JSON.writeValueAsString(body), Map.of());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON answer", e);
            }
        }

        static Answer error(int status, String message) {
            return of(status, Map.of("error", message));
        }

        Answer with(String header, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(header, value);
            return new Answer(status, body, all);
        }

        void writeTo(Context ctx) {
            headers.forEach(ctx::header);
            ctx.status(status).contentType("application/json").result(body);
        }
    }

    void handle(Context ctx) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        Answer early = check(ctx);
        if (early != null) {
            early.writeTo(ctx);
            sample.stop(metrics.latency(early.status()));
            return;
        }
        ctx.future(() -> {
            try {
                return AsyncBody.read(ctx.req().getInputStream(), config.maxBodyBytes(), ctx.req().getContentLengthLong(),
                                Duration.ofMillis(config.requestTimeoutMs()))
                        .thenApply(read -> answer(ctx, read))
                        .exceptionally(e -> Answer.error(400, "the request body could not be read"))
                        .thenAccept(answer -> {
                            answer.writeTo(ctx);
                            sample.stop(metrics.latency(answer.status()));
                        });
            } catch (java.io.IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /** The answer that needs no body (415, 413 on Content-Length, 400 on a bad key), or null to go on. */
    private Answer check(Context ctx) {
        if (ArticleBatchParser.formatOf(ctx.contentType()) == null) {
            return Answer.error(415, "Content-Type must be application/json or application/x-ndjson");
        }
        if (ctx.req().getContentLengthLong() > config.maxBodyBytes()) {
            return tooLarge();
        }
        String key = ctx.header(IdempotencyKeys.HEADER);
        if (key != null && !IdempotencyKeys.valid(key)) {
            return Answer.error(400, IdempotencyKeys.HEADER + " must be 1 to " + IdempotencyKeys.MAX_KEY_CHARS
                    + " visible ASCII characters");
        }
        return null;
    }

    private Answer tooLarge() {
        return Answer.error(413, "body larger than " + config.maxBodyBytes() + " bytes");
    }

    private Answer answer(Context ctx, AsyncBody.Result read) {
        switch (read.outcome()) {
            case TOO_LARGE:
                return tooLarge().with("Connection", "close");
            case TIMED_OUT:
                return Answer.error(408, "the request body did not arrive within " + config.requestTimeoutMs() + " ms")
                        .with("Connection", "close");
            default:
                break;
        }
        String named = ctx.attribute(CLIENT_ATTRIBUTE);
        String client = named != null ? named : "address:" + ctx.ip();
        String key = ctx.header(IdempotencyKeys.HEADER);
        if (key == null) {
            return publish(ctx, client, read.body());
        }
        IdempotencyKeys.Claim claim = idempotency.claim(client, key, read.body());
        if (claim instanceof IdempotencyKeys.Replay replay) {
            metrics.replayed();
            return new Answer(replay.answer().status(), replay.answer().body(), Map.of("Idempotent-Replayed", "true"));
        }
        if (claim instanceof IdempotencyKeys.Conflict) {
            return Answer.error(422, IdempotencyKeys.HEADER + " was already used with a different request body");
        }
        if (claim instanceof IdempotencyKeys.InProgress) {
            return Answer.error(409, "a request with this " + IdempotencyKeys.HEADER + " is still being processed")
                    .with("Retry-After", "1");
        }
        Answer answer = publish(ctx, client, read.body());
        idempotency.answer(client, key, (IdempotencyKeys.Claimed) claim, answer.status(), answer.body());
        return answer;
    }

    private Answer publish(Context ctx, String client, byte[] body) {
        ArticleBatchParser.Batch batch;
        try {
            batch = parser.parse(body, ArticleBatchParser.formatOf(ctx.contentType()));
        } catch (ArticleBatchParser.TooManyRecordsException e) {
            return Answer.error(413, e.getMessage());
        }
        if (!batch.valid()) {
            metrics.rejected(batch.badRecords());
            LOG.info("refused an ingest request: {} bad record(s), {} error(s)", batch.badRecords(), batch.errors().size());
            return Answer.of(400, Map.of("errors", batch.errors()));
        }
        List<RawArticle> articles = batch.articles();
        OptionalLong wait = rateLimits.take(client, articles.size());
        if (wait.isPresent()) {
            metrics.rateLimited();
            return Answer.error(429, "rate limit of " + config.rateLimit() + " articles/s exceeded; retry later")
                    .with("Retry-After", Long.toString(wait.getAsLong()));
        }
        List<String> ids;
        try {
            ids = publisher.publishAll(articles, ackTimeout);
        } catch (PublishFailedException e) {
            if (e.tooLarge()) {
                LOG.info("refused an ingest request: an article is larger than the broker takes");
                metrics.rejected(articles.size());
                return Answer.error(413, "an article is larger than the broker accepts; do not retry it");
            }
            LOG.warn("broker did not take {} article(s): {}", articles.size(), e.getMessage());
            return Answer.error(503, "the broker did not accept the articles; retry later").with("Retry-After", "5");
        }
        metrics.accepted(ids.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ids", ids);
        answer.put("count", ids.size());
        return Answer.of(202, answer);
    }
}
