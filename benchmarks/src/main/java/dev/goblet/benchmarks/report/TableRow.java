package dev.goblet.benchmarks.report;

import java.util.Locale;

/**
 * One row of the performance table: a figure, its value, the value it is compared with, their ratio and the
 * target. Every driver prints its rows in this form so that {@code run.sh} can print them as one table.
 */
public record TableRow(String figure, String measured, String reference, String ratio, String target) {
    public static final String HEADER = "| Figure | Goblet | Reference | Ratio | Target |\n|---|---|---|---|---|";

    /** A row whose ratio is {@code measured / reference}, shown as {@code 1.07x}. */
    public static TableRow ratio(String figure, Sample measured, Sample reference, int decimals, String unit,
            String target) {
        return new TableRow(figure, measured.format(decimals, unit), reference.format(decimals, unit),
                times(measured.median() / reference.median()), target);
    }

    public static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    public String markdown() {
        return "| " + String.join(" | ", figure, measured, reference, ratio, target) + " |";
    }
}
