package io.newsstream.microbench;

import io.newsstream.enrich.core.EnrichmentCore;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ~4 KB German and Russian articles for the geoparser's own-language path: sentences written for this benchmark
 * (places, adjectives, inflected names, common words), shuffled into 64 articles per language with a fixed seed.
 */
@State(Scope.Benchmark)
public class ForeignArticles {
    static final int COUNT = 64;
    private static final String[] GERMAN = {
        "Die Bundesregierung in Berlin beriet am Montag über die Lage in der Ukraine und in Russland.",
        "Nach Angaben der nigerianischen Armee wurden im Bundesstaat Borno mehrere Dörfer angegriffen.",
        "Der Zug aus München erreichte Wien mit zwei Stunden Verspätung, teilte die Bahn mit.",
        "Vertreter der Vereinigten Staaten und Chinas trafen sich in Genf zu Gesprächen über Zölle.",
        "In Andalusien und Katalonien kämpfen Feuerwehrleute gegen Waldbrände, berichten spanische Medien.",
        "Die französische Regierung kündigte neue Hilfen für Landwirte im Süden des Landes an.",
        "Im Nahen Osten wächst die Sorge vor einer Ausweitung des Konflikts im Gazastreifen.",
        "Die Ministerin reiste anschließend nach Kenia und in die Vereinigten Arabischen Emirate weiter.",
        "Ein Sprecher der Stadt Hamburg sagte, der Hafen bleibe bis Freitag geschlossen.",
        "Über dem Roten Meer und der Arabischen Halbinsel kam es zu Einschränkungen im Flugverkehr.",
        "Polnische und tschechische Behörden meldeten Hochwasser an der Oder und der Elbe.",
        "Der Gipfel der Europäischen Union in Brüssel endete ohne Einigung über den Haushalt.",
    };
    private static final String[] RUSSIAN = {
        "Президент Украины заявил в Киеве, что переговоры с Россией зашли в тупик.",
        "В Херсонской области и в Харькове объявлена воздушная тревога, сообщили местные власти.",
        "Владимир Зеленский провёл встречу с премьер-министром Польши в Варшаве.",
        "Венесуэльские военные провели учения у границы с Колумбией, передаёт агентство.",
        "Делегация ЮАР прибыла в Москву для переговоров о поставках зерна.",
        "Аэропорт Копенгагена в Дании временно закрыт из-за сильного снегопада.",
        "Рейсы из Рио-де-Жанейро в Европу задерживаются на несколько часов.",
        "На Ближнем Востоке растёт напряжённость после ударов по сектору Газа.",
        "Министр иностранных дел Германии посетил Боснию и Герцеговину и Сербию.",
        "Соединённые Штаты и Китай договорились продолжить консультации в Женеве.",
        "В Баня-Луке прошла акция протеста против новых налогов.",
        "Японская компания объявила о строительстве завода в Казахстане.",
    };

    public EnrichmentCore core;
    public String[] german = new String[COUNT];
    public String[] russian = new String[COUNT];
    private int next;

    @Setup(Level.Trial)
    public void load() {
        core = EnrichmentCore.load();
        Random random = new Random(42);
        for (int i = 0; i < COUNT; i++) {
            german[i] = article(GERMAN, random);
            russian[i] = article(RUSSIAN, random);
        }
    }

    private static String article(String[] sentences, Random random) {
        StringBuilder b = new StringBuilder();
        while (b.length() < 4_000) {
            b.append(sentences[random.nextInt(sentences.length)]).append(b.length() % 3 == 0 ? "\n\n" : " ");
        }
        return b.toString();
    }

    public int next() {
        next = (next + 1) % COUNT;
        return next;
    }
}
