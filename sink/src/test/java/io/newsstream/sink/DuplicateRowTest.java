package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DuplicateRowTest {

    @Test
    void mapsEventAndNormalisesSeenAtToUtc() {
        DuplicateRow row = DuplicateRow.from(SinkFixtures.duplicate(3, 1));

        assertThat(row.id()).isEqualTo("d00003");
        assertThat(row.duplicateOf()).isEqualTo("a00001");
        assertThat(row.reason()).isEqualTo("NEAR");
        assertThat(row.similarity()).isEqualTo(0.93);
        assertThat(row.seenAt()).isEqualTo(OffsetDateTime.parse("2031-04-02T07:00:00Z"));
    }

    @Test
    void parametersFollowTheUpsertPlaceholders() {
        DuplicateRow row = DuplicateRow.from(SinkFixtures.duplicate(2, 1));
        Object[] parameters = row.parameters(new RecordPosition("dups", 0, 5L, 0L));

        assertThat(parameters).hasSize((int) DuplicateRow.UPSERT.chars().filter(c -> c == '?').count());
        assertThat(parameters).containsExactly("d00002", row.url(), "a00001", "CONTENT", 1.0, row.seenAt(), "dups", 0, 5L);
    }
}
