package io.newsstream.ingest;

import io.newsstream.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns WARC records (read with jwarc) into raw articles: a {@code response} record of an HTTP 200
 * with an HTML payload becomes a {@link RawArticle} with the target URI as {@code url}, the decoded
 * page as {@code html} (transfer and content encodings undone; charset from the Content-Type, else
 * from a byte-order mark or a {@code <meta charset>} near the top, else UTF-8) and the capture's
 * WARC-Date and WARC-Record-ID in {@code metadata}. Every other record is skipped, with why.
 */
final class WarcPages {
    /** Pages are read up to this many bytes (validation then refuses pages over its character limit). */
    static final int MAX_PAGE_BYTES = 8 << 20;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");
    private static final int SNIFF_BYTES = 2048;

    /** A page, or the reason a record is not one. */
    record Page(RawArticle article, String skipped) {
        static Page skip(String why) {
            return new Page(null, why);
        }
    }

    private WarcPages() {}

    static Page of(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return Page.skip(record.type() + " record");
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return Page.skip("response is not HTTP (" + response.contentType() + ")");
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return Page.skip("HTTP status " + http.status());
        }
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return Page.skip("not HTML (" + base + ")");
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(MAX_PAGE_BYTES);
        }
        String html = new String(bytes, charset(type.parameters(), bytes));
        RawArticle article = RawArticle.newBuilder().setId(null).setUrl(response.target()).setSource(null)
                .setTitle(null).setBody(null).setHtml(html).setAuthor(null).setLanguage(null).setPublishedAt(null)
                .setSection(null)
                .setMetadata(Map.of("warc.date", response.date().toString(), "warc.record.id", response.id().toString()))
                .build();
        return new Page(article, null);
    }

    static Charset charset(Map<String, String> contentTypeParameters, byte[] bytes) {
        String declared = contentTypeParameters.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("charset")).map(Map.Entry::getValue).findFirst().orElse(null);
        return named(declared).or(() -> fromByteOrderMark(bytes)).or(() -> fromMeta(bytes)).orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> fromMeta(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1));
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
