/** Language identification of a cleaned article. Imports nothing of the project. */
package io.newsstream.enrich.core.lang;
