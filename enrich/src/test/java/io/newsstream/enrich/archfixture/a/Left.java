package io.newsstream.enrich.archfixture.a;

import io.newsstream.enrich.archfixture.b.Right;

/** Half of a deliberate package cycle: proves {@code PackageRulesTest}'s cycle rule can fail. */
public final class Left {
    public Right right() {
        return new Right();
    }
}
