package io.newsstream.enrich.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.PreparedArticle;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private static final String BODY = "The port authority on Tuesday approved plans for a new ferry terminal, officials said.";
    private final InMemoryDedupIndex index = new InMemoryDedupIndex();
    private final Deduplicator dedup = new Deduplicator(index);

    static PreparedArticle article(String id, String canonicalUrl, String body) {
        return PreparedArticle.newBuilder().setId(id).setUrl(canonicalUrl).setCanonicalUrl(canonicalUrl)
                .setSource("example").setBody(body).setContentHash(Fingerprints.contentHash(body))
                .setReceivedAt(0L).build();
    }

    @Test
    void firstArticleIsNewAndRememberedUnderBothKeys() {
        PreparedArticle a = article("a", "https://one.example/x", BODY);
        assertThat(dedup.check(a)).isEmpty();
        assertThat(UrlRule.Seen.decode(index.get(DedupKeys.urlKey(a)))).isEqualTo(new UrlRule.Seen("a", UrlRule.version(a), 1));
        assertThat(a.getRevision()).isEqualTo(1);
        assertThat(index.get(DedupKeys.contentKey(a))).isEqualTo("a");
    }

    @Test
    void sameUrlIsAUrlDuplicateBeforeContentIsConsidered() {
        dedup.check(article("a", "https://one.example/x", BODY));
        assertThat(dedup.check(article("b", "https://one.example/x", BODY)))
                .contains(new DuplicateMatch("a", DuplicateReason.URL, 1.0));
    }

    @Test
    void sameContentElsewhereIsAContentDuplicate() {
        dedup.check(article("a", "https://one.example/x", BODY));
        assertThat(dedup.check(article("b", "https://two.example/y", BODY.toUpperCase())))
                .contains(new DuplicateMatch("a", DuplicateReason.CONTENT, 1.0));
        assertThat(UrlRule.Seen.decode(index.get("url:https://two.example/y")).id())
                .as("the URL stage, as in the stream, remembers every URL it let through").isEqualTo("b");
    }

    @Test
    void aRedeliveryIsAUrlDuplicateOfItself() {
        dedup.check(article("a", "https://one.example/x", BODY));
        assertThat(dedup.check(article("a", "https://one.example/x", BODY)))
                .contains(new DuplicateMatch("a", DuplicateReason.URL, 1.0));
    }

    @Test
    void theSameIdWithAChangedBodyOrTitleIsAnUpdateWithTheNextRevision() {
        dedup.check(article("a", "https://one.example/x", BODY));
        PreparedArticle changed = article("a", "https://one.example/x", BODY.replace("Tuesday", "Wednesday"));
        assertThat(dedup.check(changed)).isEmpty();
        assertThat(changed.getRevision()).isEqualTo(2);
        PreparedArticle retitled = article("a", "https://one.example/x", BODY.replace("Tuesday", "Wednesday"));
        retitled.setTitle("Ferry terminal approved");
        assertThat(dedup.check(retitled)).isEmpty();
        assertThat(retitled.getRevision()).isEqualTo(3);
        assertThat(dedup.check(article("a", "https://one.example/x", BODY.replace("Tuesday", "Wednesday"))))
                .as("an earlier version again is an update too").isEmpty();
        PreparedArticle again = article("a", "https://one.example/x", BODY.replace("Tuesday", "Wednesday"));
        assertThat(dedup.check(again)).contains(new DuplicateMatch("a", DuplicateReason.URL, 1.0));
    }

    @Test
    void stateWrittenBeforeRevisionsReadsAsRevisionOneOfAnUnknownVersion() {
        assertThat(UrlRule.Seen.decode("a")).isEqualTo(new UrlRule.Seen("a", "", 1));
        assertThat(UrlRule.judge(UrlRule.Seen.decode("a"), "a", "v").kind()).isEqualTo(UrlRule.Kind.REDELIVERY);
    }

    @Test
    void differentStoriesAreKeptApart() {
        dedup.check(article("a", "https://one.example/x", BODY));
        assertThat(dedup.check(article("b", "https://one.example/z", BODY.replace("Tuesday", "Friday")))).isEmpty();
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void stubBodiesHaveOwnContentKeys() {
        PreparedArticle a = article("a", "https://one.example/1", "Photo gallery");
        PreparedArticle b = article("b", "https://one.example/2", "Photo gallery");
        assertThat(DedupKeys.contentKey(a)).isNotEqualTo(DedupKeys.contentKey(b)).isNotNull();
        dedup.check(a);
        assertThat(dedup.check(b)).isEmpty();
    }

    @Test
    void keysNameTheirKind() {
        PreparedArticle a = article("a", "https://one.example/x", BODY);
        assertThat(DedupKeys.urlKey(a)).isEqualTo("url:https://one.example/x");
        assertThat(DedupKeys.contentKey(a)).isEqualTo("content:" + a.getContentHash());
    }
}
