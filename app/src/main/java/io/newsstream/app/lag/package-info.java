/**
 * Lag of each pipeline stage seen from outside it: one process with the Admin API and a plain consumer reads
 * every stage's committed offsets, the topics' end offsets and the timestamp of the oldest record a stage has
 * not consumed, so the figures exist (and keep growing) while the stage itself is down. {@link
 * io.newsstream.app.lag.LagProbe} measures, {@link io.newsstream.app.lag.StageHealth} judges a stage over a
 * window of measurements (Burrow's OK / WARN / STALL / STOP), {@link io.newsstream.app.lag.LagExporter} serves
 * it to Prometheus.
 */
package io.newsstream.app.lag;
