package dev.goblet.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into table rows: each dispatch benchmark on 500 routes against 5 routes, and the whole
 * event on Goblet against the hand-written baseline, in time and, when JMH ran with {@code -prof gc}, in bytes
 * allocated. Argument: the JSON file JMH wrote ({@code -rf json}).
 */
public final class JmhRows {
    private JmhRows() {}

    public static void main(String[] args) throws IOException {
        Map<String, JsonNode> scores = new LinkedHashMap<>();
        Map<String, JsonNode> allocations = new LinkedHashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(new File(args[0]))) {
            String name = result.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode routes = result.path("params").path("routes");
            String key = routes.isMissingNode() ? name : name + "@" + routes.asText();
            scores.put(key, result.get("primaryMetric"));
            JsonNode allocated = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            if (!allocated.isMissingNode()) {
                allocations.put(key, allocated);
            }
        }
        for (String key : scores.keySet()) {
            if (key.endsWith("@500")) {
                String name = key.substring(0, key.length() - 4);
                JsonNode many = scores.get(key);
                JsonNode few = scores.get(name + "@5");
                System.out.println(new TableRow("JMH " + name + ": 500 routes vs 5 routes", format(many),
                        format(few), TableRow.times(many.get("score").asDouble() / few.get("score").asDouble()),
                        "≤ 1.5x").markdown());
            }
        }
        JsonNode goblet = scores.get("handleRequestGetUser@5");
        JsonNode baseline = scores.get("handleRequestGetUser");
        if (goblet != null && baseline != null) {
            System.out.println(new TableRow(
                    "JMH whole REST event GET /users/{username}, bytes in and out: Goblet vs baseline",
                    format(goblet), format(baseline),
                    TableRow.times(goblet.get("score").asDouble() / baseline.get("score").asDouble()), "≤ 1.25x")
                    .markdown());
        }
        JsonNode gobletBytes = allocations.get("handleRequestGetUser@5");
        JsonNode baselineBytes = allocations.get("handleRequestGetUser");
        if (gobletBytes != null && baselineBytes != null) {
            JsonNode reading = allocations.get("readEventOnly@5");
            System.out.println(new TableRow(
                    "JMH bytes allocated per whole REST event, bytes in and out: Goblet vs baseline",
                    bytes(gobletBytes) + (reading == null ? "" : ", of which reading the event " + bytes(reading)),
                    bytes(baselineBytes), TableRow.times(gobletBytes.get("score").asDouble()
                            / baselineBytes.get("score").asDouble()), "—").markdown());
        }
    }

    private static String bytes(JsonNode metric) {
        return String.format(Locale.ROOT, "%.0f B", metric.get("score").asDouble());
    }

    private static String format(JsonNode metric) {
        double error = metric.get("scoreError").asDouble();
        String unit = metric.get("scoreUnit").asText();
        return Double.isFinite(error)
                ? String.format(Locale.ROOT, "%.0f ± %.0f %s", metric.get("score").asDouble(), error, unit)
                : String.format(Locale.ROOT, "%.0f %s", metric.get("score").asDouble(), unit);
    }
}
