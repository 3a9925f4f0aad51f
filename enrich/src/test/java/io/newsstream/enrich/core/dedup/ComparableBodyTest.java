package io.newsstream.enrich.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.text.Texts;
import io.newsstream.schemas.avro.PreparedArticle;
import org.junit.jupiter.api.Test;

/** The comparison form computed once gives what each dedup step computed from the body before. */
class ComparableBodyTest {
    private static final String BODY = "Officials said the \u201Ctalks\u201D would resume \u2014 possibly in March.\n\n"
            + "The fifth round was cut short, and the delegations left the city on Tuesday evening.";

    @Test
    void hashSketchAndFormAgreeWithTheirOwnComputations() {
        ComparableBody b = ComparableBody.of(BODY);
        assertThat(b.form()).isEqualTo(Texts.comparisonForm(BODY));
        assertThat(b.contentHash()).isEqualTo(Fingerprints.contentHash(BODY));
        assertThat(b.sketch()).isEqualTo(MinHashSketch.of(BODY)).isSameAs(b.sketch());
    }

    @Test
    void sketchOfTheFormEqualsTheSketchOfTheText() {
        for (String s : new String[] {"", "one two three", "a b c d e f g h", BODY, "caf\u00E9 na\u00EFve " + BODY}) {
            assertThat(MinHashSketch.ofComparisonForm(Texts.comparisonForm(s))).isEqualTo(MinHashSketch.of(s));
        }
    }

    @Test
    void contentKeyIsTheSameWithAndWithoutThePreparedForm() {
        for (String body : new String[] {BODY, "Too short.", "\u00E9 ".repeat(30), "word ".repeat(9)}) {
            PreparedArticle p = PreparedArticle.newBuilder().setId("a1").setUrl("https://x.example/1")
                    .setCanonicalUrl("https://x.example/1").setSource("x.example").setBody(body)
                    .setContentHash(Fingerprints.contentHash(body)).setReceivedAt(0L).build();
            assertThat(DedupKeys.contentKey(p, ComparableBody.of(body))).as(body).isEqualTo(DedupKeys.contentKey(p));
        }
        assertThat(DedupKeys.contentKey(PreparedArticle.newBuilder().setId("a2").setUrl("u").setCanonicalUrl("u")
                .setSource("s").setBody("Too short.").setContentHash("h").setReceivedAt(0L).build()))
                .isEqualTo("content:own:a2");
    }
}
