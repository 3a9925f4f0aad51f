package io.newsstream.enrich.core.geo;

/** The shipped place gazetteer, loaded once for all tests of the module. */
final class Places {
    static final PlaceGazetteer GAZETTEER = PlaceGazetteer.loadDefault();

    private Places() {}
}
