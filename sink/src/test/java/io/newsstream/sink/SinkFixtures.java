package io.newsstream.sink;

import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import io.newsstream.schemas.avro.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fictional enriched articles and duplicate events for the sink's tests. */
final class SinkFixtures {
    static final Instant PUBLISHED = Instant.parse("2031-04-02T08:15:00Z");

    private SinkFixtures() {}

    static String articleId(int n) {
        return String.format("a%05d", n);
    }

    static EnrichedArticle article(int n) {
        String body = "Harbour council of Velmora approved the new lighthouse budget, edition " + n + ".";
        int start = body.indexOf("Velmora");
        return EnrichedArticle.newBuilder()
                .setId(articleId(n))
                .setUrl("https://gazette.example/velmora/" + n + "?ref=feed")
                .setCanonicalUrl("https://gazette.example/velmora/" + n)
                .setSource("gazette.example")
                .setTitle("Lighthouse budget approved (" + n + ")")
                .setBody(body)
                .setAuthor("Ada Quill")
                .setLanguage("en")
                .setPublishedAt(PUBLISHED.plusSeconds(n).toString())
                .setSection("local")
                .setMetadata(Map.of("feed", "coast", "edition", Integer.toString(n)))
                .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.8),
                        new Topic("medtop:04000000", "economy, business and finance", 0.4)))
                .setRegions(List.of(new Region("NO", "Norway", "country", "NO", 3144096L, 62.0, 10.0, 2, 0.9)))
                .setFocusCountry("NO")
                .setMentions(List.of(new Mention("Velmora", start, start + "Velmora".length(), null, "NO")))
                .setDuplicateOf(null)
                .setEnrichedAt("2031-04-02T08:16:00.250Z")
                .setPipelineVersion("test-1")
                .build();
    }

    static DuplicateEvent duplicate(int n, int original) {
        return DuplicateEvent.newBuilder()
                .setId(String.format("d%05d", n))
                .setUrl("https://mirror.example/velmora/" + original + "/copy" + n)
                .setDuplicateOf(articleId(original))
                .setReason(n % 2 == 0 ? DuplicateReason.CONTENT : DuplicateReason.NEAR)
                .setSimilarity(n % 2 == 0 ? 1.0 : 0.93)
                .setSeenAt("2031-04-02T09:00:00+02:00")
                .build();
    }
}
