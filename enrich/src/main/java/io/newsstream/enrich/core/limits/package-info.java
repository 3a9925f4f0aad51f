/** The per-article work caps (HTML depth and size, body size, mentions, regions) and the exception for an article over one. Imports nothing of the project. */
package io.newsstream.enrich.core.limits;
