package dev.goblet.internal;

/**
 * What is wrong with the caller's JSON, and where: thrown by {@link JsonCodec}s and turned into a 400 by
 * {@link JsonCodecs#read}. The path is built on the way out, each enclosing object or array adding its part, so
 * reading pays nothing for it until something is wrong. It carries no stack trace: it is an answer, not a bug.
 */
public final class JsonBindingError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private enum Problem { MISSING, NULL, EXPECTED, NOT, UNKNOWN }

    private final Problem problem;
    /** What was expected, in a JSON user's words ("an integer"), or the unknown field's name. */
    private final String detail;
    /** The offending value, for {@link Problem#NOT}. */
    private final String value;
    /** Where it is: {@code members[0].username}; for an unknown field, the object that has it. */
    private String path;

    private JsonBindingError(Problem problem, String detail, String value, String path) {
        super(null, null, false, false);
        this.problem = problem;
        this.detail = detail;
        this.value = value;
        this.path = path;
    }

    /** A required property the object lacks. */
    public static JsonBindingError missing(String field) {
        return new JsonBindingError(Problem.MISSING, null, null, field);
    }

    /** A {@code null} where the schema says the value is not nullable. */
    public static JsonBindingError mustNotBeNull() {
        return new JsonBindingError(Problem.NULL, null, null, "");
    }

    /** A value of the wrong JSON type; {@code what} says the right one, as in "an integer". */
    public static JsonBindingError expected(String what) {
        return new JsonBindingError(Problem.EXPECTED, what, null, "");
    }

    /** A value of the right JSON type that is not one of the type's values: {@code 'old' is not an integer}. */
    public static JsonBindingError notA(String value, String what) {
        return new JsonBindingError(Problem.NOT, what, value, "");
    }

    /** A property the object's schema does not have: unknown properties are refused, not dropped. */
    public static JsonBindingError unknownField(String field) {
        return new JsonBindingError(Problem.UNKNOWN, field, null, "");
    }

    /** This error, seen from the object that holds it as {@code field}. */
    public JsonBindingError under(String field) {
        path = path.isEmpty() ? field : path.startsWith("[") ? field + path : field + "." + path;
        return this;
    }

    /** This error, seen from the array that holds it at {@code index}. */
    public JsonBindingError at(int index) {
        path = "[" + index + "]" + (path.isEmpty() || path.startsWith("[") ? path : "." + path);
        return this;
    }

    /** The 400's message, for a body called {@code name} ("body 'user'"). */
    public String message(String name) {
        switch (problem) {
            case MISSING:
                return "Missing required field '" + path + "' in " + name;
            case UNKNOWN:
                return "Unknown field '" + shorten(detail) + "' in " + name
                        + (path.isEmpty() ? "" : " at '" + path + "'");
            case NULL:
                return "Invalid " + name + where() + ": must not be null";
            case NOT:
                return "Invalid " + name + where() + ": '" + shorten(value) + "' is not " + detail;
            default:
                return "Invalid " + name + where() + ": expected " + detail;
        }
    }

    private String where() {
        return path.isEmpty() ? "" : " field '" + path + "'";
    }

    /** Echoed input, cut short: a message names a value, it does not carry a megabyte of it. */
    static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
