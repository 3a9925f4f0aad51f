package io.newsstream.app;

import io.newsstream.enrich.core.CleanExplainer;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.validation.RawArticleValidator;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Clean one RawArticle (JSON object, or the first line of a JSONL file) and show each removed line and why.",
                "With --learn-from, per-source boilerplate is learned from those articles first, as the stream would."})
final class ExplainCleanCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "RawArticle JSON file.")
    Path in;

    @Option(names = "--learn-from", description = "RawArticle JSONL file to learn per-source boilerplate from first.")
    Path learnFrom;

    @Override
    public Integer call() throws Exception {
        CleanExplainer explainer = new CleanExplainer(EnrichmentCore.load());
        if (learnFrom != null) {
            try (BufferedReader r = Files.newBufferedReader(learnFrom, StandardCharsets.UTF_8);
                    ProgressBar bar = ProgressBars.forCount("learn", -1, "articles")) {
                long n = explainer.learnFrom(r, bar::step);
                bar.close();
                System.err.println("learned from " + n + " article(s)");
            }
        }
        String text = Files.readString(in, StandardCharsets.UTF_8).strip();
        String first = text.startsWith("{") && text.contains("\n{") ? text.substring(0, text.indexOf("\n{")) : text;
        RawArticle raw = ArticleJson.readRaw(first);
        var errors = RawArticleValidator.validate(raw);
        if (!errors.isEmpty()) {
            errors.forEach(e -> System.err.println("invalid: " + e));
            return 2;
        }
        System.out.print(explainer.explain(raw));
        return 0;
    }
}
