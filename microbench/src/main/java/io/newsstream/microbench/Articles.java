package io.newsstream.microbench;

import io.newsstream.app.pipelinebench.SyntheticArticles;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.schemas.serde.AvroSingleObjectSerde;
import java.time.Instant;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Shared benchmark state: the loaded enrichment core and {@value #COUNT} generated ~4 KB articles in
 * every form a step consumes (raw, prepared, enriched, encoded). Benchmarks walk through them in
 * turn so no single article's shape dominates.
 */
@State(Scope.Benchmark)
public class Articles {
    private final AvroSingleObjectSerde<RawArticle> rawAvro = AvroSingleObjectSerde.forSchema(RawArticle.getClassSchema());
    public static final int COUNT = 512;
    static final Instant ENRICHED_AT = Instant.parse("2025-06-01T00:00:00Z");

    public EnrichmentCore core;
    public ArticleSerdes serdes;
    public RawArticle[] raw = new RawArticle[COUNT];
    public PreparedArticle[] prepared = new PreparedArticle[COUNT];
    public EnrichedArticle[] enriched = new EnrichedArticle[COUNT];
    public byte[][] rawBytes = new byte[COUNT][];
    public byte[][] enrichedBytes = new byte[COUNT][];
    private int next;

    @Setup(Level.Trial)
    public void load() {
        core = EnrichmentCore.load();
        serdes = ArticleSerdes.avro();
        SyntheticArticles generator = SyntheticArticles.standard();
        for (int i = 0; i < COUNT; i++) {
            raw[i] = generator.article(i);
            prepared[i] = core.prepare(raw[i], ENRICHED_AT.toEpochMilli());
            enriched[i] = core.enrich(prepared[i], null, ENRICHED_AT);
            rawBytes[i] = rawSerde().encode(raw[i]);
            enrichedBytes[i] = enrichedSerde().encode(enriched[i]);
        }
    }

    /** The index of the article the next invocation works on. */
    public int next() {
        int i = next;
        next = (i + 1) & (COUNT - 1);
        return i;
    }

    /** Avro single-object, the binary form of {@code articles.raw} (its serde also reads JSON, by the first byte). */
    AvroSingleObjectSerde<RawArticle> rawSerde() {
        return rawAvro;
    }

    AvroSingleObjectSerde<EnrichedArticle> enrichedSerde() {
        return (AvroSingleObjectSerde<EnrichedArticle>) serdes.enriched();
    }
}
