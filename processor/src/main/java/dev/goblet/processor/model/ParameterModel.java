package dev.goblet.processor.model;

import java.util.List;

/**
 * One parameter of a route method and how it is bound.
 *
 * @param name the Java parameter's name
 * @param kind where its value comes from
 * @param type its declared type
 * @param externalName the name in the request: path variable, query parameter or header; the Java name otherwise
 * @param cardinality whether it is required, optional, has a default, or takes many values
 * @param defaultValue the text used when absent, for {@link Cardinality#DEFAULTED}; null otherwise
 * @param valueType the type of one value: the {@code T} of {@code Optional<T>} or {@code List<T>}, else {@code type}
 * @param conversion how text becomes a {@code valueType}, for path, query and header values; null otherwise
 * @param shape the shape of {@code valueType} for the OpenAPI document; null for the request and Lambda context
 * @param docs its description and example, from {@code @param} or {@code @Parameter}
 * @param constraints its Bean Validation constraints, checked on each value after conversion
 * @param fields for {@link Kind#FORM_RECORD}, the record's components, each a {@link Kind#FORM} field in the
 *     order of the record's canonical constructor; empty otherwise
 */
public record ParameterModel(
        String name,
        Kind kind,
        TypeRef type,
        String externalName,
        Cardinality cardinality,
        String defaultValue,
        TypeRef valueType,
        TextConversion conversion,
        TypeShape shape,
        SchemaDocs docs,
        List<ConstraintModel> constraints,
        List<ParameterModel> fields) {

    /** The type of a file part of a multipart form. */
    public static final String FILE_PART = "dev.goblet.FilePart";

    public ParameterModel {
        constraints = List.copyOf(constraints);
        fields = List.copyOf(fields);
    }

    /** A parameter that is no form record. */
    public ParameterModel(String name, Kind kind, TypeRef type, String externalName, Cardinality cardinality,
            String defaultValue, TypeRef valueType, TextConversion conversion, TypeShape shape, SchemaDocs docs,
            List<ConstraintModel> constraints) {
        this(name, kind, type, externalName, cardinality, defaultValue, valueType, conversion, shape, docs,
                constraints, List.of());
    }

    /** A parameter without constraints. */
    public ParameterModel(String name, Kind kind, TypeRef type, String externalName, Cardinality cardinality,
            String defaultValue, TypeRef valueType, TextConversion conversion, TypeShape shape, SchemaDocs docs) {
        this(name, kind, type, externalName, cardinality, defaultValue, valueType, conversion, shape, docs, List.of());
    }

    /** A parameter without documentation, for writers and tests that need no schema. */
    public ParameterModel(String name, Kind kind, TypeRef type, String externalName, Cardinality cardinality,
            String defaultValue, TypeRef valueType, TextConversion conversion) {
        this(name, kind, type, externalName, cardinality, defaultValue, valueType, conversion, null, SchemaDocs.NONE);
    }

    /**
     * Where a parameter's value comes from: {@code FORM} is one field (or file) of a form body, {@code FORM_RECORD}
     * a record whose components are fields of it.
     */
    public enum Kind { PATH, QUERY, HEADER, BODY, RAW_BODY, FORM, FORM_RECORD, REQUEST, LAMBDA_CONTEXT }

    /** How many values a parameter takes, and what happens when there is none. */
    public enum Cardinality { REQUIRED, OPTIONAL, DEFAULTED, MANY }

    public boolean required() {
        return cardinality == Cardinality.REQUIRED;
    }

    /** Whether it takes a form's file parts rather than text. */
    public boolean isFile() {
        return kind == Kind.FORM && valueType != null && valueType.toString().equals(FILE_PART);
    }

    /** Whether it binds from a form body, as a field or as a record of fields. */
    public boolean isForm() {
        return kind == Kind.FORM || kind == Kind.FORM_RECORD;
    }
}
