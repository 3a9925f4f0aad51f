package io.newsstream.microbench;

import io.newsstream.enrich.core.clean.CleanedText;
import io.newsstream.enrich.core.dedup.Fingerprints;
import io.newsstream.enrich.core.geo.RegionResult;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.avro.Topic;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One benchmark per enrichment step on generated ~4 KB articles, in microseconds per article:
 * clean, fingerprint, topics, regions (English; German and Russian articles too), prepare (validate-free clean +
 * canonical URL + hash),
 * enrich (topics + regions + record), and the whole prepare + enrich.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsstream.schemas.avro"})
public class StepBenchmarks {

    @Benchmark
    public CleanedText clean(Articles a) {
        RawArticle r = a.raw[a.next()];
        return a.core.cleaner().clean(r.getBody(), r.getTitle());
    }

    @Benchmark
    public String fingerprint(Articles a) {
        return Fingerprints.contentHash(a.prepared[a.next()].getBody());
    }

    @Benchmark
    public List<Topic> topics(Articles a) {
        PreparedArticle p = a.prepared[a.next()];
        return a.core.topicTagger().tag(p.getTitle(), p.getBody());
    }

    @Benchmark
    public RegionResult regions(Articles a) {
        PreparedArticle p = a.prepared[a.next()];
        return a.core.regionTagger().tag(p.getTitle(), p.getBody());
    }

    /** The own-language path: country, subdivision, town and region names and adjectives of a German article. */
    @Benchmark
    public RegionResult regionsGerman(ForeignArticles a) {
        return a.core.regionTagger().tag(null, a.german[a.next()], "de");
    }

    /** The same for a Russian article (Cyrillic names in their cases). */
    @Benchmark
    public RegionResult regionsRussian(ForeignArticles a) {
        return a.core.regionTagger().tag(null, a.russian[a.next()], "ru");
    }

    @Benchmark
    public PreparedArticle prepare(Articles a) {
        return a.core.prepare(a.raw[a.next()], 0L);
    }

    @Benchmark
    public EnrichedArticle enrich(Articles a) {
        return a.core.enrich(a.prepared[a.next()], null, Articles.ENRICHED_AT);
    }

    @Benchmark
    public EnrichedArticle prepareAndEnrich(Articles a) {
        return a.core.enrich(a.core.prepare(a.raw[a.next()], 0L), null, Articles.ENRICHED_AT);
    }
}
