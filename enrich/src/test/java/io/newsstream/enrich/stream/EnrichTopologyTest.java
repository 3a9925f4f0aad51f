package io.newsstream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.DlqHeaders;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    private static final EnrichmentCore CORE = EnrichmentCore.load();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path stateDir;

    private final ArticleSerdes serdes = ArticleSerdes.avro();
    private TopologyTestDriver driver;
    private Topics topics;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<byte[], byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateEvent> duplicates;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, "test.",
                EnrichConfig.DEDUP_HORIZON_MS, Duration.ofDays(1).toMillis(), EnrichConfig.STATE_DIR, stateDir.toString()));
        topics = config.topics();
        Properties props = config.streamsProperties("unused:9092");
        driver = new TopologyTestDriver(EnrichTopology.build(config, serdes, CORE), props);
        raw = driver.createInputTopic(topics.raw(), serdes.key().serializer(), serdes.raw().serializer(), T0, Duration.ofSeconds(1));
        rawBytes = driver.createInputTopic(topics.raw(), new ByteArraySerializer(), new ByteArraySerializer(), T0, Duration.ofSeconds(1));
        enriched = driver.createOutputTopic(topics.enriched(), serdes.key().deserializer(), serdes.enriched().deserializer());
        duplicates = driver.createOutputTopic(topics.duplicates(), serdes.key().deserializer(), serdes.duplicate().deserializer());
        dlq = driver.createOutputTopic(topics.dlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aPortalCopyOfAWireStoryIsEnrichedOnceAndItsCopyRecordedAsAContentDuplicate() {
        RawArticle first = fixture("/fixtures/war-story-portal-a.json");
        RawArticle copy = fixture("/fixtures/war-story-portal-b.json");
        raw.pipeInput(null, first);
        raw.pipeInput(null, copy);

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(1);
        EnrichedArticle article = out.get(0).value();
        assertThat(out.get(0).key()).isEqualTo(article.getId());
        assertThat(article.getFocusCountry()).isEqualTo("UA");
        assertThat(article.getRegions()).extracting(r -> r.getCountry()).contains("UA", "RU").doesNotContain("CA");
        assertThat(article.getTopics().get(0).getCode()).isEqualTo("medtop:16000000");
        assertThat(article.getDuplicateOf()).isNull();

        List<TestRecord<String, DuplicateEvent>> dups = duplicates.readRecordsToList();
        assertThat(dups).hasSize(1);
        assertThat(dups.get(0).value().getDuplicateOf()).isEqualTo(article.getId());
        assertThat(dups.get(0).value().getReason()).isEqualTo(DuplicateReason.CONTENT);
        assertThat(dups.get(0).key()).isEqualTo(dups.get(0).value().getId());
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void anotherSpellingOfTheSameUrlIsAUrlDuplicate() {
        RawArticle first = article("https://news.example/world/story-1", "First story text about trade talks in Berlin and Paris.");
        first.setId("scraper-a-1");
        RawArticle second = article("http://www.news.example/world/story-1/?utm_source=x", "Edited text of that page, longer now than before.");
        second.setId("scraper-b-7");
        raw.pipeInput(null, first);
        raw.pipeInput(null, second);

        assertThat(enriched.readValuesToList()).hasSize(1);
        DuplicateEvent dup = duplicates.readValue();
        assertThat(dup.getReason()).isEqualTo(DuplicateReason.URL);
        assertThat(dup.getUrl()).isEqualTo("http://www.news.example/world/story-1/?utm_source=x");
        assertThat(dup.getId()).isEqualTo("scraper-b-7");
        assertThat(dup.getDuplicateOf()).isEqualTo("scraper-a-1");
    }

    @Test
    void theSameArticleSentAgainIsARedeliveryEmittedOnce() {
        RawArticle a = article("https://news.example/world/story-2", "A story about a harvest festival in Kenya, told at length.");
        raw.pipeInput(null, a);
        raw.pipeInput(null, a);
        String id = io.newsstream.schemas.ArticleIds.fromUrl("https://news.example/world/story-2");
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly(id);
        DuplicateEvent again = duplicates.readValue();
        assertThat(again.getId()).isEqualTo(id);
        assertThat(again.getDuplicateOf()).isEqualTo(id);
        assertThat(again.getReason()).isEqualTo(DuplicateReason.URL);
    }

    @Test
    void urlsThatCanonicaliseAlikeGiveOneEnrichedArticleAndDuplicatesWithoutIds() {
        for (String url : List.of("https://news.example/world/story-3", "https://www.news.example/world/story-3/",
                "https://news.example/world/story-3#top", "https://news.example/world/story-3?utm_source=feed")) {
            raw.pipeInput(null, article(url, "A story about a ferry strike in Greece, with enough words to matter."));
        }
        assertThat(enriched.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).hasSize(3).allSatisfy(d -> assertThat(d.getReason()).isEqualTo(DuplicateReason.URL));
    }

    @Test
    void aRecordKeyedByItsHostTakesNoRepartitionAndMeetsTheSameState() {
        RawArticle first = article("https://hosted.example/a", "A story about wildfires in Portugal told with plenty of words.");
        raw.pipeInput("hosted.example", first);
        RawArticle again = article("https://www.hosted.example/a/", "A story about wildfires in Portugal told with plenty of words.");
        raw.pipeInput("some-other-key", again);
        assertThat(enriched.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValue().getReason()).isEqualTo(DuplicateReason.URL);
    }

    @Test
    void theSameArticleWithAChangedBodyIsAnUpdateEmittedWithItsRevision() {
        String url = "https://updates.example/2026/ferry";
        raw.pipeInput(null, article(url, "Ferry workers in Greece began a strike on Monday, the union said, with many words."));
        raw.pipeInput(null, article(url, "Ferry workers in Greece began a strike on Monday, the union said, with many words."));
        raw.pipeInput(null, article(url, "Ferry workers in Greece ended their strike on Tuesday, the union said, after talks."));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getRevision).containsExactly(1, 2);
        assertThat(out).extracting(EnrichedArticle::getId).containsOnly(out.get(0).getId());
        assertThat(out.get(1).getDuplicateOf()).as("an update is no near duplicate of its own earlier version").isNull();
        DuplicateEvent redelivery = duplicates.readValue();
        assertThat(redelivery.getDuplicateOf()).isEqualTo(redelivery.getId());
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void aTruncatedCopyIsANearDuplicate() {
        StringBuilder body = new StringBuilder();
        String[] words = "harbour council budget strike railway grain drought summit river port minister vote".split(" ");
        java.util.Random random = new java.util.Random(7);
        for (int p = 0; p < 8; p++) {
            for (int w = 0; w < 40; w++) {
                body.append(words[random.nextInt(words.length)]).append(' ');
            }
            body.append(".\n\n");
        }
        String full = body.toString().trim();
        String truncated = full.substring(0, full.indexOf("\n\n", full.length() / 2));
        RawArticle original = article("https://wire.example/story", full);
        original.setId("orig");
        RawArticle copy = article("https://portal.example/cut", truncated);
        copy.setId("cut");
        raw.pipeInput(null, original);
        raw.pipeInput(null, copy);

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).extracting(r -> r.value().getId()).containsExactly("orig");
        assertThat(out.get(0).key()).isEqualTo("orig");
        TestRecord<String, DuplicateEvent> dupRecord = duplicates.readRecord();
        assertThat(dupRecord.key()).isEqualTo("cut");
        assertThat(out.get(0).headers().toArray()).as("internal dedup messages leave no headers").isEmpty();
        assertThat(dupRecord.headers().toArray()).isEmpty();
        DuplicateEvent dup = dupRecord.value();
        assertThat(dup.getReason()).isEqualTo(DuplicateReason.NEAR);
        assertThat(dup.getUrl()).isEqualTo("https://portal.example/cut");
        assertThat(dup.getDuplicateOf()).isEqualTo("orig");
        assertThat(dup.getSimilarity()).isBetween(0.85, 1.0);
    }

    @Test
    void copiesOutsideTheHorizonAreNew() {
        String body = "A story about elections in Chile with enough words to fingerprint it properly.";
        raw.pipeInput(new TestRecord<>(null, article("https://a.example/1", body), T0));
        raw.pipeInput(new TestRecord<>(null, article("https://b.example/2", body), T0.plus(Duration.ofDays(3))));
        assertThat(enriched.readValuesToList()).hasSize(2);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void invalidArticlesGoToTheDeadLetterTopicWithTheirBytesAndTheFieldAtFault() {
        RawArticle noBody = RawArticle.newBuilder().setUrl("https://news.example/x").build();
        byte[] original = serdes.raw().serializer().serialize(topics.raw(), noBody);
        rawBytes.pipeInput("k".getBytes(StandardCharsets.UTF_8), original);
        raw.pipeInput(null, article("https://news.example/ok", "The stream keeps going after a bad record, in Spain."));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(dead.value()).isEqualTo(original);
        assertThat(dead.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
        assertThat(header(dead, DlqHeaders.FIELD)).isEqualTo("body");
        assertThat(header(dead, DlqHeaders.REASON)).contains("body");
        assertThat(header(dead, DlqHeaders.SOURCE_TOPIC)).isEqualTo(topics.raw());
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    @Test
    void rawArticleJsonFromAnyProducerIsEnrichedAndBadJsonIsDeadLetteredWithItsReason() {
        rawBytes.pipeInput(null, "{\"url\":\"https://json.example/a\",\"body\":\"Ferry workers in Piraeus, Greece, went on strike.\"}"
                .getBytes(StandardCharsets.UTF_8));
        rawBytes.pipeInput(null, "{\"url\":\"https://json.example/b\",\"bodyy\":\"typo\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getUrl).containsExactly("https://json.example/a");
    }

    @Test
    void anArticleOverACapIsDeadLetteredWithItsReasonAndTheStreamGoesOn() {
        String page = "<html><body>" + "<blockquote>deep ".repeat(30_000) + "<p>Text in Chile.</p></body></html>";
        raw.pipeInput(null, RawArticle.newBuilder().setUrl("https://news.example/deep").setHtml(page).build());
        RawArticle tooLong = article("https://news.example/long", "Paris, France. ".repeat(40_000));
        raw.pipeInput(null, tooLong);
        raw.pipeInput(null, article("https://news.example/fine", "The stream keeps going after a long record, in Peru."));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(header(dead, DlqHeaders.FIELD)).isEqualTo("body");
        assertThat(header(dead, DlqHeaders.REASON)).isEqualTo("is longer than 500000 characters (600000)");
        assertThat(header(dead, DlqHeaders.STAGE)).isEqualTo("prepare");
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getUrl)
                .containsExactly("https://news.example/deep", "https://news.example/fine");
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static RawArticle article(String url, String body) {
        return RawArticle.newBuilder().setUrl(url).setBody(body).setTitle("A title").build();
    }

    static RawArticle fixture(String resource) {
        try (InputStream in = EnrichTopologyTest.class.getResourceAsStream(resource)) {
            return ArticleJson.readRaw(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
