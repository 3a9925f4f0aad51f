package io.newsstream.enrich.core.geo;

import io.newsstream.schemas.avro.Mention;
import io.newsstream.schemas.avro.Region;
import java.util.List;

/** What the {@link RegionTagger} found: mentions in the body, one region per country (best first), the focus. */
public record RegionResult(List<Mention> mentions, List<Region> regions, String focusCountry) {
    public RegionResult {
        mentions = List.copyOf(mentions);
        regions = List.copyOf(regions);
    }
}
