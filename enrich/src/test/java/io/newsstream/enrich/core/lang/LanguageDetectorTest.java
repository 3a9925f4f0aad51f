package io.newsstream.enrich.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.ArticlePreparer;
import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.dedup.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short news-like sentences written for this project, one per language. */
class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The council said on Monday that the new bridge would open in the spring, after the works had been delayed by the floods.",
        "fr|Le conseil a annoncé lundi que le nouveau pont sera ouvert au printemps, après des travaux qui ont été retardés par les inondations.",
        "de|Der Rat teilte am Montag mit, dass die neue Brücke im Frühjahr eröffnet wird, nachdem die Arbeiten durch das Hochwasser verzögert worden sind.",
        "es|El consejo anunció el lunes que el nuevo puente se abrirá en primavera, después de que las obras se retrasaran por las inundaciones.",
        "pt|O conselho anunciou na segunda-feira que a nova ponte será aberta na primavera, depois de as obras terem sido atrasadas pelas cheias.",
        "it|Il consiglio ha annunciato lunedì che il nuovo ponte sarà aperto in primavera, dopo che i lavori sono stati rallentati dalle alluvioni.",
        "nl|De gemeenteraad heeft maandag gezegd dat de nieuwe brug in het voorjaar open gaat, nadat de werken door de overstromingen zijn vertraagd.",
        "sv|Kommunen sa på måndagen att den nya bron ska öppna till våren, efter att arbetet har försenats av översvämningarna.",
        "pl|Rada poinformowała w poniedziałek, że nowy most zostanie otwarty wiosną, po tym jak prace zostały opóźnione przez powódź.",
        "tr|Belediye pazartesi günü yaptığı açıklamada, yeni köprünün sel nedeniyle geciken çalışmaların ardından baharda açılacağını söyledi ve bu çok önemli bir adım olarak görüldü.",
        "ru|Совет заявил в понедельник, что новый мост откроется весной, после того как работы были задержаны из-за наводнения.",
        "uk|Рада заявила в понеділок, що новий міст відкриють навесні, після того як роботи були затримані через повінь.",
        "el|Το συμβούλιο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την άνοιξη.",
        "ja|市議会は月曜日、新しい橋が春に開通すると発表した。",
        "ko|시의회는 월요일 새 다리가 봄에 개통될 것이라고 밝혔다.",
        "ar|أعلن المجلس يوم الاثنين أن الجسر الجديد سيفتح في الربيع بعد أن تأخرت الأعمال بسبب الفيضانات التي ضربت المنطقة."
    })
    void detectsTheLanguageOfASentence(String expected, String text) {
        assertThat(detector.detect(null, text)).isEqualTo(expected);
    }

    @Test
    void tooShortOrUnknownTextGivesNull() {
        assertThat(detector.detect(null, "OK")).isNull();
        assertThat(detector.detect(null, "12345 67890 !!!")).isNull();
        assertThat(detector.detect(null, null)).isNull();
    }

    @Test
    void thePreparerFillsLanguageOnlyWhenAbsent() {
        ArticlePreparer preparer = new ArticlePreparer(new TextCleaner());
        String body = "Der Rat teilte am Montag mit, dass die neue Brücke im Frühjahr eröffnet wird.";
        var raw = io.newsstream.schemas.avro.RawArticle.newBuilder().setUrl("https://a.example/1").setBody(body).build();
        assertThat(preparer.prepare(raw, 0).getLanguage()).isEqualTo("de");
        raw.setLanguage("lb");
        assertThat(preparer.prepare(raw, 0).getLanguage()).isEqualTo("lb");
    }

    @Test
    void decomposedAccentsAreComposedAndCurlyQuotesKeptButFoldedForTheHash() {
        TextCleaner cleaner = new TextCleaner();
        String decomposed = "\u201CLe caf\u0065\u0301 est ferm\u0065\u0301,\u201D a dit le maire de la ville ce lundi.";
        String composed = "\"Le caf\u00E9 est ferm\u00E9,\" a dit le maire de la ville ce lundi.";
        String cleaned = cleaner.clean(decomposed, null).text();
        assertThat(cleaned).contains("caf\u00E9").startsWith("\u201C");
        assertThat(Fingerprints.contentHash(cleaned)).isEqualTo(Fingerprints.contentHash(composed));
    }
}
