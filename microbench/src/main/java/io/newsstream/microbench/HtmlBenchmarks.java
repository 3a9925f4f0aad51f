package io.newsstream.microbench;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.clean.HtmlExtractor;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HTML articles on generated CMS pages ({@link SyntheticPages}: WordPress, Arc, Drupal layouts of
 * 40–120 KB around a ~4 KB story), in microseconds per page: the jsoup parse alone, the extraction
 * (parse, metadata, main content) and the whole prepare of a page sent without a plain body (extraction, cleaning,
 * language, content hash). {@code -p pageKb=40-120,120-250} measures other page weights (the layouts alone weigh ~50 KB).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsstream.schemas.avro"})
public class HtmlBenchmarks {

    /** {@value #COUNT} generated pages, walked through in turn. */
    @State(Scope.Benchmark)
    public static class Pages {
        static final int COUNT = 64;
        final HtmlExtractor extractor = new HtmlExtractor();
        EnrichmentCore core;
        final RawArticle[] pages = new RawArticle[COUNT];
        private int next;

        /** Page sizes in KB as {@code MIN-MAX}; the default is the usual weight of a news page's HTML. */
        @Param({"40-120"})
        public String pageKb;

        @Setup(Level.Trial)
        public void load() {
            core = EnrichmentCore.load();
            SyntheticPages generator = SyntheticPages.sized(pageKb);
            long bytes = 0;
            for (int i = 0; i < COUNT; i++) {
                pages[i] = generator.page(i);
                bytes += pages[i].getHtml().getBytes(StandardCharsets.UTF_8).length;
                int chars = extractor.extract(pages[i].getHtml(), pages[i].getUrl()).text().length();
                if (chars < 3_000) {
                    throw new IllegalStateException("page " + i + ": only " + chars + " characters extracted");
                }
            }
            System.out.printf(Locale.ROOT, "%n%d pages, %.1f KB on average%n", COUNT, bytes / 1000.0 / COUNT);
        }

        RawArticle next() {
            RawArticle p = pages[next];
            next = (next + 1) & (COUNT - 1);
            return p;
        }
    }

    /** The jsoup parse alone: the floor under {@link #extract}. */
    @Benchmark
    public Document parse(Pages p) {
        RawArticle page = p.next();
        return Jsoup.parse(page.getHtml(), page.getUrl());
    }

    @Benchmark
    public HtmlExtractor.ExtractedPage extract(Pages p) {
        RawArticle page = p.next();
        return p.extractor.extract(page.getHtml(), page.getUrl());
    }

    @Benchmark
    public PreparedArticle prepareHtml(Pages p) {
        return p.core.prepare(p.next(), 0L);
    }
}
