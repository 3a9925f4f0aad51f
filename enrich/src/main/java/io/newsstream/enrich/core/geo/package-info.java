/**
 * The geoparser: gazetteers, place matching with name context (persons, demonyms, streets), county and qualifier
 * rules, the resolver (prominence, article context, spatial support, one sense per name) and the roll-up to
 * mentions, regions and a focus country. Imports {@code text} only.
 */
package io.newsstream.enrich.core.geo;
