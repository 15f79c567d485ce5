package dev.goblet.processor.writing.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.SchemaDocs;
import dev.goblet.processor.model.TypeShape;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the model's type shapes into swagger-core {@link Schema}s: inline for JDK types, {@code $ref} for named. */
final class SchemaWriter {
    static final String COMPONENTS = "#/components/schemas/";

    private SchemaWriter() {}

    @SuppressWarnings("rawtypes")
    static Schema shape(TypeShape shape) {
        if (shape instanceof TypeShape.Scalar scalar) {
            return new Schema<>().type(scalar.type()).format(scalar.format());
        }
        if (shape instanceof TypeShape.ArrayOf array) {
            Schema<Object> schema = new Schema<>().type("array").items(shape(array.items()));
            return array.unique() ? schema.uniqueItems(true) : schema;
        }
        if (shape instanceof TypeShape.MapOf map) {
            return new Schema<>().type("object").additionalProperties(shape(map.values()));
        }
        if (shape instanceof TypeShape.Ref ref) {
            return new Schema<>().$ref(COMPONENTS + ref.name());
        }
        if (shape instanceof TypeShape.Binary) {
            return new Schema<>().type("string").format("binary");
        }
        return new Schema<>();
    }

    /** A component: an object with its properties and required list, or an enum of strings. */
    @SuppressWarnings("rawtypes")
    static Schema named(NamedSchema named) {
        Schema<Object> schema = new Schema<>();
        named.description().ifPresent(schema::description);
        if (named instanceof NamedSchema.EnumSchema enumSchema) {
            schema.type("string");
            schema.setEnum(new ArrayList<>(enumSchema.values()));
            return schema;
        }
        NamedSchema.ObjectSchema object = (NamedSchema.ObjectSchema) named;
        schema.type("object");
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (PropertyModel property : object.properties()) {
            Schema value = shape(property.shape());
            if (value.get$ref() == null) {
                ConstraintSchemas.apply(value, property.shape(), property.constraints());
            }
            // @NotNull, @NotBlank and @NotEmpty refuse null, whatever @Nullable says.
            boolean present = ConstraintSchemas.requires(property.constraints());
            properties.put(property.name(), documented(value, property.shape(), property.docs(),
                    property.nullable() && !present));
            if (property.required() || present) {
                required.add(property.name());
            }
        }
        schema.setProperties(properties);
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
        return schema;
    }

    /**
     * The schema with the user's description, example, format and nullability. A {@code $ref} ignores its siblings
     * in OpenAPI 3.0, so a documented reference becomes {@code allOf: [$ref]} carrying them.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema documented(Schema schema, TypeShape shape, SchemaDocs docs, boolean nullable) {
        boolean annotated = docs.description().isPresent() || docs.example().isPresent() || docs.deprecated()
                || nullable;
        if (!annotated && docs.format().isEmpty()) {
            return schema;
        }
        if (schema.get$ref() != null && !annotated) {
            return schema;
        }
        Schema target = schema.get$ref() != null ? new Schema<>().allOf(List.of(schema)) : schema;
        docs.description().ifPresent(target::description);
        docs.format().filter(f -> shape instanceof TypeShape.Scalar).ifPresent(target::format);
        docs.example().ifPresent(example -> target.example(value(example, shape)));
        if (docs.deprecated()) {
            target.deprecated(true);
        }
        if (nullable) {
            target.nullable(true);
        }
        return target;
    }

    /** A value written as text in an annotation, typed as the schema's JSON type (42 for an integer, not "42"). */
    static Object value(String text, TypeShape shape) {
        try {
            if (shape instanceof TypeShape.Scalar scalar) {
                switch (scalar.type()) {
                    case "integer":
                        return Long.valueOf(text.strip());
                    case "number":
                        return new BigDecimal(text.strip());
                    case "boolean":
                        return Boolean.valueOf(text.strip());
                    default:
                        return text;
                }
            }
            if (shape instanceof TypeShape.ArrayOf || shape instanceof TypeShape.MapOf
                    || shape instanceof TypeShape.Ref) {
                return Json.mapper().readTree(text);
            }
        } catch (NumberFormatException | JsonProcessingException notTyped) {
            return text;
        }
        return text;
    }
}
