package io.newsstream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class AvroSingleObjectSerdeTest {
    private final AvroSingleObjectSerde<RawArticle> serde = AvroSingleObjectSerde.forSchema(RawArticle.getClassSchema());

    private static RawArticle withBody(String body) {
        return RawArticle.newBuilder().setUrl("https://x.example/a").setBody(body).build();
    }

    @Test
    void encodesTheSameBytesAsAvrosOwnSingleObjectEncoding() throws Exception {
        RawArticle article = withBody("Some text about Paris.");
        ByteBuffer avro = article.toByteBuffer();
        byte[] expected = new byte[avro.remaining()];
        avro.get(expected);

        assertThat(serde.encode(article)).isEqualTo(expected);
    }

    @Test
    void recordsAfterAHugeOneEncodeAndDecodeOnTheSameThread() {
        RawArticle huge = withBody("x".repeat(AvroSingleObjectSerde.RETAINED_BUFFER_BYTES * 2));
        RawArticle small = withBody("short");

        assertThat(serde.decode(serde.encode(huge))).isEqualTo(huge);
        byte[] smallBytes = serde.encode(small);
        assertThat(smallBytes.length).isLessThan(100);
        assertThat(serde.decode(smallBytes)).isEqualTo(small);
    }
}
