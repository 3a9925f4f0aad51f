package io.newsstream.enrich.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassHintsTest {
    @Test
    void flagsNameWhatTheClassAndIdSay() {
        assertThat(ClassHints.flags("sharedaddy sd-sharing-enabled")).isEqualTo(ClassHints.NEGATIVE_FLAG | ClassHints.STRONG_FLAG);
        assertThat(ClassHints.flags("entry-content")).isEqualTo(ClassHints.POSITIVE_FLAG);
        assertThat(ClassHints.flags("menu-item menu-item-1004")).isEqualTo(ClassHints.NEGATIVE_FLAG);
        assertThat(ClassHints.flags("b-ad-container")).isEqualTo(ClassHints.NEGATIVE_FLAG | ClassHints.STRONG_FLAG);
        assertThat(ClassHints.flags("header-title")).isZero();
        assertThat(ClassHints.flags("comments-area post")).isEqualTo(
                ClassHints.NEGATIVE_FLAG | ClassHints.STRONG_FLAG | ClassHints.POSITIVE_FLAG);
        assertThat(ClassHints.negative("loadmore")).isFalse();
        assertThat(ClassHints.negative("top nav")).isTrue();
    }
}
