/**
 * IPTC Media Topics: features and tokens, the lexicon prior, the linear model and its codec, the trainer, the tagger
 * (level-1 and narrower topics), labelled training data and evaluation. Imports {@code text} and {@code clean}
 * (training text is cleaned as articles are).
 */
package io.newsstream.enrich.core.topics;
