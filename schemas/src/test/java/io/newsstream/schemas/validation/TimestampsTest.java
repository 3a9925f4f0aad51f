package io.newsstream.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void utcInstantFormIsKeptAsItIsAndAgreesWithTheParser() {
        for (String t : new String[] {"2025-01-01T00:05:00Z", "2024-02-29T23:59:59Z", "1999-12-31T12:00:00Z"}) {
            assertThat(Timestamps.isUtcInstantForm(t)).as(t).isTrue();
            assertThat(Timestamps.normalize(t)).isEqualTo(Instant.parse(t).toString()).isEqualTo(t);
        }
    }

    @Test
    void anythingElseGoesThroughTheParser() {
        for (String t : new String[] {"2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-01-01T24:00:00Z",
                "2025-01-01T00:60:00Z", "2025-01-01T00:00:60Z", "2025-01-01T00:00:00+00:00", "2025-01-01 00:00:00Z",
                "2025-1-01T00:00:00Zx", "２０２５-01-01T00:00:00Z"}) {
            assertThat(Timestamps.isUtcInstantForm(t)).as(t).isFalse();
        }
        assertThat(Timestamps.normalize("2025-02-29T00:00:00Z")).isNull();
        assertThat(Timestamps.normalize("2025-01-01T00:00:00+00:00")).isEqualTo("2025-01-01T00:00:00Z");
    }
}
