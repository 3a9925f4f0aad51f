package io.newsstream.enrich.core.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.text.Tokens;
import org.junit.jupiter.api.Test;

class TopicTokensTest {
    private static final String TEXT = "The CAFÉ in Zürich re-opened 2024: naïve Ärzte, 3rd-place ΚΑΛΗ news… Co-op's x";

    @Test
    void sameTokensAndFoldedKeysAsTokens() {
        Tokens expected = Tokens.of(TEXT);
        TopicTokens t = TopicTokens.of(TEXT);
        assertThat(t.size()).isEqualTo(expected.size());
        for (int i = 0; i < t.size(); i++) {
            String key = expected.key(i);
            assertThat(t.key(i)).isEqualTo(key);
            assertThat(t.hash(i)).isEqualTo(key.hashCode());
            assertThat(t.length(i)).isEqualTo(key.length());
            assertThat(t.isNumber(i)).isEqualTo(Character.isDigit(key.charAt(0)));
        }
    }

    @Test
    void termIndexFindsTokensAndPrefixes() {
        TermIndex index = new TermIndex(java.util.List.of("market", "cafe", "elect"));
        TopicTokens t = TopicTokens.of("MARKET Café elections marketing");
        assertThat(TopicTokens.of(null).size()).isZero();
        assertThat(index.find(t, 0)).isEqualTo(index.find("market")).isNotNegative();
        assertThat(index.find(t, 1)).isEqualTo(index.find("cafe")).isNotNegative();
        assertThat(index.find(t, 2)).isEqualTo(-1);
        assertThat(index.find(t, 2, 5, "elect".hashCode())).isEqualTo(index.find("elect"));
        assertThat(index.find(t, 3)).isEqualTo(-1);
        assertThat(index.find("none")).isEqualTo(-1);
    }

    @Test
    void tokenizerMarksTheSamePrefixesAsTheFilter() {
        PrefixFilter filter = new PrefixFilter(java.util.List.of("elect", "econom", "zur"), 3);
        TopicTokens t = TopicTokens.of("Elections ECONOMY Zürich zurich the", filter);
        assertThat(t.prefixMask(0, filter) & 1L << 5).isNotZero();
        assertThat(t.prefixMask(1, filter) & 1L << 6).isNotZero();
        assertThat(t.prefixMask(2, filter) & 1L << 3).isNotZero();
        TopicTokens plain = TopicTokens.of("Elections ECONOMY Zürich zurich the");
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.prefixMask(i, filter)).isEqualTo(plain.prefixMask(i, filter)).isEqualTo(filter.mask(t, i));
        }
    }
}
