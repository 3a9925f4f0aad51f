package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcIngestTest {
    private static final Instant CRAWLED = Instant.parse("2031-05-06T07:08:09Z");
    private static final String PAGE = "<html><head><title>Ferry</title></head><body><p>The caf\u00e9 by the ferry opened.</p></body></html>";

    @TempDir
    Path dir;

    private final MockProducers mocks = new MockProducers();

    @Test
    void htmlPagesOfHttp200ResponsesBecomeArticlesAndTheRestIsSkipped() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            String ferry = "https://lakeside-herald.example/ferry";
            writer.write(new WarcRequest.Builder(ferry).date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/ferry").build()).build());
            writer.write(response(ferry, 200, "text/html; charset=ISO-8859-1", PAGE.getBytes(StandardCharsets.ISO_8859_1)));
            writer.write(response("https://lakeside-herald.example/meta", 200, "text/html",
                    ("<html><head><meta charset=\"windows-1252\"></head><body><p>Na\u00efve caf\u00e9 owners.</p></body></html>")
                            .getBytes("windows-1252")));
            writer.write(response("https://lakeside-herald.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://lakeside-herald.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            writer.write(response("ftp://lakeside-herald.example/x", 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        }

        IngestSummary summary = new FileIngestor(mocks.publisher, new SimpleMeterRegistry(), false).ingest(file);

        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.skipped()).as("request, 404, image").isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.field()).isEqualTo("url");
        });
        assertThat(summary.render()).contains("rejected 1 record(s)").contains("skipped 3 record(s)").contains("record 6 [url]");

        RawArticle first = (RawArticle) mocks.articles.history().get(0).value();
        assertThat(first.getUrl()).isEqualTo("https://lakeside-herald.example/ferry");
        assertThat(first.getHtml()).contains("The caf\u00e9 by the ferry opened.");
        assertThat(first.getBody()).isNull();
        assertThat(first.getMetadata()).containsEntry("warc.date", CRAWLED.toString()).containsKey("warc.record.id");
        assertThat(mocks.articles.history()).extracting(r -> ((RawArticle) r.value()).getId())
                .containsExactly(ArticleIds.fromUrl("https://lakeside-herald.example/ferry"),
                        ArticleIds.fromUrl("https://lakeside-herald.example/meta"));
        assertThat(mocks.articles.history()).extracting(ProducerRecord::key).containsOnly("lakeside-herald.example");
        assertThat(((RawArticle) mocks.articles.history().get(1).value()).getHtml()).contains("Na\u00efve caf\u00e9 owners.");
        assertThat(new String(mocks.dlq.history().get(0).value(), StandardCharsets.UTF_8)).contains("ftp://lakeside-herald.example/x");
    }

    @Test
    void anUncompressedWarcIsReadToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(bytes)) {
            writer.write(response("https://lakeside-herald.example/ferry", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        Path file = Files.write(dir.resolve("crawl.warc"), bytes.toByteArray());
        IngestSummary summary = new FileIngestor(mocks.publisher, new SimpleMeterRegistry(), false).ingest(file);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.skipped()).isZero();
    }

    @Test
    void aGzippedJsonlFileIsNotMistakenForAWarc() throws Exception {
        Path file = dir.resolve("articles.jsonl.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"url\":\"https://lakeside-herald.example/a\",\"body\":\"A body.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new FileIngestor(mocks.publisher, new SimpleMeterRegistry(), false).ingest(file).sent()).isEqualTo(1);
        assertThat(FileIngestor.isWarc("crawl-00001.warc.gz")).isTrue();
        assertThat(FileIngestor.isWarc("articles.jsonl.gz")).isFalse();
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
    }
}
