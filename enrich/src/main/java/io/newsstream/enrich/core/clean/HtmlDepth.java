package io.newsstream.enrich.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds the depth of a parsed page: an element at the maximum depth that still has child elements
 * keeps only the plain text of its subtree. Real pages stay far below the default (256); a page of
 * thousands of nested elements can then be walked by every later step without deep recursion.
 */
public final class HtmlDepth {
    private HtmlDepth() {}

    /** Flattens, in place, every subtree below {@code maxDepth}; returns how many were flattened. */
    public static int limit(Element root, int maxDepth) {
        List<Element> cut = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= maxDepth && node instanceof Element e) {
                    if (e.childrenSize() > 0) {
                        cut.add(e);
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : cut) {
            String text = e.text();
            e.empty();
            e.appendText(text);
        }
        return cut.size();
    }
}
