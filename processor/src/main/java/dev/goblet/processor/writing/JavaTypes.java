package dev.goblet.processor.writing;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The model's types as JavaPoet's, for the writers of Java sources. */
final class JavaTypes {
    private static final ClassName JSON_BODIES = ClassName.get("dev.goblet.internal", "JsonBodies");
    private static final ClassName JAVA_TYPE = ClassName.get("com.fasterxml.jackson.databind", "JavaType");
    private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

    private JavaTypes() {}

    static ClassName className(ClassRef ref) {
        List<String> names = ref.simpleNames();
        return ClassName.get(ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    static TypeName typeName(TypeRef type) {
        if (type instanceof TypeRef.Declared declared) {
            ClassName raw = className(declared.type());
            return declared.arguments().isEmpty() ? raw : ParameterizedTypeName.get(raw,
                    declared.arguments().stream().map(JavaTypes::typeName).toArray(TypeName[]::new));
        }
        if (type instanceof TypeRef.Array array) {
            return ArrayTypeName.of(typeName(array.component()));
        }
        if (type instanceof TypeRef.Wildcard wildcard) {
            return wildcard.lower().isPresent() ? WildcardTypeName.supertypeOf(typeName(wildcard.lower().get()))
                    : WildcardTypeName.subtypeOf(wildcard.upper().map(JavaTypes::typeName).orElse(TypeName.OBJECT));
        }
        if (type instanceof TypeRef.Variable variable) {
            return TypeVariableName.get(variable.name());
        }
        return primitiveTypeName(((TypeRef.Primitive) type).keyword());
    }

    /**
     * A constant holding the Jackson type that JSON binds to, built once when the class loads, so that no request
     * or event pays for it.
     */
    static FieldSpec jsonTypeField(String name, TypeName type) {
        return FieldSpec.builder(JAVA_TYPE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(jsonType(type))
                .build();
    }

    /** The expression of the Jackson type of {@code type}. */
    static CodeBlock jsonType(TypeName type) {
        return type instanceof ParameterizedTypeName
                ? CodeBlock.of("$T.type(new $T<$T>() {})", JSON_BODIES, TYPE_REFERENCE, type)
                : CodeBlock.of("$T.type($T.class)", JSON_BODIES, type);
    }

    private static TypeName primitiveTypeName(String keyword) {
        switch (keyword) {
            case "boolean":
                return TypeName.BOOLEAN;
            case "byte":
                return TypeName.BYTE;
            case "short":
                return TypeName.SHORT;
            case "int":
                return TypeName.INT;
            case "long":
                return TypeName.LONG;
            case "char":
                return TypeName.CHAR;
            case "float":
                return TypeName.FLOAT;
            case "double":
                return TypeName.DOUBLE;
            default:
                return TypeName.VOID;
        }
    }
}
