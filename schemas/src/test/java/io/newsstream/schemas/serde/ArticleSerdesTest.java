package io.newsstream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import io.newsstream.schemas.avro.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleSerdesTest {
    private final ArticleSerdes serdes = ArticleSerdes.avro();

    @Test
    void enrichedArticlesRoundTripInSingleObjectEncoding() {
        EnrichedArticle article = EnrichedArticleFixtures.enriched();
        byte[] bytes = serdes.enriched().serializer().serialize("t", article);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serdes.enriched().deserializer().deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void duplicateEventsRoundTrip() {
        DuplicateEvent event = DuplicateEvent.newBuilder().setId("b").setUrl("https://x.example/b").setDuplicateOf("a")
                .setReason(DuplicateReason.CONTENT).setSimilarity(1.0).setSeenAt("2026-01-01T00:00:00Z").build();
        byte[] bytes = serdes.duplicate().serializer().serialize("t", event);
        assertThat(serdes.duplicate().deserializer().deserialize("t", bytes)).isEqualTo(event);
    }

    @Test
    void nullStaysNullForTombstones() {
        assertThat(serdes.raw().serializer().serialize("t", null)).isNull();
        assertThat(serdes.raw().deserializer().deserialize("t", null)).isNull();
    }

    static final class EnrichedArticleFixtures {
        static EnrichedArticle enriched() {
            return EnrichedArticle.newBuilder()
                    .setId("a1").setUrl("https://news.example/a?utm_source=x").setCanonicalUrl("https://news.example/a")
                    .setSource("news.example").setTitle("Title").setBody("Kyiv said on Sunday.")
                    .setMetadata(Map.of("credits", "Reporting by A. Writer"))
                    .setTopics(List.of(new Topic("medtop:16000000", "conflict, war and peace", 0.9)))
                    .setRegions(List.of(new Region("UA", "Ukraine", "country", "UA", 690791L, 49.0, 32.0, 1, 1.0)))
                    .setFocusCountry("UA")
                    .setMentions(List.of(new Mention("Kyiv", 0, 4, 703448L, "UA")))
                    .setEnrichedAt("2026-01-01T00:00:00Z").setPipelineVersion("test")
                    .build();
        }
    }
}
