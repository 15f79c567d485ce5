package dev.goblet.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one figure, summed up as the median and the spread (lowest to highest). */
public final class Sample {
    private final List<Double> values = new ArrayList<>();

    public void add(double value) {
        values.add(value);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return Collections.min(values);
    }

    public double max() {
        return Collections.max(values);
    }

    public List<Double> values() {
        return List.copyOf(values);
    }

    public int size() {
        return values.size();
    }

    /** {@code median unit (min–max)}, with {@code decimals} digits after the point. */
    public String format(int decimals, String unit) {
        String number = "%." + decimals + "f";
        return String.format(Locale.ROOT, number + " %s (" + number + "–" + number + ")", median(), unit, min(),
                max());
    }
}
