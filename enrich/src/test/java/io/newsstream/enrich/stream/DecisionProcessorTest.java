package io.newsstream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.DuplicateReason;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fan-in: all verdicts in any order give one decision; a lost verdict does not hold an article for good. */
class DecisionProcessorTest {
    private MockProcessorContext<String, Object> context;
    private DecisionProcessor processor;

    @BeforeEach
    void start() {
        context = new MockProcessorContext<>();
        for (String name : List.of("a", "v")) {
            KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                    Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        processor = new DecisionProcessor("a", "v", 3);
        processor.init(context);
    }

    private void article(String token, long time) {
        processor.process(new Record<>(token, DedupMessages.encode(new DedupMessages.Article(token, "id-" + token,
                "https://x.example/" + token, new byte[] {7, 7})), time));
    }

    private void verdict(String token, int shard, String original, DuplicateReason reason, double similarity) {
        processor.process(new Record<>(token, DedupMessages.encode(new DedupMessages.Verdict(token, shard, original, reason,
                similarity)), 0L));
    }

    @Test
    void theBestOriginalWinsWhateverTheOrderOfVerdicts() {
        verdict("t", 2, "near-b", DuplicateReason.NEAR, 0.9);
        article("t", 1_000);
        verdict("t", 0, "near-a", DuplicateReason.NEAR, 0.9);
        assertThat(context.forwarded()).isEmpty();
        verdict("t", 1, null, null, 0);
        DuplicateEvent event = (DuplicateEvent) context.forwarded().get(0).record().value();
        assertThat(context.forwarded().get(0).record().key()).isEqualTo("id-t");
        assertThat(event.getDuplicateOf()).as("equal similarity: the smaller id").isEqualTo("near-a");
        assertThat(event.getSeenAt()).isEqualTo("1970-01-01T00:00:01Z");
    }

    @Test
    void anArticleWithoutFindingsIsForwardedAsItsBytes() {
        article("u", 5);
        verdict("u", 0, null, null, 0);
        verdict("u", 1, "c", DuplicateReason.CONTENT, 1.0);
        verdict("u", 2, "n", DuplicateReason.NEAR, 1.0);
        assertThat(((DuplicateEvent) context.forwarded().get(0).record().value()).getReason()).isEqualTo(DuplicateReason.CONTENT);
        context.resetForwards();
        article("w", 6);
        verdict("w", 0, null, null, 0);
        verdict("w", 1, null, null, 0);
        verdict("w", 2, null, null, 0);
        assertThat((byte[]) context.forwarded().get(0).record().value()).containsExactly(7, 7);
    }

    @Test
    void anArticleMissingAVerdictIsDecidedAfterTheTimeoutOfStreamTime() {
        article("lost", 1_000);
        verdict("lost", 0, null, null, 0);
        verdict("lost", 1, null, null, 0);
        var punctuator = context.scheduledPunctuators().get(0).getPunctuator();
        punctuator.punctuate(1_000 + DecisionProcessor.TIMEOUT.toMillis());
        assertThat(context.forwarded()).isEmpty();
        punctuator.punctuate(1_001 + DecisionProcessor.TIMEOUT.toMillis());
        assertThat(context.forwarded()).singleElement().satisfies(f -> assertThat(f.record().key()).isEqualTo("id-lost"));
        verdict("lost", 2, null, null, 0);
        assertThat(context.forwarded()).as("a late verdict decides nothing again").hasSize(1);
    }
}
