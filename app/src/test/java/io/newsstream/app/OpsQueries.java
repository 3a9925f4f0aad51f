package io.newsstream.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PromQL expressions ops depends on: every {@code expr} of the Grafana dashboards under
 * {@code ops/grafana/dashboards} (panel targets, query variables) and of the Prometheus rules in
 * {@code ops/prometheus/alerts.yml}, each with where it comes from. Recording-rule names are kept
 * apart so that checks can resolve them to the rule's own expression.
 */
final class OpsQueries {
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*\\w+\\s*\\)\\s*$", Pattern.DOTALL);
    private static final Pattern QUERY_RESULT = Pattern.compile("^\\s*query_result\\((.*)\\)\\s*$", Pattern.DOTALL);

    /** One expression and where it was found (file and panel or rule). */
    record Query(String origin, String expr) {}

    private final List<Query> queries = new ArrayList<>();
    private final Map<String, String> recordingRules = new LinkedHashMap<>();

    static OpsQueries load(Path opsDir) throws IOException {
        OpsQueries out = new OpsQueries();
        try (Stream<Path> files = Files.list(opsDir.resolve("grafana/dashboards"))) {
            for (Path dashboard : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.addDashboard(dashboard, new ObjectMapper().readTree(dashboard.toFile()));
            }
        }
        Path alerts = opsDir.resolve("prometheus/alerts.yml");
        for (JsonNode group : new YAMLMapper().readTree(alerts.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String expr = rule.path("expr").asText();
                if (rule.has("record")) {
                    out.recordingRules.put(rule.get("record").asText(), expr);
                }
                String name = rule.has("record") ? rule.get("record").asText() : rule.path("alert").asText();
                out.queries.add(new Query(alerts.getFileName() + " " + name, expr));
            }
        }
        return out;
    }

    List<Query> queries() {
        return queries;
    }

    Map<String, String> recordingRules() {
        return recordingRules;
    }

    private void addDashboard(Path file, JsonNode dashboard) {
        collectPanelTargets(file.getFileName().toString(), dashboard.path("panels"));
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (!"query".equals(variable.path("type").asText())) {
                continue;
            }
            JsonNode query = variable.path("query");
            String text = query.isObject() ? query.path("query").asText() : query.asText();
            Matcher values = LABEL_VALUES.matcher(text);
            Matcher result = QUERY_RESULT.matcher(text);
            String expr = values.matches() ? values.group(1) : result.matches() ? result.group(1) : text;
            queries.add(new Query(file.getFileName() + " variable " + variable.path("name").asText(), expr));
        }
    }

    private void collectPanelTargets(String file, JsonNode panels) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr")) {
                    queries.add(new Query(file + " panel \"" + panel.path("title").asText() + "\"", target.get("expr").asText()));
                }
            }
            collectPanelTargets(file, panel.path("panels"));
        }
    }
}
