package io.newsstream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The raw topic reads Avro single-object records and RawArticle JSON, detected per record. */
class RawArticleSerdeTest {
    private final RawArticleSerde serde = new RawArticleSerde();

    private RawArticle read(String text) {
        return serde.deserializer().deserialize("articles.raw", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void avroRecordsStillReadAsTheyAreWritten() {
        RawArticle article = RawArticle.newBuilder().setUrl("https://a.example/1").setBody("Body.").build();
        byte[] bytes = serde.serializer().serialize("articles.raw", article);
        assertThat(RawArticleSerde.encodingOf(bytes)).isEqualTo(RawArticleSerde.Encoding.AVRO_SINGLE_OBJECT);
        assertThat(serde.deserializer().deserialize("articles.raw", bytes)).isEqualTo(article);
    }

    @Test
    void jsonAsTheHttpApiTakesItIsAnArticle() {
        RawArticle article = read("  {\"url\":\"https://a.example/2\",\"title\":\"Tide\",\"body\":\"Ferries resume in Greece.\"}\n");
        assertThat(article.getUrl()).isEqualTo("https://a.example/2");
        assertThat(article.getTitle()).isEqualTo("Tide");
    }

    @Test
    void badJsonSaysWhatIsWrong() {
        assertThatThrownBy(() -> read("{\"url\":\"https://a.example/3\",\"colour\":\"red\"}"))
                .isInstanceOf(SerializationException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> read("{\"url\":\"https://a.example/3\",\"title\":12}"))
                .isInstanceOf(SerializationException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}'}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void otherBytesAreNamed() {
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("begins 5B 31 2C 32");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {0, 0, 0, 0, 7, 2}))
                .hasMessageContaining("Confluent wire-format");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[0])).hasMessageContaining("empty value");
    }
}
