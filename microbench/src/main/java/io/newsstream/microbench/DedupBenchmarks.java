package io.newsstream.microbench;

import io.newsstream.enrich.core.dedup.DedupKeys;
import io.newsstream.enrich.core.dedup.Deduplicator;
import io.newsstream.enrich.core.dedup.DuplicateMatch;
import io.newsstream.enrich.core.dedup.InMemoryDedupIndex;
import io.newsstream.enrich.core.dedup.MinHashSketch;
import io.newsstream.enrich.core.text.Texts;
import io.newsstream.schemas.avro.PreparedArticle;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dedup lookups against an in-memory index already holding {@value #REMEMBERED} articles' keys:
 * the keys of an article (URL, content key) and a full {@link Deduplicator#check} of an article
 * the index has seen (two lookups, no insert, so the index does not grow during the run); and the
 * MinHash sketch of a body already in comparison form.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsstream.schemas.avro"})
public class DedupBenchmarks {
    static final int REMEMBERED = 200_000;

    @State(Scope.Benchmark)
    public static class Index {
        Deduplicator deduplicator;

        @Setup(Level.Trial)
        public void fill(Articles a) {
            InMemoryDedupIndex index = new InMemoryDedupIndex();
            for (int i = 0; i < REMEMBERED; i++) {
                index.put("url:https://filler.example/story-" + i, "filler-" + i);
                index.put("content:" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + Long.toHexString(i), "filler-" + i);
            }
            deduplicator = new Deduplicator(index);
            for (PreparedArticle p : a.prepared) {
                deduplicator.check(p);
            }
        }
    }

    /** The articles' bodies in comparison form, as the near-duplicate sketch receives them. */
    @State(Scope.Benchmark)
    public static class Forms {
        String[] forms;

        @Setup(Level.Trial)
        public void build(Articles a) {
            forms = new String[a.prepared.length];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = Texts.comparisonForm(a.prepared[i].getBody());
            }
        }
    }

    @Benchmark
    public MinHashSketch sketch(Articles a, Forms f) {
        return MinHashSketch.ofComparisonForm(f.forms[a.next()]);
    }

    @Benchmark
    public String contentKey(Articles a) {
        return DedupKeys.contentKey(a.prepared[a.next()]);
    }

    @Benchmark
    public Optional<DuplicateMatch> checkSeen(Articles a, Index index) {
        return index.deduplicator.check(a.prepared[a.next()]);
    }
}
