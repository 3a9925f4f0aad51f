package io.newsstream.microbench;

import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Avro single-object encode and decode of the raw and enriched records, in microseconds per record. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsstream.schemas.avro"})
public class SerdeBenchmarks {

    @Benchmark
    public byte[] encodeRaw(Articles a) {
        return a.rawSerde().encode(a.raw[a.next()]);
    }

    @Benchmark
    public RawArticle decodeRaw(Articles a) {
        return a.rawSerde().decode(a.rawBytes[a.next()]);
    }

    @Benchmark
    public byte[] encodeEnriched(Articles a) {
        return a.enrichedSerde().encode(a.enriched[a.next()]);
    }

    @Benchmark
    public EnrichedArticle decodeEnriched(Articles a) {
        return a.enrichedSerde().decode(a.enrichedBytes[a.next()]);
    }
}
