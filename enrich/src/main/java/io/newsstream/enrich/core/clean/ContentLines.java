package io.newsstream.enrich.core.clean;

import io.newsstream.enrich.core.text.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of the chosen content elements as lines: each block a line (unless mostly links), runs of text and
 * inline elements between blocks a line too, {@code <br>} a line break. Part of {@link MainContent}.
 */
final class ContentLines {
    private ContentLines() {}

    static String of(List<Element> roots, ElementTexts texts) {
        List<String> lines = new ArrayList<>();
        for (Element root : roots) {
            collect(root, lines, texts);
        }
        return String.join("\n\n", lines);
    }

    /** Blocks become lines; runs of text and inline elements between blocks become lines too. */
    private static void collect(Element e, List<String> lines, ElementTexts texts) {
        if (MainContent.BLOCKS.contains(e.normalName())) {
            if (texts.linkDensity(e) <= 0.5) {
                addLines(textWithBreaks(e), lines);
            }
            return;
        }
        StringBuilder run = new StringBuilder();
        int[] linkChars = {0};
        for (Node n : e.childNodes()) {
            if (n instanceof Element child && isBlockOrContainer(child)) {
                flush(run, linkChars, lines);
                collect(child, lines, texts);
            } else {
                appendInline(n, run, linkChars, texts);
            }
        }
        flush(run, linkChars, lines);
    }

    private static boolean isBlockOrContainer(Element e) {
        return MainContent.BLOCKS.contains(e.normalName()) || MainContent.CONTAINERS.contains(e.normalName())
                || e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("dl");
    }

    private static void appendInline(Node n, StringBuilder run, int[] linkChars, ElementTexts texts) {
        if (n instanceof TextNode t) {
            run.append(t.text());
        } else if (n instanceof Element el) {
            if (el.normalName().equals("br")) {
                run.append('\n');
            } else if (el.normalName().equals("a")) {
                String text = texts.linkText(el);
                linkChars[0] += text.length();
                run.append(text);
            } else {
                for (Node c : el.childNodes()) {
                    appendInline(c, run, linkChars, texts);
                }
            }
        }
    }

    private static void flush(StringBuilder run, int[] linkChars, List<String> lines) {
        String text = run.toString();
        int chars = text.trim().length();
        if (chars > 0 && linkChars[0] <= 0.5 * chars) {
            addLines(text, lines);
        }
        run.setLength(0);
        linkChars[0] = 0;
    }

    private static void addLines(String text, List<String> lines) {
        for (String line : text.split("\n")) {
            String t = Texts.collapseAsciiWhitespace(line).trim();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
    }

    /** The element's text with whitespace collapsed and {@code <br>} and nested blocks as line breaks. */
    private static String textWithBreaks(Element e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node n : node.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element child) {
                if (child.normalName().equals("br")) {
                    sb.append('\n');
                } else if (isBlockOrContainer(child)) {
                    sb.append('\n');
                    appendText(child, sb);
                    sb.append('\n');
                } else {
                    appendText(child, sb);
                }
            }
        }
    }
}
