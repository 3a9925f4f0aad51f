package io.newsstream.enrich.core;

import io.newsstream.enrich.core.clean.BoilerplateCounts;
import io.newsstream.enrich.core.clean.InMemoryBoilerplateCounts;
import io.newsstream.enrich.core.clean.SourceBoilerplate;
import io.newsstream.enrich.core.dedup.ComparableBody;
import io.newsstream.enrich.core.dedup.Deduplicator;
import io.newsstream.enrich.core.dedup.DuplicateMatch;
import io.newsstream.enrich.core.dedup.InMemoryDedupIndex;
import io.newsstream.enrich.core.dedup.InMemoryNearDuplicateIndex;
import io.newsstream.enrich.core.dedup.NearDuplicateMatcher;
import io.newsstream.enrich.core.dedup.NearDuplicateRule;
import io.newsstream.enrich.core.limits.UnprocessableArticleException;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.json.JsonFormatException;
import io.newsstream.schemas.validation.FieldError;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline without Kafka: reads RawArticle JSON lines, validates, prepares, deduplicates (in
 * memory, per run), strips boilerplate learned per source ({@link SourceBoilerplate}, in memory, per
 * run, as the stream does) and enriches them, and writes one EnrichedArticle JSON line per valid input line
 * in input order, duplicates included with {@code duplicateOf} set. Invalid lines are not written;
 * they are reported with their line number in the summary and to the listener. Blank lines are
 * skipped. One instance may run batches one after another; a run is single-threaded.
 */
public final class BatchEnricher {
    private final EnrichmentCore core;
    private final Clock clock;

    public BatchEnricher(EnrichmentCore core, Clock clock) {
        this.core = core;
        this.clock = clock;
    }

    public BatchEnricher(EnrichmentCore core) {
        this(core, Clock.systemUTC());
    }

    public BatchSummary run(BufferedReader jsonlIn, Writer jsonlOut, BatchListener listener) throws IOException {
        Deduplicator dedup = new Deduplicator(new InMemoryDedupIndex(),
                new NearDuplicateMatcher(new InMemoryNearDuplicateIndex(), NearDuplicateRule.DEFAULT));
        SourceBoilerplate learner = core.boilerplate();
        BoilerplateCounts counts = new InMemoryBoilerplateCounts(learner.settings().window().toMillis());
        List<Rejection> rejections = new ArrayList<>();
        long read = 0;
        long enriched = 0;
        long duplicates = 0;
        long lineNumber = 0;
        String line;
        while ((line = jsonlIn.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            List<FieldError> errors;
            EnrichedArticle out = null;
            try {
                RawArticle raw = ArticleJson.readRaw(line);
                errors = RawArticleValidator.validate(raw);
                if (errors.isEmpty()) {
                    long now = clock.millis();
                    Preparation prepared = core.preparer().prepareExplained(raw, now);
                    PreparedArticle p = learner.apply(prepared.article(), now, counts);
                    Optional<DuplicateMatch> match = dedup.check(p,
                            p == prepared.article() ? prepared.body() : ComparableBody.of(p.getBody()));
                    out = core.enricher().enrich(p, match.map(DuplicateMatch::originalId).orElse(null), clock.instant());
                }
            } catch (JsonFormatException e) {
                errors = List.of(new FieldError(e.field(), e.getMessage()));
            } catch (UnprocessableArticleException e) {
                errors = List.of(new FieldError(e.field(), e.getMessage()));
            } catch (RuntimeException e) {
                errors = List.of(new FieldError(null, "cannot enrich: " + e));
            }
            if (out == null) {
                Rejection r = new Rejection(lineNumber, errors);
                rejections.add(r);
                listener.rejected(r);
                continue;
            }
            jsonlOut.write(ArticleJson.write(out));
            jsonlOut.write('\n');
            enriched++;
            if (out.getDuplicateOf() != null) {
                duplicates++;
            }
            listener.enriched(lineNumber, out);
        }
        jsonlOut.flush();
        return new BatchSummary(read, enriched, duplicates, rejections.size(), rejections);
    }
}
