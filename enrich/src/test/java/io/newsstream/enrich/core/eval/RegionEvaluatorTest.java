package io.newsstream.enrich.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.BatchListener;
import io.newsstream.enrich.core.EnrichmentCore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionEvaluatorTest {
    @Test
    void scoresRecognitionCountriesAndFocusAgainstGold(@TempDir Path dir) throws Exception {
        String body = "Ministers from Kenya met in Nairobi.  Later they flew to Lima.";
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"d1\",\"url\":\"https://t.example/1\",\"body\":\""
                + body + "\"}\n", StandardCharsets.UTF_8);
        int kenya = body.indexOf("Kenya");
        int nairobi = body.indexOf("Nairobi");
        int later = body.indexOf("Later");
        Files.writeString(dir.resolve("g.jsonl"), "{\"id\":\"d1\",\"toponyms\":["
                + "{\"start\":" + kenya + ",\"end\":" + (kenya + 5) + ",\"text\":\"Kenya\",\"country\":\"KE\"},"
                + "{\"start\":" + nairobi + ",\"end\":" + (nairobi + 7) + ",\"text\":\"Nairobi\",\"country\":\"KE\"},"
                + "{\"start\":" + later + ",\"end\":" + (later + 5) + ",\"text\":\"Later\",\"country\":\"TZ\"}],"
                + "\"countries\":[\"KE\",\"TZ\"],\"focus\":\"KE\"}\n", StandardCharsets.UTF_8);
        RegionScores s = new RegionEvaluator(EnrichmentCore.load())
                .evaluate(dir.resolve("a.jsonl"), dir.resolve("g.jsonl"), new BatchListener() {});
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.goldToponyms()).isEqualTo(3);
        assertThat(s.predictedMentions()).isEqualTo(3);
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo(2 / 3.0, Offset.offset(1e-9));
        assertThat(s.recall()).isCloseTo(2 / 3.0, Offset.offset(1e-9));
        assertThat(s.countrySetF1()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(s.focusAccuracy()).isEqualTo(1.0);
        assertThat(s.countryAccuracy()).isEqualTo(1.0);
        assertThat(s.format("t")).contains("F1 0.667");
    }

    @Test
    void anArticleTheBatchPathRejectsCountsAsAnsweredWithNothing(@TempDir Path dir) throws Exception {
        String body = "Ministers from Kenya met in Nairobi.";
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"d1\",\"url\":\"https://t.example/1\",\"body\":\""
                + body + "\"}\n{\"id\":\"d2\",\"url\":\"not a url\",\"body\":\"" + body + "\"}\n",
                StandardCharsets.UTF_8);
        String gold = "\"toponyms\":[{\"start\":15,\"end\":20,\"text\":\"Kenya\",\"country\":\"KE\"}],"
                + "\"countries\":[\"KE\"],\"focus\":\"KE\"}\n";
        Files.writeString(dir.resolve("g.jsonl"), "{\"id\":\"d1\"," + gold + "{\"id\":\"d2\"," + gold,
                StandardCharsets.UTF_8);
        RegionScores s = new RegionEvaluator(EnrichmentCore.load())
                .evaluate(dir.resolve("a.jsonl"), dir.resolve("g.jsonl"), new BatchListener() {});
        assertThat(s.documents()).isEqualTo(2);
        assertThat(s.goldToponyms()).isEqualTo(2);
        assertThat(s.recall()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(s.countrySetF1()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(s.focusAccuracy()).isCloseTo(0.5, Offset.offset(1e-9));
    }

    @Test
    void theReportSplitsTheFiguresByArticleLanguage(@TempDir Path dir) throws Exception {
        String en = "Ministers from Kenya met.";
        String de = "Minister aus Kenia trafen sich.";
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"e\",\"url\":\"https://t.example/1\",\"language\":\"en\","
                + "\"body\":\"" + en + "\"}\n{\"id\":\"g\",\"url\":\"https://t.example/2\",\"language\":\"de\","
                + "\"body\":\"" + de + "\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("g.jsonl"), "{\"id\":\"e\",\"toponyms\":[{\"start\":15,\"end\":20,\"text\":\"Kenya\","
                + "\"country\":\"KE\"}],\"countries\":[\"KE\"],\"focus\":\"KE\"}\n"
                + "{\"id\":\"g\",\"toponyms\":[{\"start\":12,\"end\":17,\"text\":\"Kenia\",\"country\":\"KE\"},"
                + "{\"start\":0,\"end\":8,\"text\":\"Minister\",\"country\":\"KE\"}],"
                + "\"countries\":[\"KE\"],\"focus\":\"KE\"}\n", StandardCharsets.UTF_8);
        RegionEvaluator.Report r = new RegionEvaluator(EnrichmentCore.load())
                .report(dir.resolve("a.jsonl"), dir.resolve("g.jsonl"), new BatchListener() {});
        assertThat(r.byLanguage()).containsOnlyKeys("de", "en");
        assertThat(r.byLanguage().get("en").recall()).isEqualTo(1.0);
        assertThat(r.byLanguage().get("de").recall()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(r.all().goldToponyms()).isEqualTo(3);
        assertThat(r.byLanguage().get("de").formatLine("w de")).contains("w de", "recognition F1 0.667");
    }
}
