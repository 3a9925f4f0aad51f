package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchEnricherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static String line(String id, String url, String body) {
        return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"body\":\"" + body + "\"}";
    }

    @Test
    void writesOneLinePerValidInputInOrderAndReportsRejections() throws Exception {
        String story = "The national team beat the visitors in the cup final in Brazil, the coach said.";
        String input = String.join("\n",
                line("a", "https://one.example/story", story),
                "{\"id\":\"bad\",\"body\":\"no url\"}",
                "",
                line("b", "https://two.example/copy", story.toUpperCase()),
                "not json",
                line("c", "https://one.example/story?utm_source=feed", "Another text about the same page in Kenya."),
                line("d", "https://three.example/other", "Floods hit Bangladesh after days of heavy monsoon rain."));
        StringWriter out = new StringWriter();
        List<Long> seen = new ArrayList<>();
        List<Rejection> heard = new ArrayList<>();
        BatchListener listener = new BatchListener() {
            @Override
            public void enriched(long lineNumber, EnrichedArticle article) {
                seen.add(lineNumber);
            }

            @Override
            public void rejected(Rejection rejection) {
                heard.add(rejection);
            }
        };
        BatchSummary summary = new BatchEnricher(Fixtures.CORE, CLOCK)
                .run(new BufferedReader(new StringReader(input)), out, listener);

        assertThat(summary.read()).isEqualTo(6);
        assertThat(summary.enriched()).isEqualTo(4);
        assertThat(summary.duplicates()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.rejections()).extracting(Rejection::lineNumber).containsExactly(2L, 5L);
        assertThat(summary.rejections().get(0).errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(summary.rejections().get(0).toString()).startsWith("line 2: url: ");
        assertThat(heard).isEqualTo(summary.rejections());
        assertThat(seen).containsExactly(1L, 4L, 6L, 7L);

        List<EnrichedArticle> written = out.toString().lines().map(ArticleJson::readEnriched).toList();
        assertThat(written).extracting(EnrichedArticle::getId).containsExactly("a", "b", "c", "d");
        assertThat(written).extracting(EnrichedArticle::getDuplicateOf).containsExactly(null, "a", "a", null);
        assertThat(written.get(0).getFocusCountry()).isEqualTo("BR");
        assertThat(written.get(0).getTopics().get(0).getCode()).isEqualTo("medtop:15000000");
        assertThat(written.get(3).getEnrichedAt()).isEqualTo("2024-06-01T00:00:00Z");
    }

    @Test
    void emptyInputGivesEmptySummary() throws Exception {
        StringWriter out = new StringWriter();
        BatchSummary s = new BatchEnricher(Fixtures.CORE, CLOCK)
                .run(new BufferedReader(new StringReader("")), out, BatchListener.NONE);
        assertThat(s).isEqualTo(new BatchSummary(0, 0, 0, 0, List.of()));
        assertThat(out.toString()).isEmpty();
    }
}
