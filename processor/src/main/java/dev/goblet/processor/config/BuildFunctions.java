package dev.goblet.processor.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions of every app the build holds, by app: what {@code lambda_functions} may name, and what the file is
 * resolved for. The apps of one module share its config file, so a function any of them has is a known name.
 *
 * @param byApp each app's function names, by app name, in the build's order
 */
public record BuildFunctions(Map<String, List<String>> byApp) {
    public BuildFunctions {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byApp.forEach((app, names) -> copy.put(app, List.copyOf(names)));
        byApp = Collections.unmodifiableMap(copy);
    }

    /** The apps' names. */
    public List<String> apps() {
        return List.copyOf(byApp.keySet());
    }

    /** Every function name, once, in the order first met. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        byApp.values().forEach(list -> list.stream().filter(name -> !names.contains(name)).forEach(names::add));
        return names;
    }
}
