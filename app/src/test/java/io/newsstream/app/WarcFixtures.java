package io.newsstream.app;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARC files for tests with jwarc: an article as a simple HTML page in one HTTP 200 response record. */
final class WarcFixtures {
    private WarcFixtures() {}

    static void writePage(Path file, String url, String title, String body) throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(title)).append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(Entities.escape(title)).append("</h1>");
        for (String paragraph : body.split("\n+")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Entities.escape(paragraph)).append("</p>");
            }
        }
        html.append("</article><footer>About us</footer></body></html>");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.toString().getBytes(StandardCharsets.UTF_8)).build();
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder(URI.create(url)).body(http).build());
        }
    }
}
