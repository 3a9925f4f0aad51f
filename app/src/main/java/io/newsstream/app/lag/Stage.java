package io.newsstream.app.lag;

/** A pipeline stage as the lag monitor sees it: its name in reports and metrics, and its consumer group. */
public record Stage(String name, String groupId) {}
