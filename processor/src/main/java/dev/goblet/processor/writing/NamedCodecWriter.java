package dev.goblet.processor.writing;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.goblet.processor.model.JsonBinding;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.NamedSchema.EnumSchema;
import dev.goblet.processor.model.NamedSchema.ObjectSchema;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.TypeRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec of one record or enum, following its schema: the same property names in the same order, a
 * missing required property, a null where the schema says not nullable and a property the schema lacks are each a
 * {@code JsonBindingError} naming the field; an enum takes exactly the values its schema lists.
 */
final class NamedCodecWriter {
    private static final String INTERNAL = "dev.goblet.internal";
    private static final ClassName CODECS = ClassName.get(INTERNAL, "JsonCodecs");
    private static final ClassName OBJECTS = ClassName.get(INTERNAL, "JsonObjects");
    private static final ClassName ERROR = ClassName.get(INTERNAL, "JsonBindingError");
    private static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    private static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);

    private NamedCodecWriter() {}

    /** The nested class {@code name} of the codec of {@code schema}, whose parts' codecs come from {@code codecs}. */
    static TypeSpec write(NamedSchema schema, ClassName name, JsonCodecSet codecs) {
        if (schema instanceof ObjectSchema object) {
            return record(object, name, codecs);
        }
        return enumCodec((EnumSchema) schema, name);
    }

    private static TypeSpec.Builder codecClass(ClassName name, TypeName type, String what) {
        return TypeSpec.classBuilder(name)
                .addJavadoc("Reads and writes $L as its schema describes it.\n", what)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(JsonCodecSet.codecType(type));
    }

    private static MethodSpec.Builder readMethod(TypeName type) {
        return MethodSpec.methodBuilder("read").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(type).addParameter(PARSER, "in").addException(IOException.class);
    }

    private static MethodSpec.Builder writeMethod(TypeName type) {
        return MethodSpec.methodBuilder("write").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(GENERATOR, "out").addParameter(type, "value").addException(IOException.class);
    }

    /**
     * A record: one local per property, filled as its field comes, in any order; then the presence of the required
     * ones is checked and the canonical constructor called, so that the record's own checks run as they would.
     */
    private static TypeSpec record(ObjectSchema schema, ClassName name, JsonCodecSet codecs) {
        TypeRef type = schema.javaType().orElseThrow();
        TypeName typeName = JavaTypes.typeName(type);
        List<PropertyModel> properties = schema.properties();
        MethodSpec.Builder read = readMethod(typeName).addStatement("$T.start(in)", OBJECTS);
        CodeBlock.Builder cases = CodeBlock.builder();
        for (int i = 0; i < properties.size(); i++) {
            PropertyModel property = properties.get(i);
            TypeRef propertyType = property.javaType().orElseThrow();
            read.addStatement("$T p$L = $L", JavaTypes.typeName(propertyType), i, initialValue(propertyType));
            if (property.required()) {
                read.addStatement("boolean has$L = false", i);
            }
            cases.add("case $S:\n", property.name()).indent()
                    .addStatement("p$L = $L", i, readValue(property, propertyType, codecs));
            if (property.required()) {
                cases.addStatement("has$L = true", i);
            }
            cases.addStatement("break").unindent();
        }
        read.beginControlFlow("for (String field = $T.nextField(in); field != null; field = $T.nextField(in))",
                        OBJECTS, OBJECTS)
                .beginControlFlow("switch (field)")
                .addCode(cases.build())
                .addCode("default:\n").addStatement("$>throw $T.unknownField(field)$<", ERROR)
                .endControlFlow()
                .endControlFlow();
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).required()) {
                read.beginControlFlow("if (!has$L)", i)
                        .addStatement("throw $T.missing($S)", ERROR, properties.get(i).name())
                        .endControlFlow();
            }
        }
        String arguments = java.util.stream.IntStream.range(0, properties.size()).mapToObj(i -> "p" + i)
                .collect(Collectors.joining(", "));
        boolean generic = type instanceof TypeRef.Declared declared && !declared.arguments().isEmpty();
        read.addStatement("return new $T$L($L)", JavaTypes.className(((TypeRef.Declared) type).type()),
                generic ? "<>" : "", arguments);
        MethodSpec.Builder write = writeMethod(typeName).addStatement("out.writeStartObject()");
        for (int i = 0; i < properties.size(); i++) {
            writeProperty(write, properties.get(i), i, schema.binding(), codecs);
        }
        write.addStatement("out.writeEndObject()");
        return codecClass(name, typeName, "{@code " + schema.name() + "}")
                .addMethod(read.build())
                .addMethod(write.build())
                .build();
    }

    /** What an absent property is: Java's default for primitives, empty for {@code Optional}, else null. */
    private static CodeBlock initialValue(TypeRef type) {
        if (type instanceof TypeRef.Primitive primitive) {
            switch (primitive.keyword()) {
                case "boolean":
                    return CodeBlock.of("false");
                case "char":
                    return CodeBlock.of("'\\0'");
                default:
                    return CodeBlock.of("0");
            }
        }
        return optionalValue(type).isPresent() ? CodeBlock.of("$T.empty()", OPTIONAL) : CodeBlock.of("null");
    }

    private static CodeBlock readValue(PropertyModel property, TypeRef type, JsonCodecSet codecs) {
        Optional<TypeRef> optionalValue = optionalValue(type);
        if (optionalValue.isPresent()) {
            return CodeBlock.of("$T.optional(in, $L, field)", OBJECTS, codecs.codec(optionalValue.get()));
        }
        String step = property.nullable() && !(type instanceof TypeRef.Primitive) ? "nullable" : "nonNull";
        return CodeBlock.of("$T.$N(in, $L, field)", OBJECTS, step, codecs.codec(type));
    }

    /**
     * Writes the property's name and value, or, where the type's {@code @JsonInclude} leaves out nulls and the value
     * is null, nothing. The accessor of an {@code Optional} already unwraps it to a nullable value.
     */
    private static void writeProperty(MethodSpec.Builder write, PropertyModel property, int index,
            JsonBinding binding, JsonCodecSet codecs) {
        TypeRef type = property.javaType().orElseThrow();
        String accessor = property.accessor().orElseThrow();
        if (type instanceof TypeRef.Primitive) {
            write.addStatement("out.writeFieldName($S)", property.name())
                    .addStatement("$L.write(out, value.$L)", codecs.codec(type), accessor);
            return;
        }
        Optional<TypeRef> optionalValue = optionalValue(type);
        CodeBlock codec = codecs.codec(optionalValue.orElse(type));
        boolean omitted = optionalValue.isPresent() ? binding.omitsEmptyOptionals() : binding.omitsNulls();
        if (!omitted) {
            write.addStatement("out.writeFieldName($S)", property.name())
                    .addStatement("$T.writeNullable(out, $L, value.$L)", CODECS, codec, accessor);
            return;
        }
        TypeName valueType = JavaTypes.typeName(optionalValue.orElse(type));
        write.addStatement("$T v$L = value.$L", valueType, index, accessor)
                .beginControlFlow("if (v$L != null)", index)
                .addStatement("out.writeFieldName($S)", property.name())
                .addStatement("$L.write(out, v$L)", codec, index)
                .endControlFlow();
    }

    /** The {@code T} of {@code Optional<T>}; empty for any other type. */
    private static Optional<TypeRef> optionalValue(TypeRef type) {
        if (type instanceof TypeRef.Declared declared && declared.arguments().size() == 1
                && declared.type().canonicalName().equals("java.util.Optional")) {
            return Optional.of(declared.arguments().get(0));
        }
        return Optional.empty();
    }

    /**
     * An enum: its schema's values, read by a switch on the text and written from a table in the constants' order,
     * which is their ordinals' order.
     */
    private static TypeSpec enumCodec(EnumSchema schema, ClassName name) {
        TypeName type = JavaTypes.typeName(schema.javaType().orElseThrow());
        String expected = "one of " + schema.values();
        MethodSpec.Builder read = readMethod(type)
                .beginControlFlow("if (in.currentToken() != $T.VALUE_STRING)", TOKEN)
                .addStatement("throw $T.expected($S)", ERROR, expected)
                .endControlFlow()
                .beginControlFlow("switch (in.getText())");
        for (int i = 0; i < schema.values().size(); i++) {
            read.addCode("case $S:\n", schema.values().get(i))
                    .addStatement("$>return $T.$N$<", type, schema.constants().get(i));
        }
        read.addCode("default:\n").addStatement("$>throw $T.notA(in.getText(), $S)$<", ERROR, expected)
                .endControlFlow();
        CodeBlock names = schema.values().stream().map(value -> CodeBlock.of("$S", value))
                .collect(CodeBlock.joining(", "));
        return codecClass(name, type, "enum {@code " + schema.name() + "}")
                .addField(FieldSpec.builder(ArrayTypeName.of(String.class), "NAMES", Modifier.PRIVATE,
                                Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", names)
                        .build())
                .addMethod(read.build())
                .addMethod(writeMethod(type).addStatement("out.writeString(NAMES[value.ordinal()])").build())
                .build();
    }
}
