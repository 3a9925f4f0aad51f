package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromQlSelectorsTest {
    private static List<String> names(String expr) {
        return PromQlSelectors.of(expr).stream().map(PromQlSelectors.Selector::metric).toList();
    }

    @Test
    void findsMetricsButNotFunctionsAggregationsGroupingLabelsOrRanges() {
        assertThat(names("sum by (topic, partition) (rate(foo_total{a=\"x\"}[$__rate_interval])) / clamp_min(sum(bar) without (le), 1e-9) > 0.2"))
                .containsExactly("foo_total", "bar");
        assertThat(names("max(x_max{node=~\".*-out\"}) by (node) / 1000 or vector(0)")).containsExactly("x_max");
        assertThat(names("histogram_quantile(0.99, sum by (le) (rate(lat_bucket[5m] offset 1h)))")).containsExactly("lat_bucket");
        assertThat(names("a and on (job) b unless ignoring (x) group_left (y) c")).containsExactly("a", "b", "c");
        assertThat(names("newsstream:sink_lag_records:sum > 10000")).containsExactly("newsstream:sink_lag_records:sum");
        assertThat(names("label_replace(up, \"dst\", \"$1\", \"src\", \"(.*)\")")).containsExactly("up");
    }

    @Test
    void readsMatchersAndMatchesSeriesByThem() {
        PromQlSelectors.Selector selector = PromQlSelectors.of("m{client_id=~\".*StreamThread.*\", topic!~\"(.*_)?articles_raw\", a=\"1\"}").get(0);
        assertThat(selector.matchers()).hasSize(3);
        assertThat(selector.matches("m", Map.of("client_id", "e-StreamThread-1-consumer", "topic", "x.articles.raw", "a", "1"))).isTrue();
        assertThat(selector.matches("m", Map.of("client_id", "e-StreamThread-1-consumer", "topic", "x_articles_raw", "a", "1"))).isFalse();
        assertThat(selector.matches("m", Map.of("client_id", "newsstream-sink", "topic", "x.articles.raw", "a", "1"))).isFalse();
        assertThat(selector.matches("other", Map.of("client_id", "e-StreamThread-1-consumer", "topic", "t", "a", "1"))).isFalse();
    }

    @Test
    void grafanaVariablesInMatcherValuesMatchAnything() {
        PromQlSelectors.Selector selector = PromQlSelectors.of("m{service=~\"$service\", instance=\"${instance}\"}").get(0);
        assertThat(selector.matches("m", Map.of())).isTrue();
    }

    @Test
    void refusesMatchersItCannotRead() {
        assertThatThrownBy(() -> PromQlSelectors.of("m{topic=unquoted}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scrapeParserReadsNamesAndEscapedLabelValues() {
        PrometheusScrape scrape = PrometheusScrape.parse("# HELP x\n# TYPE x gauge\nx{a=\"q\\\"uote\",b=\"2\"} 1.0\ny_total 3\n# EOF\n");
        assertThat(scrape.names()).containsExactly("x", "y_total");
        assertThat(scrape.series().get(0).labels()).containsEntry("a", "q\"uote").containsEntry("b", "2");
        assertThat(scrape.matches(PromQlSelectors.of("x{a=\"q\\\"uote\"}").get(0))).isTrue();
        assertThat(scrape.matches(PromQlSelectors.of("x{b=\"3\"}").get(0))).isFalse();
    }
}
