package io.newsstream.enrich.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of a regions gold file: the toponyms (offsets into the input body, country or null),
 * the gold country set and the focus country (null when no toponym has a country).
 */
public record GoldDocument(String id, List<Toponym> toponyms, Set<String> countries, String focus) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold toponym: [start, end) in the input body, its text and country (null for continents and blocs). */
    public record Toponym(int start, int end, String text, String country) {}

    public static GoldDocument parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            List<Toponym> toponyms = new ArrayList<>();
            for (JsonNode t : n.path("toponyms")) {
                toponyms.add(new Toponym(t.path("start").asInt(), t.path("end").asInt(), t.path("text").asText(),
                        text(t.get("country"))));
            }
            Set<String> countries = new TreeSet<>();
            for (JsonNode c : n.path("countries")) {
                countries.add(c.asText());
            }
            return new GoldDocument(n.path("id").asText(), List.copyOf(toponyms), Set.copyOf(countries),
                    text(n.get("focus")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
