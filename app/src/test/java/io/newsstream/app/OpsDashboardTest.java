package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboards under {@code ops/grafana/dashboards} are well formed for provisioning:
 * unique panel ids, every query panel on the {@code datasource} variable, every target with a
 * refId and an expression that names at least one series, recording rules that alerts.yml defines.
 * {@link OpsMetricsCoverageIT} checks that those series really exist.
 */
class OpsDashboardTest {
    @Test
    void dashboardsUseTheDatasourceVariableAndReadableQueries() throws Exception {
        List<Path> dashboards;
        try (Stream<Path> files = Files.list(OpsMetricsCoverageIT.opsDir().resolve("grafana/dashboards"))) {
            dashboards = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(dashboards).isNotEmpty();
        for (Path file : dashboards) {
            JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
            assertThat(dashboard.path("uid").asText()).as("%s uid", file).isNotBlank();
            assertThat(dashboard.path("schemaVersion").asInt()).as("%s schemaVersion", file).isBetween(36, 41);
            assertThat(dashboard.path("templating").path("list").findValuesAsText("name")).as("%s variables", file).contains("datasource");
            Set<Integer> ids = new HashSet<>();
            int queries = 0;
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(ids.add(panel.path("id").asInt())).as("%s: panel id %s unique", file, panel.path("id")).isTrue();
                JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("%s: \"%s\" fits 24 columns", file, panel.path("title")).isBetween(1, 24);
                if ("row".equals(panel.path("type").asText())) {
                    continue;
                }
                assertThat(panel.path("datasource").path("uid").asText()).as("%s: \"%s\" datasource", file, panel.path("title")).isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as("%s: \"%s\" targets", file, panel.path("title")).isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("refId").asText()).isNotBlank();
                    assertThat(PromQlSelectors.of(target.path("expr").asText())).as("%s: \"%s\" selectors", file, panel.path("title")).isNotEmpty();
                    queries++;
                }
            }
            assertThat(queries).as("%s queries", file).isGreaterThan(20);
        }
    }

    @Test
    void everyOpsQueryNamesOnlyExportedOrRecordedSeries() throws Exception {
        assertThat(OpsMetricsCoverageIT.selectorsOfOps(OpsMetricsCoverageIT.opsDir()))
                .extracting(use -> use.selector().metric())
                .contains("kafka_consumer_fetch_manager_records_lag", "newsstream_sink_lag_seconds", "newsstream_sink_lag_records",
                        "kafka_stream_processor_node_record_e2e_latency_max", "newsstream_ingest_articles_accepted_total")
                .allSatisfy(name -> assertThat(name).doesNotContain(":"));
    }
}
