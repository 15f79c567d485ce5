package dev.goblet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** HTTP headers: names match without regard to case, and a name may carry several values. Immutable. */
public final class Headers {
    private static final Headers EMPTY = new Headers(new HashMap<>());
    /**
     * Header names in lower case, by name as written. An event's names are the JSON parser's canonical strings, the
     * same few every request, and code asks for constants: this spares lower-casing them anew on every request.
     * Bounded, so that requests making up names cannot grow it.
     */
    private static final Map<String, String> LOWER_CASE = new ConcurrentHashMap<>();
    private static final int LOWER_CASE_LIMIT = 256;

    /** By lower-case name: a look-up is one hash, however many headers the request has. */
    private final Map<String, Header> byLowerName;
    /** The sorted, case-insensitive view of {@link #asMap}, made when first asked for. */
    private volatile Map<String, List<String>> view;

    /** A header's name as first written, and all its values. */
    private static final class Header {
        final String name;
        final List<String> values;

        Header(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }
    }

    private Headers(Map<String, Header> byLowerName) {
        this.byLowerName = byLowerName;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Headers holding a copy of {@code values}; names that differ only in case are merged. */
    public static Headers of(Map<String, ? extends List<String>> values) {
        Map<String, Header> byLowerName = new HashMap<>(values.size() * 2);
        values.forEach((name, list) -> byLowerName.merge(lowerCase(name),
                new Header(name, List.copyOf(list)), Headers::merge));
        return new Headers(byLowerName);
    }

    private static String lowerCase(String name) {
        String lower = LOWER_CASE.get(name);
        if (lower == null) {
            lower = name.toLowerCase(Locale.ROOT);
            if (LOWER_CASE.size() < LOWER_CASE_LIMIT) {
                LOWER_CASE.put(name, lower);
            }
        }
        return lower;
    }

    private static Header merge(Header first, Header second) {
        List<String> values = new ArrayList<>(first.values);
        values.addAll(second.values);
        return new Header(first.name, List.copyOf(values));
    }

    /** The first value of the header, or null when it is absent. */
    public String first(String name) {
        Header header = byLowerName.get(lowerCase(name));
        return header == null || header.values.isEmpty() ? null : header.values.get(0);
    }

    /** Every value of the header, in order; empty when it is absent. */
    public List<String> all(String name) {
        Header header = byLowerName.get(lowerCase(name));
        return header == null ? List.of() : header.values;
    }

    public boolean contains(String name) {
        return byLowerName.containsKey(lowerCase(name));
    }

    /** The header names as they were first written. */
    public Set<String> names() {
        return asMap().keySet();
    }

    /** A read-only view, name to values, whose look-ups ignore case. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> sorted = view;
        if (sorted == null) {
            TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            byLowerName.values().forEach(header -> map.put(header.name, header.values));
            sorted = Collections.unmodifiableMap(map);
            view = sorted;
        }
        return sorted;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
