package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.clean.BoilerplateKind;
import io.newsstream.enrich.core.clean.RemovedLine;
import io.newsstream.enrich.core.dedup.Deduplicator;
import io.newsstream.enrich.core.dedup.DuplicateMatch;
import io.newsstream.enrich.core.dedup.InMemoryDedupIndex;
import io.newsstream.schemas.avro.DuplicateReason;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.Region;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The core end to end on two fictional portal copies of one war story. */
class PortalFixturesEndToEndTest {
    private final EnrichmentCore core = Fixtures.CORE;

    @Test
    void firstPortalCopyIsCleanedAndEnriched() {
        PreparedArticle p = core.prepare(Fixtures.raw(Fixtures.PORTAL_A), 1_000L);
        assertThat(p.getSection()).isEqualTo("Canada");
        assertThat(p.getAuthor()).isEqualTo("Northwire News");
        assertThat(p.getMetadata()).containsEntry("credits",
                "Reported by Marta Kovalenko; Edited by Jonas Whitfield and Priya Raman");
        assertThat(p.getBody()).startsWith("KYIV, Nov 14 - Ukraine's energy ministry")
                .doesNotContain("Canada", "not responsible", "Article Author", "Reported by")
                .doesNotContain(p.getTitle());
        assertThat(p.getCanonicalUrl())
                .isEqualTo("https://globewire-daily.example/ca-news/ukraine-says-russian-strikes-hit-power-grid");

        EnrichedArticle e = core.enrich(p, null, Instant.parse("2024-11-14T10:00:00Z"));
        assertThat(e.getRegions()).extracting(Region::getCode).contains("UA", "RU").doesNotContain("CA");
        assertThat(e.getFocusCountry()).isEqualTo("UA");
        assertThat(e.getTopics().get(0).getCode()).isEqualTo("medtop:16000000");
        assertThat(e.getMentions()).isNotEmpty().allSatisfy(m ->
                assertThat(e.getBody().substring(m.getStart(), m.getEnd())).isEqualTo(m.getText()));
    }

    @Test
    void secondPortalCopyHashesEqualAndIsAContentDuplicate() {
        PreparedArticle a = core.prepare(Fixtures.raw(Fixtures.PORTAL_A), 1_000L);
        Preparation prepB = core.preparer().prepareExplained(Fixtures.raw(Fixtures.PORTAL_B), 2_000L);
        PreparedArticle b = prepB.article();
        assertThat(b.getBody()).isNotEqualTo(a.getBody()).contains("\u201C");
        assertThat(b.getContentHash()).isEqualTo(a.getContentHash());
        assertThat(b.getSection()).isEqualTo("World");
        assertThat(prepB.cleaning().removed()).extracting(RemovedLine::kind).contains(BoilerplateKind.SHARE,
                BoilerplateKind.DISCLAIMER, BoilerplateKind.SECTION_LABEL, BoilerplateKind.REPEATED_HEADLINE);

        Deduplicator dedup = new Deduplicator(new InMemoryDedupIndex());
        assertThat(dedup.check(a)).isEmpty();
        assertThat(dedup.check(b)).contains(new DuplicateMatch("fixture-globewire-0001", DuplicateReason.CONTENT, 1.0));
    }
}
