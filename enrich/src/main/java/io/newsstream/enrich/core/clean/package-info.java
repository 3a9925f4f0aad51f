/**
 * From a page to an article's text: HTML extraction (main content, metadata, bylines, depth cap), text cleaning
 * (portal boilerplate, section labels, publication lines) and learned per-source boilerplate. Imports {@code text},
 * {@code limits} and {@code dedup} (line fingerprints).
 */
package io.newsstream.enrich.core.clean;
