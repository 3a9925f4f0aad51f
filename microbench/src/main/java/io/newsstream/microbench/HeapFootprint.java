package io.newsstream.microbench;

import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.core.geo.Gazetteer;
import io.newsstream.enrich.core.geo.PlaceGazetteer;
import io.newsstream.enrich.core.geo.RegionTagger;


/**
 * Heap retained by the geoparser's data (country and place gazetteers, given names, tagger) and by the
 * whole enrichment core, measured as used heap after repeated full GCs before and after loading.
 * Run: {@code java -cp bench/target/benchmarks.jar io.newsstream.microbench.HeapFootprint}.
 */
public final class HeapFootprint {
    private HeapFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        long start = used();
        RegionTagger regions = new RegionTagger(Gazetteer.loadDefault(), PlaceGazetteer.loadDefault());
        regions.tag("Mary Smith", "Ministers from Kenya met in Nairobi.");
        long afterRegions = used();
        EnrichmentCore core = EnrichmentCore.load();
        long afterCore = used();
        System.out.printf("geoparser data retained: %.1f MB%n", (afterRegions - start) / 1e6);
        System.out.printf("whole enrichment core (own gazetteers, topic model, lexicons): %.1f MB%n",
                (afterCore - afterRegions) / 1e6);
        System.out.println(regions != null && core != null ? "(both still reachable when measured)" : "");
    }

    private static long used() throws InterruptedException {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return r.totalMemory() - r.freeMemory();
    }
}
