package io.newsstream.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The samples of one scrape in the Prometheus text or OpenMetrics format: sample name and labels. */
final class PrometheusScrape {
    /** One exposed series. */
    record Series(String name, Map<String, String> labels) {}

    private final List<Series> series = new ArrayList<>();

    static PrometheusScrape parse(String text) {
        PrometheusScrape scrape = new PrometheusScrape();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            scrape.series.add(parseLine(line));
        }
        return scrape;
    }

    List<Series> series() {
        return series;
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>();
        series.forEach(s -> names.add(s.name()));
        return names;
    }

    boolean matches(PromQlSelectors.Selector selector) {
        return series.stream().anyMatch(s -> selector.matches(s.name(), s.labels()));
    }

    private static Series parseLine(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (brace < 0 || (space >= 0 && space < brace)) {
            return new Series(line.substring(0, space), Map.of());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int i = brace + 1;
        while (line.charAt(i) != '}') {
            int eq = line.indexOf('=', i);
            String label = line.substring(i, eq).trim();
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            labels.put(label, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return new Series(line.substring(0, brace), labels);
    }
}
