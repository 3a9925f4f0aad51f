package io.newsstream.app;

import io.newsstream.ingest.HttpIngestServer;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.SinkDatabase;
import io.newsstream.sink.read.ArticleReader;
import io.newsstream.sink.read.ReadApi;

/** Adds the read API (its own small connection pool on the sink's database) to an ingest server. */
final class ReadRoutes {
    private ReadRoutes() {}

    static void add(HttpIngestServer server, Lifecycle life, SinkConfig sink) {
        ReadApi api = new ReadApi(new ArticleReader(life.add(SinkDatabase.dataSource(sink))));
        server.withRoutes(api::register, ReadApi.OPENAPI_RESOURCE);
    }
}
