package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.goblet.processor.model.ConstraintModel;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.NamedSchema.ObjectSchema;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.ParameterModel.Cardinality;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.TypeShape;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes the checks of Bean Validation constraints into an entry point: a method per constrained parameter and
 * per body type with constraints (its own or, through {@code @Valid}, its properties'), called on the bound value
 * before the app sees it. A broken constraint is a 400 that names the field or parameter and the rule; no validator
 * library runs, and an app without constraints gets none of this code.
 */
final class ConstraintChecks {
    private static final ClassName BAD_REQUEST = ClassName.get("dev.goblet", "BadRequestError");
    private static final ClassName PATTERN = ClassName.get(Pattern.class);
    /** {@code @Email} as Bean Validation's reference implementation reads it at its simplest: one '@', no spaces. */
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+";

    private final Map<String, NamedSchema> schemas;
    private final TypeSpec.Builder handler;
    private final Set<String> checkedSchemas;
    private final Set<String> written = new LinkedHashSet<>();
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private boolean helpers;

    ConstraintChecks(Map<String, NamedSchema> schemas, TypeSpec.Builder handler) {
        this.schemas = schemas;
        this.handler = handler;
        this.checkedSchemas = checkedSchemas(schemas);
    }

    /** The argument as bound, passed through its checks when it has any. */
    CodeBlock wrap(ParameterModel parameter, int routeIndex, CodeBlock argument) {
        switch (parameter.kind()) {
            case BODY -> {
                Optional<String> schema = refName(parameter.shape()).filter(checkedSchemas::contains);
                if (schema.isEmpty()) {
                    return argument;
                }
                String method = "checkedBody" + routeIndex;
                handler.addMethod(bodyMethod(method, parameter, schema.get()));
                return CodeBlock.of("$N($L)", method, argument);
            }
            case PATH, QUERY, HEADER, FORM -> {
                return checked(parameter, "checkedParameter" + routeIndex + "_" + parameter.name(), argument);
            }
            default -> {
                return argument;
            }
        }
    }

    /** The value passed through a method of that name that checks its constraints, when it has any. */
    CodeBlock checked(ParameterModel parameter, String method, CodeBlock argument) {
        if (parameter.constraints().isEmpty()) {
            return argument;
        }
        handler.addMethod(parameterMethod(method, parameter));
        return CodeBlock.of("$N($L)", method, argument);
    }

    private MethodSpec bodyMethod(String name, ParameterModel parameter, String schema) {
        TypeName type = JavaTypes.typeName(parameter.type());
        CodeBlock.Builder body = CodeBlock.builder();
        if (parameter.cardinality() == Cardinality.OPTIONAL) {
            body.addStatement("value.ifPresent(present -> $N(present, $S, $S))", schemaMethod(schema), "",
                    parameter.name());
        } else {
            body.beginControlFlow("if (value != null)")
                    .addStatement("$N(value, $S, $S)", schemaMethod(schema), "", parameter.name())
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(type)
                .addParameter(type, "value").addCode(body.build()).addStatement("return value").build();
    }

    private MethodSpec parameterMethod(String name, ParameterModel parameter) {
        TypeName type = JavaTypes.typeName(parameter.type());
        String where = parameter.kind().name().toLowerCase(Locale.ROOT) + " parameter '" + parameter.externalName()
                + "'";
        if (parameter.kind() == ParameterModel.Kind.HEADER) {
            where = "header '" + parameter.externalName() + "'";
        } else if (parameter.kind() == ParameterModel.Kind.FORM) {
            where = "form field '" + parameter.externalName() + "'";
        }
        CodeBlock.Builder body = CodeBlock.builder();
        switch (parameter.cardinality()) {
            case OPTIONAL -> body.beginControlFlow("if (value.isPresent())").addStatement("var v = value.get()");
            case MANY -> body.beginControlFlow("for (var v : value)");
            default -> body.addStatement("var v = value");
        }
        boolean text = parameter.valueType().toString().equals("java.lang.String");
        for (ConstraintModel constraint : parameter.constraints()) {
            body.beginControlFlow("if ($L)", broken(constraint))
                    .addStatement("throw new $T($S)", BAD_REQUEST, "Invalid " + where + ": " + constraint.rule(text))
                    .endControlFlow();
        }
        if (parameter.cardinality() == Cardinality.OPTIONAL || parameter.cardinality() == Cardinality.MANY) {
            body.endControlFlow();
        }
        helpers();
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(type)
                .addParameter(type, "value").addCode(body.build()).addStatement("return value").build();
    }

    /** The method that checks a value of a schema, written once; {@code path} prefixes its fields' names. */
    private String schemaMethod(String schemaName) {
        String method = "check" + schemaName;
        if (!written.add(schemaName)) {
            return method;
        }
        ObjectSchema schema = (ObjectSchema) schemas.get(schemaName);
        CodeBlock.Builder body = CodeBlock.builder();
        for (PropertyModel property : schema.properties()) {
            if (!property.checked() || property.accessor().isEmpty()) {
                continue;
            }
            // A block per property, so that each has its own {@code v}.
            body.add("{\n").indent().addStatement("var v = value.$L", property.accessor().get());
            boolean text = property.shape() instanceof TypeShape.Scalar scalar && scalar.type().equals("string");
            for (ConstraintModel constraint : property.constraints()) {
                body.beginControlFlow("if ($L)", broken(constraint))
                        .addStatement("throw fieldError(path + $S, body, $S)", property.name(), constraint.rule(text))
                        .endControlFlow();
            }
            if (property.cascade()) {
                cascade(body, property);
            }
            body.unindent().add("}\n");
        }
        helpers();
        handler.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JavaTypes.typeName(schema.javaType().orElseThrow()), "value")
                .addParameter(String.class, "path").addParameter(String.class, "body")
                .addCode(body.build()).build());
        return method;
    }

    /** {@code @Valid}: the value's own checks, or each item's, with the field's name as their path. */
    private void cascade(CodeBlock.Builder body, PropertyModel property) {
        TypeShape shape = property.shape();
        Optional<String> direct = refName(shape).filter(checkedSchemas::contains);
        if (direct.isPresent()) {
            body.beginControlFlow("if (v != null)")
                    .addStatement("$N(v, path + $S, body)", schemaMethod(direct.get()), property.name() + ".")
                    .endControlFlow();
        } else if (shape instanceof TypeShape.ArrayOf array) {
            Optional<String> items = refName(array.items()).filter(checkedSchemas::contains);
            if (items.isPresent()) {
                body.beginControlFlow("if (v != null)").addStatement("int index = 0")
                        .beginControlFlow("for (var item : v)")
                        .beginControlFlow("if (item != null)")
                        .addStatement("$N(item, path + $S + index + $S, body)", schemaMethod(items.get()),
                                property.name() + "[", "].")
                        .endControlFlow().addStatement("index++").endControlFlow().endControlFlow();
            }
        }
    }

    /** The condition under which {@code v} breaks the constraint; {@code null} breaks only the "not null" kinds. */
    private CodeBlock broken(ConstraintModel constraint) {
        return switch (constraint.kind()) {
            case NOT_NULL -> CodeBlock.of("v == null");
            case NOT_BLANK -> CodeBlock.of("v == null || v.isBlank()");
            case NOT_EMPTY -> CodeBlock.of("v == null || sizeOf(v) == 0");
            case SIZE -> CodeBlock.of("v != null && (sizeOf(v) < $L || sizeOf(v) > $L)", constraint.min(),
                    constraint.max());
            case PATTERN -> CodeBlock.of("v != null && !$N.matcher(v).matches()", pattern(constraint.regexp()));
            case EMAIL -> CodeBlock.of("v != null && !$N.matcher(v).matches()", pattern(EMAIL));
            case MIN -> CodeBlock.of("below(v, $LL)", constraint.min());
            case MAX -> CodeBlock.of("above(v, $LL)", constraint.max());
            case POSITIVE -> CodeBlock.of("below(v, 1L)");
            case POSITIVE_OR_ZERO -> CodeBlock.of("below(v, 0L)");
            case NEGATIVE -> CodeBlock.of("above(v, -1L)");
            case NEGATIVE_OR_ZERO -> CodeBlock.of("above(v, 0L)");
        };
    }

    /** A compiled pattern, one constant per expression. */
    private String pattern(String regexp) {
        return patterns.computeIfAbsent(regexp, text -> {
            String field = "CONSTRAINT_PATTERN_" + patterns.size();
            handler.addField(FieldSpec.builder(PATTERN, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.compile($S)", PATTERN, text).build());
            return field;
        });
    }

    /** What the checks call: the error, sizes of each sized kind, bounds of boxed and primitive numbers. */
    private void helpers() {
        if (helpers) {
            return;
        }
        helpers = true;
        handler.addMethod(MethodSpec.methodBuilder("fieldError").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(BAD_REQUEST).addParameter(String.class, "field").addParameter(String.class, "body")
                .addParameter(String.class, "rule")
                .addStatement("return new $T($S + field + $S + body + $S + rule)", BAD_REQUEST, "Invalid field '",
                        "' in body '", "': ")
                .build());
        sizeOf(ClassName.get(CharSequence.class), "length()");
        sizeOf(ClassName.get(Collection.class), "size()");
        sizeOf(ClassName.get(Map.class), "size()");
        for (TypeName component : List.of(TypeName.OBJECT, TypeName.INT, TypeName.LONG, TypeName.DOUBLE,
                TypeName.FLOAT, TypeName.SHORT, TypeName.BYTE, TypeName.CHAR, TypeName.BOOLEAN)) {
            handler.addMethod(MethodSpec.methodBuilder("sizeOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(int.class).addParameter(com.squareup.javapoet.ArrayTypeName.of(component), "value")
                    .addStatement("return value.length").build());
        }
        bound("below", "<");
        bound("above", ">");
    }

    private void sizeOf(ClassName type, String size) {
        TypeName parameter = type.equals(ClassName.get(CharSequence.class)) ? type
                : com.squareup.javapoet.ParameterizedTypeName.get(type, wildcards(type));
        handler.addMethod(MethodSpec.methodBuilder("sizeOf").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class).addParameter(parameter, "value").addStatement("return value.$L", size).build());
    }

    private static TypeName[] wildcards(ClassName type) {
        TypeName any = com.squareup.javapoet.WildcardTypeName.subtypeOf(Object.class);
        return type.equals(ClassName.get(Map.class)) ? new TypeName[] {any, any} : new TypeName[] {any};
    }

    /** {@code below(long, long)} for primitives, {@code below(Number, long)} for boxes, where null passes. */
    private void bound(String name, String operator) {
        handler.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class).addParameter(long.class, "value").addParameter(long.class, "bound")
                .addStatement("return value $L bound", operator).build());
        handler.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class).addParameter(Number.class, "value").addParameter(long.class, "bound")
                .addStatement("return value != null && value.longValue() $L bound", operator).build());
    }

    private static Optional<String> refName(TypeShape shape) {
        return shape instanceof TypeShape.Ref ref ? Optional.of(ref.name()) : Optional.empty();
    }

    /** The object schemas with something to check, directly or through {@code @Valid}; recursion ends. */
    private static Set<String> checkedSchemas(Map<String, NamedSchema> schemas) {
        Set<String> checked = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (NamedSchema schema : schemas.values()) {
                if (schema instanceof ObjectSchema object && object.javaType().isPresent()
                        && !checked.contains(object.name()) && needsChecks(object, checked)) {
                    checked.add(object.name());
                    grew = true;
                }
            }
        }
        return checked;
    }

    private static boolean needsChecks(ObjectSchema object, Set<String> checked) {
        for (PropertyModel property : object.properties()) {
            if (property.accessor().isEmpty()) {
                continue;
            }
            if (!property.constraints().isEmpty()) {
                return true;
            }
            if (property.cascade()) {
                TypeShape shape = property.shape() instanceof TypeShape.ArrayOf array ? array.items()
                        : property.shape();
                if (refName(shape).filter(checked::contains).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }
}
