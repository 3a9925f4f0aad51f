package io.newsstream.app.pipelinebench;

import io.newsstream.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic news articles for benchmarks: article {@code i} of a seed
 * is always the same record. Bodies are about {@value #TARGET_BODY_CHARS} characters of English
 * prose in paragraphs, built from hand-written sentence templates, real place names and topical
 * vocabulary, with the portal boilerplate the cleaner removes (newsletter prompts, "Read more"
 * links, copyright lines). Every {@code duplicateEvery}-th article republishes an earlier story
 * (same text, another outlet and URL), so the content dedup has work to do. No third-party text.
 */
public final class SyntheticArticles {
    public static final int TARGET_BODY_CHARS = 4_000;
    private static final long START_MS = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

    private static final List<String> OUTLETS = List.of("dailyherald", "morningpost", "citywire", "globalledger",
            "northerntimes", "harbourgazette", "metroobserver", "continentalnews", "valleytribune", "capitalreview");
    private static final List<String> SECTIONS = List.of("world", "business", "politics", "sport", "health",
            "science", "environment", "culture", "technology", "education");
    private static final List<String> PLACES = List.of("France", "Germany", "Brazil", "Kenya", "Japan", "India",
            "Canada", "Mexico", "Australia", "Nigeria", "Egypt", "Spain", "Italy", "Poland", "Vietnam", "Chile",
            "Argentina", "Turkey", "Indonesia", "South Africa", "Norway", "Peru", "Ghana", "Thailand", "Ukraine",
            "Paris", "Berlin", "Tokyo", "Nairobi", "Lagos", "Madrid", "Rome", "Warsaw", "Lima", "Cairo", "Ottawa",
            "Sydney", "Jakarta", "Bangkok", "Santiago", "Istanbul", "Oslo", "Accra", "Hanoi", "Mumbai");
    private static final List<String> DEMONYMS = List.of("French", "German", "Brazilian", "Kenyan", "Japanese",
            "Indian", "Canadian", "Mexican", "Australian", "Nigerian", "Spanish", "Italian", "Polish", "Chilean");
    private static final List<String> PEOPLE = List.of("Maria Okafor", "Jonas Lindqvist", "Amina Haddad",
            "Daniel Ferreira", "Keiko Tanaka", "Samuel Mensah", "Elena Kowalski", "Rahul Mehta", "Lucia Moreno",
            "Tomas Novak", "Grace Wanjiru", "Pierre Laurent", "Hannah Weber", "Diego Alvarez", "Ana Ribeiro");
    private static final List<String> ROLES = List.of("the finance minister", "a senior economist", "the mayor",
            "the union leader", "a hospital director", "the coach", "a climate researcher", "the chief executive",
            "a police spokesperson", "the education secretary", "an opposition lawmaker", "a museum curator");
    private static final List<List<String>> TOPICAL = List.of(
            List.of("inflation", "interest rates", "the central bank", "quarterly earnings", "exports", "the stock market", "investors", "the budget deficit"),
            List.of("the election", "parliament", "the coalition government", "a referendum", "the opposition", "voters", "the cabinet", "a new law"),
            List.of("the national team", "the championship", "the final match", "the tournament", "the league", "the striker", "the season", "the stadium"),
            List.of("the hospital", "a vaccine", "the outbreak", "patients", "doctors", "the health ministry", "a new treatment", "the clinic"),
            List.of("emissions", "the heatwave", "renewable energy", "the wildfire", "flooding", "biodiversity", "the drought", "carbon targets"),
            List.of("the court", "prosecutors", "the trial", "police", "the verdict", "the judge", "the investigation", "the suspects"),
            List.of("students", "teachers", "the university", "school funding", "exams", "the curriculum", "tuition fees", "classrooms"),
            List.of("the festival", "the exhibition", "the film", "the orchestra", "the novel", "the museum", "the premiere", "the gallery"));
    private static final List<String> TEMPLATES = List.of(
            "Officials in %P said on %D that %T would remain the main concern for the coming months.",
            "%N, %R, told reporters that %T had changed faster than anyone in %P expected.",
            "The latest figures show that %T rose by %X percent compared with the same period last year.",
            "Critics argue that the plan does little to address %T, while supporters in %P call it overdue.",
            "According to %N, the decision on %T will be taken before the end of %M.",
            "Thousands of people gathered in %P on %D to follow the debate over %T.",
            "%A officials have been in talks with their counterparts in %P about %T since %M.",
            "The agreement, worth about %X million dollars, covers %T and several related projects.",
            "Analysts expect %T to dominate the agenda when delegates meet in %P next week.",
            "%N said the government in %P had underestimated the cost of %T by roughly %X percent.",
            "Residents of %P described the situation around %T as tense but under control.",
            "A report published on %D found that %T affected nearly %X thousand households in %P.",
            "\"We are not there yet,\" %N said, adding that %T needed patience and careful planning.",
            "The %A delegation left %P on %D without a deal on %T.");
    private static final List<String> BOILERPLATE = List.of(
            "Subscribe to our newsletter for the latest headlines.", "Read more: Top stories of the week",
            "Advertisement", "Share this article on social media", "Follow us for breaking news alerts.",
            "Sign up to receive our morning briefing.");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private final long seed;
    private final int duplicateEvery;

    /** @param duplicateEvery every n-th article copies an earlier story's text (0: no copies) */
    public SyntheticArticles(long seed, int duplicateEvery) {
        this.seed = seed;
        this.duplicateEvery = duplicateEvery;
    }

    /** The default generator: seed 42, one republished story in 20. */
    public static SyntheticArticles standard() {
        return new SyntheticArticles(42, 20);
    }

    /** Whether article {@code index} republishes an earlier story. */
    public boolean isCopy(long index) {
        return duplicateEvery > 0 && index >= duplicateEvery && index % duplicateEvery == duplicateEvery - 1;
    }

    /** Article number {@code index}; the same index always gives an equal record. */
    public RawArticle article(long index) {
        long story = isCopy(index) ? index - 1 - (index / duplicateEvery) % (duplicateEvery - 1) : index;
        SplittableRandom storyRandom = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + story);
        SplittableRandom pageRandom = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + index);
        int topic = storyRandom.nextInt(TOPICAL.size());
        String outlet = pick(OUTLETS, pageRandom);
        String section = SECTIONS.get(topic);
        String title = title(storyRandom, topic);
        String body = body(storyRandom, pageRandom, topic);
        return RawArticle.newBuilder()
                .setId(null)
                .setUrl("https://www." + outlet + ".example/" + section + "/" + slug(title) + "-" + index)
                .setSource(outlet + ".example")
                .setTitle(title)
                .setBody(body)
                .setAuthor(pick(PEOPLE, pageRandom))
                .setLanguage("en")
                .setPublishedAt(Instant.ofEpochMilli(START_MS + story * 60_000L).toString())
                .setSection(section)
                .setMetadata(Map.of("generator", "synthetic", "story", Long.toString(story)))
                .build();
    }

    private static String title(SplittableRandom r, int topic) {
        String subject = pick(TOPICAL.get(topic), r);
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " in " + pick(PLACES, r)
                + " draws scrutiny as " + pick(ROLES, r) + " speaks out";
    }

    private static String body(SplittableRandom story, SplittableRandom page, int topic) {
        StringBuilder out = new StringBuilder(TARGET_BODY_CHARS + 600);
        out.append(pick(BOILERPLATE, page)).append("\n\n");
        while (out.length() < TARGET_BODY_CHARS) {
            int sentences = 3 + story.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    out.append(' ');
                }
                sentence(out, story, story.nextInt(5) == 0 ? story.nextInt(TOPICAL.size()) : topic);
            }
            out.append("\n\n");
            if (page.nextInt(6) == 0) {
                out.append(pick(BOILERPLATE, page)).append("\n\n");
            }
        }
        out.append("\u00a9 2025 All rights reserved.");
        return out.toString();
    }

    private static void sentence(StringBuilder out, SplittableRandom r, int topic) {
        String template = pick(TEMPLATES, r);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char slot = template.charAt(++i);
            switch (slot) {
                case 'P' -> out.append(pick(PLACES, r));
                case 'A' -> out.append(pick(DEMONYMS, r));
                case 'N' -> out.append(pick(PEOPLE, r));
                case 'R' -> out.append(pick(ROLES, r));
                case 'T' -> out.append(pick(TOPICAL.get(topic), r));
                case 'D' -> out.append(pick(DAYS, r));
                case 'M' -> out.append(pick(MONTHS, r));
                case 'X' -> out.append(2 + r.nextInt(97));
                default -> out.append('%').append(slot);
            }
        }
    }

    private static String slug(String title) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < title.length() && s.length() < 60; i++) {
            char c = Character.toLowerCase(title.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                s.append(c);
            } else if (s.length() > 0 && s.charAt(s.length() - 1) != '-') {
                s.append('-');
            }
        }
        return s.toString();
    }

    private static <T> T pick(List<T> from, SplittableRandom r) {
        return from.get(r.nextInt(from.size()));
    }
}
