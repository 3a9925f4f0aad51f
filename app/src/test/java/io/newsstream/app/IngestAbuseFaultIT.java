package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API, the enrich stage and the sink as separate JVMs, under abuse: 400 slow connections held
 * open while a client publishes 1,000 articles and one 100,000-deep HTML page; poison records written
 * straight to Kafka; every batch retried (half with their Idempotency-Key, half without). Afterwards every
 * article is enriched once and one row, every retry without a key is a re-delivery, every poison record is
 * in the DLQ with a reason, and no stage died.
 */
class IngestAbuseFaultIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    private static final int BATCHES = 20;
    private static final int PER_BATCH = 50;
    private static final Pattern PORT = Pattern.compile("listening on http://[^:]+:(\\d+)");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void slowClientsPoisonRecordsAndRetriedBatchesGetAnAnswerEachAndNothingTwice() throws Exception {
        String scenario = "ingest-abuse";
        Topics topics = KAFKA.uniqueTopics(2);
        String jdbcUrl = PG.freshDatabase();
        List<RawArticle> articles = FaultArticles.storiesAndCopies("h", BATCHES * PER_BATCH, 0);
        try (StageProcesses stages = new StageProcesses(work, KAFKA.bootstrapServers(), topics, jdbcUrl, PG.user(), PG.password()).start("1")) {
            ChildProcess ingest = stages.startOther("http", "serve", "http", "--port", "0");
            stages.await(() -> PORT.matcher(ingest.log()).find() ? 1 : 0, 1, Duration.ofSeconds(90));
            Matcher m = PORT.matcher(ingest.log());
            assertThat(m.find()).isTrue();
            URI api = URI.create("http://127.0.0.1:" + m.group(1));

            List<Socket> slow = slowConnections(api, 400);
            List<Integer> firstTry = new ArrayList<>();
            for (int b = 0; b < BATCHES; b++) {
                firstTry.add(post(api, articles.subList(b * PER_BATCH, (b + 1) * PER_BATCH), "batch-" + b).statusCode());
            }
            RawArticle deep = RawArticle.newBuilder().setUrl("https://deep.example/page").setTitle("Deep page")
                    .setHtml("<html><body>" + "<div>".repeat(100_000) + "<p>Ferry workers in Piraeus, Greece, struck on Monday.</p>"
                            + "</div>".repeat(100_000) + "</body></html>").build();
            int deepStatus = post(api, List.of(deep), null).statusCode();
            for (Socket s : slow) {
                s.close();
            }
            int poison = poisonRecords(topics);

            int replayed = 0;
            List<Integer> retries = new ArrayList<>();
            for (int b = 0; b < BATCHES; b++) {
                HttpResponse<String> again = post(api, articles.subList(b * PER_BATCH, (b + 1) * PER_BATCH),
                        b < BATCHES / 2 ? "batch-" + b : null);
                retries.add(again.statusCode());
                replayed += again.headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
            }
            int unique = BATCHES * PER_BATCH + 1;
            int redelivered = BATCHES / 2 * PER_BATCH;
            stages.await(() -> count(jdbcUrl, "SELECT count(*) FROM articles"), unique, Duration.ofSeconds(180));
            stages.await(() -> count(jdbcUrl, "SELECT count(*) FROM duplicates"), redelivered, Duration.ofSeconds(120));
            Census census = Census.take(KAFKA.bootstrapServers(), topics, jdbcUrl, PG.user(), PG.password());

            List<Boolean> checks = new ArrayList<>();
            checks.add(Census.line(scenario, "first tries answered 202 (400 slow connections open)", List.of(202), firstTry.stream().distinct().toList()));
            checks.add(Census.line(scenario, "100,000-deep HTML page answered", 202, deepStatus));
            checks.add(Census.line(scenario, "retries answered 202", List.of(202), retries.stream().distinct().toList()));
            checks.add(Census.line(scenario, "retries answered from their Idempotency-Key", BATCHES / 2, replayed));
            checks.add(Census.line(scenario, "enriched records", (long) unique, (long) census.enriched().size()));
            checks.add(Census.line(scenario, "distinct enriched ids", (long) unique, census.distinctEnriched()));
            checks.add(Census.line(scenario, "re-deliveries (duplicates of themselves)", (long) redelivered,
                    census.duplicateOf().entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).count()));
            checks.add(Census.line(scenario, "duplicate records", redelivered, census.duplicateIds().size()));
            checks.add(Census.line(scenario, "article rows", (long) unique, census.articleRows()));
            checks.add(Census.line(scenario, "rows written twice", 0L, census.rowsWrittenTwice()));
            checks.add(Census.line(scenario, "poison records in the DLQ with a reason", poison,
                    (int) census.deadLetterReasons().stream().filter(r -> r.length() > "enrich: ".length() + 5).count()));
            for (ChildProcess child : stages.children()) {
                checks.add(Census.line(scenario, "stage alive", true, child.isAlive()));
            }
            System.out.println("FAULT " + scenario + " | dead-letter reasons: " + census.deadLetterReasons());
            assertThat(checks).as("expected vs found above; logs:\n" + stages.logs()).containsOnly(true);
        }
    }

    private HttpResponse<String> post(URI api, List<RawArticle> batch, String idempotencyKey) throws Exception {
        StringBuilder body = new StringBuilder();
        for (RawArticle a : batch) {
            body.append(ArticleJson.write(a)).append('\n');
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("/v1/articles")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Socket> slowConnections(URI api, int count) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket(api.getHost(), api.getPort());
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000\r\n\r\n{\"url\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sockets.add(s);
        }
        return sockets;
    }

    /** Writes records no client library would: garbage, a truncated Avro record, an article over the body cap. */
    private static int poisonRecords(Topics topics) throws Exception {
        byte[] valid = ArticleSerdes.avro().raw().serializer().serialize(topics.raw(), RawArticle.newBuilder()
                .setUrl("https://poison.example/over-cap").setBody("word ".repeat(120_000)).build());
        List<byte[]> poison = List.of("not avro at all".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(valid, valid.length / 2), valid);
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        p.put("max.in.flight.requests.per.connection", "1");
        p.put("max.request.size", String.valueOf(4 * 1024 * 1024));
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] value : poison) {
                producer.send(new ProducerRecord<>(topics.raw(), "poison.example".getBytes(StandardCharsets.UTF_8), value)).get();
            }
        }
        return poison.size();
    }

    private static long count(String jdbcUrl, String sql) {
        try {
            return Census.count(jdbcUrl, PG.user(), PG.password(), sql);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }
}
