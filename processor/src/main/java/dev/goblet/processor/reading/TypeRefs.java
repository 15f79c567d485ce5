package dev.goblet.processor.reading;

import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/** Turns the compiler's types into the model's {@link TypeRef}s and {@link ClassRef}s, which outlive the round. */
final class TypeRefs {
    private TypeRefs() {}

    static TypeRef of(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return new TypeRef.Array(of(((ArrayType) type).getComponentType()));
            case DECLARED:
            case ERROR:
                DeclaredType declared = (DeclaredType) type;
                List<TypeRef> arguments = declared.getTypeArguments().stream().map(TypeRefs::of)
                        .collect(Collectors.toList());
                return new TypeRef.Declared(classRef((TypeElement) declared.asElement()), arguments);
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                return new TypeRef.Wildcard(Optional.ofNullable(wildcard.getExtendsBound()).map(TypeRefs::of),
                        Optional.ofNullable(wildcard.getSuperBound()).map(TypeRefs::of));
            case TYPEVAR:
                return new TypeRef.Variable(((TypeVariable) type).asElement().getSimpleName().toString());
            default:
                // By kind, not by text: a type-use annotation (@Min(1) int) is part of the type's text.
                if (type.getKind().isPrimitive() || type.getKind() == javax.lang.model.type.TypeKind.VOID) {
                    return new TypeRef.Primitive(type.getKind().name().toLowerCase(java.util.Locale.ROOT));
                }
                throw new IllegalArgumentException("A route cannot use the type " + type);
        }
    }

    /** The class's package and its simple names from the top-level class down. */
    static ClassRef classRef(TypeElement type) {
        List<String> names = new ArrayList<>();
        Element element = type;
        for (; element instanceof TypeElement; element = element.getEnclosingElement()) {
            names.add(0, element.getSimpleName().toString());
        }
        String packageName = element instanceof PackageElement
                ? ((PackageElement) element).getQualifiedName().toString() : "";
        return new ClassRef(packageName, names);
    }
}
