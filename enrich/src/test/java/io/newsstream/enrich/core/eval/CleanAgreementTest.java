package io.newsstream.enrich.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.EnrichmentCore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanAgreementTest {
    @TempDir
    Path dir;

    @Test
    void countsPortalCopiesThatCleanToTheirOriginalsBody() throws Exception {
        String story = "The harbour authority said on Tuesday that grain exports rose for a third month as new "
                + "berths opened.\\n\\nUnions warned of delays at the container terminal next week.";
        String portal = "Business\\n\\nThis article was added by the user . Example Portal is not responsible for the "
                + "content of the platform.\\n\\n" + story + "\\n\\n(Reporting by Jane Roe; Editing by Bo Sample)";
        String unlike = "Business\\n\\n" + story + "\\n\\nA closing paragraph this portal wrote itself, unlike the original.";
        Path articles = dir.resolve("a.jsonl");
        Files.write(articles, List.of(
                "{\"id\":\"a\",\"url\":\"https://x.example/a\",\"body\":\"" + story + "\"}",
                "{\"id\":\"b\",\"url\":\"https://portal.example/b\",\"body\":\"" + portal + "\"}",
                "{\"id\":\"c\",\"url\":\"https://other.example/c\",\"body\":\"" + unlike + "\"}"));
        Path gold = dir.resolve("g.jsonl");
        Files.write(gold, List.of(
                "{\"id\":\"a\",\"cluster\":\"a\",\"kind\":\"original\"}",
                "{\"id\":\"b\",\"cluster\":\"a\",\"kind\":\"portal\"}",
                "{\"id\":\"c\",\"cluster\":\"a\",\"kind\":\"portal\"}"));

        CleanAgreement.Scores s = new CleanAgreement(EnrichmentCore.load()).evaluate(articles, gold);

        assertThat(s.portalCopies()).isEqualTo(2);
        assertThat(s.identicalByRules()).isEqualTo(1);
        assertThat(s.identicalWithLearning()).isEqualTo(1);
        assertThat(s.originals()).isEqualTo(1);
        assertThat(s.originalsWithRemovedLines()).isZero();
        assertThat(s.format("t")).contains("rules 1 of 2 (50.0 %)");
    }
}
