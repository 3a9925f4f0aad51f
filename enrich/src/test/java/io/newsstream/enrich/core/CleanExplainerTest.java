package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CleanExplainerTest {
    private static final String FOOTER = "Brought to you by the Merrivale Courier newsroom.";

    private static RawArticle article(int i) {
        return RawArticle.newBuilder().setUrl("https://courier.example/" + i).setTitle("Festival " + i)
                .setBody("Business\n\nBy Jane Roe\n\nThe festival number " + i + " opened in the valley on Saturday.\n\n"
                        + "Stall " + i + " sold out by noon.\n\n" + FOOTER + "\n\nTags: Festivals, Valley")
                .build();
    }

    @Test
    void listsEveryRemovedLineWithItsRuleAndReason() {
        CleanExplainer explainer = new CleanExplainer(Fixtures.CORE);
        String report = explainer.explain(article(1));
        assertThat(report).contains("section          Business", "author           Jane Roe",
                        "metadata.tags    Festivals, Valley", "3 line(s) removed by the rules")
                .contains("#0   SECTION_LABEL", "#1   AUTHOR_LINE", "#5   TAGS", "moved to section", "\"By Jane Roe\"")
                .contains("0 line(s) removed as learned boilerplate");
    }

    @Test
    void learnedBoilerplateIsExplainedWithItsEvidence() throws Exception {
        CleanExplainer explainer = new CleanExplainer(Fixtures.CORE);
        StringBuilder history = new StringBuilder();
        for (int i = 2; i < 12; i++) {
            history.append(ArticleJson.write(article(i))).append('\n');
        }
        AtomicInteger steps = new AtomicInteger();
        assertThat(explainer.learnFrom(new BufferedReader(new StringReader(history.toString())), steps::incrementAndGet))
                .isEqualTo(10);
        assertThat(steps).hasValue(10);
        String report = explainer.explain(article(1));
        assertThat(report).contains("1 line(s) removed as learned boilerplate", "LEARNED",
                "in 11 of 11 articles of courier.example", "\"" + FOOTER + "\"");
        assertThat(report.substring(report.indexOf("body ("))).doesNotContain(FOOTER).contains("Stall 1 sold out");
    }
}
