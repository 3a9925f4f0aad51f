package io.newsstream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.dedup.MinHashSketch;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index shard's buckets, content entries and sketches, over in-memory stores. */
class ShardIndexTest {
    private static final long HOUR = 3_600_000L;
    private ShardIndex index;

    private static <K> KeyValueStore<K, byte[]> store(String name, Serde<K> keys) {
        KeyValueStore<K, byte[]> s = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, Serdes.ByteArray())
                .withLoggingDisabled().build();
        s.init(new MockProcessorContext<>().getStateStoreContext(), s);
        return s;
    }

    @BeforeEach
    void stores() {
        index = new ShardIndex(store("c", Serdes.String()), store("b", Serdes.Long()), store("s", Serdes.String()), 24 * HOUR);
    }

    @Test
    void bucketsListTheNewestFirstWithinTheHorizonAndKeepAtMostTheCap() {
        for (int i = 0; i < ShardIndex.BUCKET_CAP + 10; i++) {
            index.at(i * HOUR / 10, "a" + i, "content:x" + i).bucket(7L, 64);
            index.addToBucket(7L, "a" + i);
        }
        index.at(80 * HOUR / 10, "probe", "content:p");
        var ids = index.bucket(7L, 1000);
        assertThat(ids).hasSize(ShardIndex.BUCKET_CAP);
        assertThat(ids.get(0)).isEqualTo("a73");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("a10");
        index.at(58 * HOUR / 10 + 24 * HOUR, "late", "content:l");
        assertThat(index.bucket(7L, 1000)).as("only entries within 24 h of the probe").containsExactly("a73", "a72",
                "a71", "a70", "a69", "a68", "a67", "a66", "a65", "a64", "a63", "a62", "a61", "a60", "a59", "a58");
        assertThat(index.bucket(7L, 3)).hasSize(3);
    }

    @Test
    void contentKeepsTheFirstFiledAndSketchesRememberTheirContent() {
        MinHashSketch sketch = MinHashSketch.of("one two three four five six seven eight nine ten eleven twelve");
        index.at(1000, "first", "content:k");
        assertThat(index.contentOriginal("content:k")).isNull();
        index.fileContent("content:k");
        index.putSketch("first", sketch);
        index.at(2000, "second", "content:k");
        assertThat(index.contentOriginal("content:k")).isEqualTo("first");
        assertThat(index.sketch("first")).isEqualTo(sketch);
        assertThat(index.sameContent("first")).isTrue();
        index.at(3000, "third", "content:other");
        index.sketch("first");
        assertThat(index.sameContent("first")).isFalse();
        index.at(1000, "first", "content:k");
        assertThat(index.contentOriginal("content:k")).as("an article is no copy of itself").isNull();
    }

    @Test
    void expiryDropsWhatTheHorizonPassed() {
        index.at(0, "old", "content:o").bucket(1L, 64);
        index.addToBucket(1L, "old");
        index.fileContent("content:o");
        index.putSketch("old", MinHashSketch.of("a b c d e f g h i j k l m n o p"));
        index.at(30 * HOUR, "new", "content:n").bucket(1L, 64);
        index.addToBucket(1L, "new");
        assertThat(index.expire(30 * HOUR)).isEqualTo(2);
        index.at(30 * HOUR, "probe", "content:p");
        assertThat(index.bucket(1L, 64)).containsExactly("new");
        assertThat(index.sketch("old")).isNull();
    }
}
