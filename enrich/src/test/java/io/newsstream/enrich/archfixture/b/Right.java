package io.newsstream.enrich.archfixture.b;

import io.newsstream.enrich.archfixture.a.Left;

/** The other half of a deliberate package cycle: proves {@code PackageRulesTest}'s cycle rule can fail. */
public final class Right {
    public Left left() {
        return new Left();
    }
}
