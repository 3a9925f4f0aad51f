package io.newsstream.app;

import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The floors of an evaluation ({@code --fail-below FIGURE=VALUE}): prints each one missed, counts them. */
final class Floors {
    private Floors() {}

    static int missed(Map<String, Double> floors, ToDoubleFunction<String> figure) {
        int missed = 0;
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            double value = figure.applyAsDouble(floor.getKey());
            if (value < floor.getValue()) {
                System.out.printf(Locale.ROOT, "  FAIL %s %.3f below the floor %.3f%n", floor.getKey(), value, floor.getValue());
                missed++;
            }
        }
        return missed;
    }
}
