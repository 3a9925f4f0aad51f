/**
 * The read API over the sink's PostgreSQL tables: {@code GET /v1/articles} (filters, full-text search, newest
 * first, keyset paging) and {@code GET /v1/articles/{id}} (the article and its sightings). Every query is
 * parameterised; every limit is enforced before SQL runs.
 */
package io.newsstream.sink.read;
