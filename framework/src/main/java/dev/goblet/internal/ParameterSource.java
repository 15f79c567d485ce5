package dev.goblet.internal;

/** Where a bound value comes from; named in the 400 that reports a missing or unconvertible value. */
public enum ParameterSource {
    PATH("path parameter"),
    QUERY("query parameter"),
    HEADER("header"),
    FORM("form field");

    private final String label;

    ParameterSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
