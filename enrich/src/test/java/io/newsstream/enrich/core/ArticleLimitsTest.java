package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.core.clean.HtmlDepth;
import io.newsstream.enrich.core.clean.HtmlExtractor;
import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.limits.ArticleLimits;
import io.newsstream.enrich.core.limits.UnprocessableArticleException;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Inputs built to exhaust a stack or the heap are answered, one by one, with bounded work and output. */
class ArticleLimitsTest {
    private static final String PARAGRAPH = "<p>The council met on Tuesday in Lyon, France, to discuss the budget.</p>";

    private static String nested(String tag, int depth, boolean closed) {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append(("<" + tag + ">x ").repeat(depth)).append(PARAGRAPH);
        if (closed) {
            sb.append(("</" + tag + ">").repeat(depth));
        }
        return sb.append("</body></html>").toString();
    }

    /** Runs on a thread with a small stack, as a stream thread may have, and returns what it threw or gave. */
    private static Object onSmallStack(java.util.function.Supplier<Object> work) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        return result.get();
    }

    @Test
    void deeplyNestedPagesAreExtractedOnASmallStack() throws Exception {
        for (String tag : new String[] {"blockquote", "div", "span", "li", "table"}) {
            for (boolean closed : new boolean[] {true, false}) {
                String html = nested(tag, 50_000, closed);
                Object out = onSmallStack(() -> new HtmlExtractor().extract(html, "https://x.example/deep"));
                assertThat(out).as("%s x50,000 closed=%s", tag, closed).isInstanceOf(HtmlExtractor.ExtractedPage.class);
                assertThat(((HtmlExtractor.ExtractedPage) out).text()).as(tag).contains("The council met on Tuesday");
            }
        }
    }

    @Test
    void subtreesBelowTheMaximumDepthKeepTheirText() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(nested("div", 40, true));
        assertThat(HtmlDepth.limit(doc, 20)).isEqualTo(1);
        assertThat(doc.body().text()).contains("x x x").contains("The council met on Tuesday in Lyon");
        assertThat(HtmlDepth.limit(doc, 20)).isZero();
    }

    @Test
    void htmlOrBodyOverTheirCapsMakeTheArticleUnprocessableWithTheField() {
        ArticleLimits small = new ArticleLimits(1_000, 200, 64, 10, 5);
        ArticlePreparer preparer = new ArticlePreparer(new TextCleaner(), small);
        RawArticle bigHtml = RawArticle.newBuilder().setUrl("https://x.example/a").setHtml("<p>" + "a ".repeat(600) + "</p>").build();
        assertThatThrownBy(() -> preparer.prepare(bigHtml, 0)).isInstanceOfSatisfying(UnprocessableArticleException.class,
                e -> assertThat(e.field()).isEqualTo("html"));
        RawArticle extractedTooLong = RawArticle.newBuilder().setUrl("https://x.example/b")
                .setHtml("<p>" + "word ".repeat(150) + "</p>").build();
        assertThatThrownBy(() -> preparer.prepare(extractedTooLong, 0))
                .isInstanceOfSatisfying(UnprocessableArticleException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).contains("longer than 200 characters");
                });
    }

    @Test
    void mentionsAndRegionsAreCappedInTheirOrder() {
        ArticleLimits small = new ArticleLimits(1_000_000, 100_000, 64, 3, 2);
        String body = "Officials from Paris, France, Berlin, Germany, Madrid, Spain, and Rome, Italy, met in Vienna, Austria.";
        PreparedArticle p = Fixtures.CORE.prepare(RawArticle.newBuilder().setUrl("https://x.example/c").setBody(body)
                .setTitle("A meeting").build(), 0);
        EnrichedArticle full = Fixtures.CORE.enrich(p, null, Instant.EPOCH);
        EnrichedArticle capped = new ArticleEnricher(Fixtures.CORE.topicTagger(), Fixtures.CORE.regionTagger(), small)
                .enrich(p, null, Instant.EPOCH);
        assertThat(full.getMentions().size()).isGreaterThan(3);
        assertThat(full.getRegions().size()).isGreaterThan(2);
        assertThat(capped.getMentions()).containsExactlyElementsOf(full.getMentions().subList(0, 3));
        assertThat(capped.getRegions()).containsExactlyElementsOf(full.getRegions().subList(0, 2));
        assertThat(capped.getFocusCountry()).isEqualTo(full.getFocusCountry());
    }

    @Test
    void aStackOverflowInAStepBecomesAnUnprocessableArticle() {
        assertThatThrownBy(() -> UnprocessableArticleException.guard("enrich", ArticleLimitsTest::recurse))
                .isInstanceOf(UnprocessableArticleException.class).hasMessageContaining("enrich").hasMessageContaining("too deep");
    }

    private static Object recurse() {
        return recurse() == null ? null : new Object();
    }

    @Test
    void aBatchRunRejectsAnOverlongArticleAndGoesOn() throws Exception {
        EnrichmentCore core = EnrichmentCore.load(null, new ArticleLimits(1_000_000, 300, 64, 10, 5));
        String input = "{\"url\":\"https://x.example/long\",\"body\":\"" + "Paris, France. ".repeat(40) + "\"}\n"
                + "{\"url\":\"https://x.example/ok\",\"body\":\"Floods hit Bangladesh after days of heavy rain.\"}\n";
        StringWriter out = new StringWriter();
        BatchSummary summary = new BatchEnricher(core).run(new BufferedReader(new StringReader(input)), out,
                new BatchListener() {});
        assertThat(summary.enriched()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(1);
            assertThat(r.errors().get(0).field()).isEqualTo("body");
        });
    }
}
