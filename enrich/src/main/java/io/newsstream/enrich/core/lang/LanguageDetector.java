package io.newsstream.enrich.core.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small pure-Java language detector for article texts: the dominant script decides for scripts
 * used by one language (Greek, Hebrew, Hangul, kana, Han, Thai, the Indic scripts, …); within
 * Latin, Cyrillic and Arabic script, the most frequent function words of each language (written
 * for this project from general knowledge) are counted over the first {@value #MAX_CHARS}
 * characters, each word weighing 1 / the number of languages that list it, with letters unique to one
 * language as extra evidence. Returns an ISO 639-1 code,
 * or null when the text is too short or no language stands out. Deterministic, thread-safe.
 */
public final class LanguageDetector {
    static final int MAX_CHARS = 1_000;
    private static final int MIN_HITS = 3;
    private static final double MIN_HIT_SHARE = 0.08;

    private static final Map<String, String> LATIN = Map.ofEntries(
            Map.entry("en", "the and of to in is that for it was on with as he be at by this had not are but from "
                    + "have they which his were has their said been would will its who an or after over about a i you "
                    + "we do so if what how more when can all one new up out just than your our my she her them"),
            Map.entry("fr", "le la les des et est un une du dans que qui pour pas sur au avec il ce sont par plus ont "
                    + "mais aux été cette leur elle nous selon entre ses lors"),
            Map.entry("de", "der die und das den ist nicht von sich mit dem des auf für ein eine im auch als es wird "
                    + "bei sie nach wie aus hat einer zum zur sind werden dass noch über"),
            Map.entry("es", "el la los las de que y en del se por un una con para es al lo como más pero sus su fue "
                    + "ha este esta entre también según son sobre desde hasta"),
            Map.entry("pt", "o a os as de que e do da dos das em no na um uma para com não por mais se foi ao pelo "
                    + "pela seu sua também são está como entre ainda já"),
            Map.entry("it", "il lo la i gli le di che e è del della dei delle per non un una con sono nel nella si "
                    + "al alla anche più da come ha ma questo stato"),
            Map.entry("nl", "de het een en van in is dat op te zijn met voor niet die aan er ook als bij door maar "
                    + "om werd naar nog wordt uit over hij heeft worden"),
            Map.entry("sv", "och att det som en på är av för med till den har de inte om ett var men sig från vi så "
                    + "kan när han hon efter också vid eller sina blev"),
            Map.entry("da", "og at det som en på er af for med til den har de ikke om et var men sig fra vi så kan "
                    + "når han hun efter også ved eller blev skal være"),
            Map.entry("no", "og at det som en på er av for med til den har de ikke om et var men seg fra vi så kan "
                    + "når han hun etter også ved eller ble skal være"),
            Map.entry("fi", "ja on ei se että oli hän mutta kun ovat myös tai kuin joka ole sen mukaan vuoden jo nyt "
                    + "vain ollut hänen sekä jotka tämä niin voi"),
            Map.entry("pl", "i w na z się nie do że to jest o jak od po za ale przez co jego dla tak już jej są oraz "
                    + "być został może także tym który która"),
            Map.entry("cs", "a v se na je že s z do to o i jako by pro ale od jsou jeho už po které který bylo byl "
                    + "také podle jak při této"),
            Map.entry("sk", "a v sa na je že s z do to o i ako by pre ale od sú jeho už po ktoré ktorý bolo bol aj "
                    + "podľa pri tejto tiež"),
            Map.entry("hr", "i je u na se da za su od s o koji što kao ali iz bi ne to te će biti nije godine koja "
                    + "kako prema također"),
            Map.entry("sl", "in je v na se da za so od z o ki kot pa iz bi ne to tudi bo bilo ter po pri še ali "
                    + "lahko med"),
            Map.entry("ro", "și de în la a cu că pe din este nu o un care pentru mai se fost sunt au ca lui sau după "
                    + "prin acest această fi"),
            Map.entry("hu", "a az és hogy nem is egy meg de van volt már csak mint még el ki fel vagy után között "
                    + "pedig lesz szerint amely ezt azt"),
            Map.entry("tr", "ve bir bu da de için ile olarak çok daha gibi ama olan en sonra kadar ne var ancak her "
                    + "o değil yılında ise göre oldu"),
            Map.entry("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena "
                    + "telah bisa mereka kami atau sudah saat lebih tersebut"),
            Map.entry("vi", "và của có là được trong cho các không với một những người này đã khi để từ năm đến "
                    + "cũng như về theo"),
            Map.entry("ca", "el la els les de que i a en del per un una amb és no dels al com més però seu seva va "
                    + "també són entre aquest aquesta"),
            Map.entry("et", "ja on ei et see oli ta kui mis aga ka oma nagu või siis pole veel kes mida seda tema "
                    + "juba üle"),
            Map.entry("lv", "un ir ar par no uz ka kas tas bet arī vai lai bija pēc to šo tika viņš gadā kā"),
            Map.entry("lt", "ir kad į su iš kaip tai yra bet o jo per buvo dėl apie nuo tačiau taip bus jis ji metų "
                    + "jau kuris"));
    private static final Map<String, String> CYRILLIC = Map.of(
            "ru", "и в не на что с по это как а из к у за от о для но он его было был так же также которые или уже "
                    + "при только",
            "uk", "і в не на що з у та до як це за від для але він його було був також які або вже при тільки й ще "
                    + "щодо",
            "bg", "и в не на че с по това като за от да се е са но той беше също които или вече при само към след "
                    + "един една",
            "sr", "и у не на да је се за од са као што који али из то су ће био била године према такође",
            "mk", "и во не на дека со за од да се е што кој која но тој беше исто или веќе при само по");
    private static final Map<String, String> ARABIC = Map.of(
            "ar", "في من على أن إلى التي الذي عن مع هذا هذه كان قد ما لا أو بين بعد",
            "fa", "و در به از که این را با است برای آن یک تا هم بود شد می",
            "ur", "کے میں کی ہے اور سے کو نے پر کہ یہ ایک ہیں تھا");
    /** Letters used by one language of a script, as evidence worth several function words. */
    private static final List<String[]> DISTINCT_LETTERS = List.of(
            new String[] {"uk", "іїєґ"}, new String[] {"sr", "ђјљњћџ"}, new String[] {"mk", "ѓќѕ"},
            new String[] {"bg", "ъ"}, new String[] {"ru", "ыэё"}, new String[] {"fa", "پچژگ"},
            new String[] {"ur", "ٹڈڑںےھ"}, new String[] {"ro", "șță"}, new String[] {"pl", "łńśźż"},
            new String[] {"cs", "řů"}, new String[] {"tr", "ğış"}, new String[] {"hu", "őű"},
            new String[] {"de", "ß"}, new String[] {"vi", "ơưđ"}, new String[] {"lv", "ņļķģ"},
            new String[] {"lt", "ųėįū"}, new String[] {"pt", "ãõ"}, new String[] {"es", "ñ¿¡"});

    private static final Map<Character, String> LETTER_LANGUAGE = letterIndex();

    private static Map<Character, String> letterIndex() {
        Map<Character, String> out = new HashMap<>();
        for (String[] d : DISTINCT_LETTERS) {
            for (int k = 0; k < d[1].length(); k++) {
                out.put(d[1].charAt(k), d[0]);
            }
        }
        return Map.copyOf(out);
    }

    /** Per language, how many of its distinct letters occur in the text. */
    private static Map<String, Integer> distinctLetters(String lower) {
        Map<String, Integer> out = new HashMap<>();
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c > 0x7F) {
                String lang = LETTER_LANGUAGE.get(c);
                if (lang != null && seen.add(c)) {
                    out.merge(lang, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private final Map<String, Map<String, List<String>>> words = Map.of(
            "latin", index(LATIN), "cyrillic", index(CYRILLIC), "arabic", index(ARABIC));

    private static Map<String, List<String>> index(Map<String, String> lists) {
        Map<String, List<String>> out = new HashMap<>();
        lists.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (String w : e.getValue().split(" ")) {
                out.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(e.getKey());
            }
        });
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /** The language of a title and body, or null when unsure. */
    public String detect(String title, String body) {
        String text = ((title == null ? "" : title + "\n") + (body == null ? "" : body));
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        String script = dominantScript(text);
        return switch (script) {
            case "latin", "cyrillic", "arabic" -> byWords(text, script);
            case "none" -> null;
            default -> script;
        };
    }

    /** "latin", "cyrillic", "arabic", "none", or the language code of a single-language script. */
    private static String dominantScript(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int latin = 0;
        boolean kana = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x250) {
                if (Character.isLetter(cp)) {
                    latin++;
                }
                continue;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            kana |= s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
            String key = switch (s) {
                case LATIN -> "latin";
                case CYRILLIC -> "cyrillic";
                case ARABIC -> "arabic";
                case GREEK -> "el";
                case HEBREW -> "he";
                case HANGUL -> "ko";
                case HIRAGANA, KATAKANA -> "ja";
                case HAN -> "han";
                case THAI -> "th";
                case DEVANAGARI -> "hi";
                case BENGALI -> "bn";
                case TAMIL -> "ta";
                case TELUGU -> "te";
                case GUJARATI -> "gu";
                case KANNADA -> "kn";
                case MALAYALAM -> "ml";
                case GURMUKHI -> "pa";
                case GEORGIAN -> "ka";
                case ARMENIAN -> "hy";
                case KHMER -> "km";
                case LAO -> "lo";
                case SINHALA -> "si";
                case ETHIOPIC -> "am";
                case MYANMAR -> "my";
                default -> "other";
            };
            counts.merge(key, 1, Integer::sum);
        }
        counts.merge("latin", latin, Integer::sum);
        String best = "none";
        int max = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > max || e.getValue() == max && e.getKey().compareTo(best) < 0) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        if (max < 10 || best.equals("other")) {
            return "none";
        }
        if (best.equals("han")) {
            return kana ? "ja" : "zh";
        }
        return best;
    }

    private String byWords(String text, String script) {
        Map<String, List<String>> index = words.get(script);
        Map<String, Double> scores = new HashMap<>();
        int tokens = 0;
        int hits = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(lower.charAt(i)) || Character.getType(lower.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start) {
                tokens++;
                List<String> langs = index.get(lower.substring(start, i));
                if (langs != null) {
                    hits++;
                    double weight = 1.0 / langs.size();
                    for (String l : langs) {
                        scores.merge(l, weight, Double::sum);
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : distinctLetters(lower).entrySet()) {
            if (scores.containsKey(e.getKey())) {
                scores.merge(e.getKey(), 3.0 * e.getValue(), Double::sum);
            }
        }
        if (hits < MIN_HITS || hits < MIN_HIT_SHARE * tokens) {
            return null;
        }
        String best = null;
        double max = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > max || e.getValue() == max && best != null && e.getKey().compareTo(best) < 0) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
