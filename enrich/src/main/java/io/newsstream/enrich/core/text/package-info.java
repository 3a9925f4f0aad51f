/** Text primitives every concern shares: normal forms, comparison forms, tokens and token shapes. Imports nothing of the project. */
package io.newsstream.enrich.core.text;
