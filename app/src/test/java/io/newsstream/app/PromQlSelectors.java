package io.newsstream.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vector selectors (metric name and label matchers) of a PromQL expression, found by a small
 * tokenizer: enough for the dashboards' and alert rules' queries, not a full PromQL parser.
 * Function names, aggregation operators (also before {@code by (...)}), keywords, grouping label lists, ranges, strings and numbers are
 * skipped; Grafana variables ({@code $topic}, {@code ${job}}, {@code $__rate_interval}) may appear
 * in ranges and matcher values.
 */
final class PromQlSelectors {
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan", "atan2",
            "sum", "avg", "min", "max", "count", "group", "stddev", "stdvar", "topk", "bottomk", "quantile",
            "count_values", "limitk", "limit_ratio");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern NUMBER = Pattern.compile("(0x[0-9a-fA-F]+|\\d*\\.?\\d+([eE][+-]?\\d+)?)[a-zA-Z]*");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\{[^}]*}|\\w+)");
    private static final Pattern MATCHER = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')\\s*,?");

    /** One label matcher; a value holding a Grafana variable matches anything. */
    record LabelMatcher(String label, String op, String value) {
        boolean matches(Map<String, String> labels) {
            if (VARIABLE.matcher(value).find()) {
                return true;
            }
            String actual = labels.getOrDefault(label, "");
            return switch (op) {
                case "=" -> actual.equals(value);
                case "!=" -> !actual.equals(value);
                case "=~" -> actual.matches(value);
                case "!~" -> !actual.matches(value);
                default -> throw new IllegalArgumentException("matcher operator " + op);
            };
        }

        @Override
        public String toString() {
            return label + op + '"' + value + '"';
        }
    }

    /** A metric name with its matchers, as written in the query. */
    record Selector(String metric, List<LabelMatcher> matchers) {
        boolean matches(String name, Map<String, String> labels) {
            return metric.equals(name) && matchers.stream().allMatch(m -> m.matches(labels));
        }

        @Override
        public String toString() {
            return matchers.isEmpty() ? metric : metric + matchers.toString().replace('[', '{').replace(']', '}');
        }
    }

    private PromQlSelectors() {}

    static List<Selector> of(String expr) {
        List<Selector> selectors = new ArrayList<>();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(expr, i);
            } else if (c == '[') {
                i = expr.indexOf(']', i) + 1;
            } else if (c == '$') {
                Matcher v = VARIABLE.matcher(expr).region(i, n);
                i = v.lookingAt() ? v.end() : i + 1;
            } else if (c == '#') {
                int eol = expr.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(expr.charAt(i + 1)))) {
                Matcher num = NUMBER.matcher(expr).region(i, n);
                i = num.lookingAt() ? num.end() : i + 1;
            } else if (IDENTIFIER.matcher(String.valueOf(c)).matches()) {
                Matcher id = IDENTIFIER.matcher(expr).region(i, n);
                id.lookingAt();
                String word = id.group();
                i = id.end();
                int next = skipSpace(expr, i);
                if (LABEL_LISTS.contains(word) && next < n && expr.charAt(next) == '(') {
                    i = expr.indexOf(')', next) + 1;
                } else if (KEYWORDS.contains(word.toLowerCase()) || (next < n && expr.charAt(next) == '(')) {
                    continue;
                } else if (next < n && expr.charAt(next) == '{') {
                    int close = closingBrace(expr, next);
                    selectors.add(new Selector(word, matchers(expr.substring(next + 1, close))));
                    i = close + 1;
                } else {
                    selectors.add(new Selector(word, List.of()));
                }
            } else {
                i++;
            }
        }
        return selectors;
    }

    private static List<LabelMatcher> matchers(String body) {
        List<LabelMatcher> out = new ArrayList<>();
        Matcher m = MATCHER.matcher(body);
        int at = 0;
        while (at < body.length() && !body.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read label matchers {" + body + "}");
            }
            String quoted = m.group(3);
            out.add(new LabelMatcher(m.group(1), m.group(2), unescape(quoted.substring(1, quoted.length() - 1))));
            at = m.end();
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    private static int skipQuoted(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        return i + 1;
    }

    private static int closingBrace(String s, int open) {
        int i = open + 1;
        while (s.charAt(i) != '}') {
            i = s.charAt(i) == '"' || s.charAt(i) == '\'' ? skipQuoted(s, i) : i + 1;
        }
        return i;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
