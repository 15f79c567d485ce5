package dev.goblet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** HTTP headers: names match without regard to case, and a name may carry several values. Immutable. */
public final class Headers {
    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final Map<String, List<String>> values;

    private Headers(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Headers holding a copy of {@code values}; names that differ only in case are merged. */
    public static Headers of(Map<String, ? extends List<String>> values) {
        if (values instanceof SortedMap<String, ? extends List<String>> sorted
                && sorted.comparator() == String.CASE_INSENSITIVE_ORDER) {
            // Already one entry per name: a linear copy, and immutable value lists are kept as they are.
            TreeMap<String, List<String>> copy = new TreeMap<>(sorted);
            copy.replaceAll((name, list) -> List.copyOf(list));
            return new Headers(copy);
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((name, list) -> copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(list));
        copy.replaceAll((name, list) -> List.copyOf(list));
        return new Headers(copy);
    }

    /** The first value of the header, or null when it is absent. */
    public String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** Every value of the header, in order; empty when it is absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** The header names as they were first written. */
    public Set<String> names() {
        return values.keySet();
    }

    /** A read-only view, name to values, whose look-ups ignore case. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
