package dev.goblet.processor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Names the schemas of an app's named types: short where they do not clash, so that generated clients get readable
 * class names, and always unique within the app.
 */
final class SchemaNames {
    private SchemaNames() {}

    /**
     * The first free name of: {@code @Schema(name)}, the simple name with its type arguments' ({@code PageUser}),
     * the enclosing classes' names before it, the qualified name; else the last with a number.
     */
    static String unique(DeclaredType type, TypeElement element, Set<String> taken) {
        Optional<String> declared = AnnotationLookup.find(element, AnnotationLookup.SCHEMA)
                .flatMap(schema -> AnnotationLookup.string(schema, "name"));
        List<String> candidates = new ArrayList<>();
        declared.ifPresent(candidates::add);
        candidates.add(simpleName(type));
        candidates.add(enclosingNames(element) + simpleName(type));
        candidates.add(element.getQualifiedName().toString().replace('.', '_') + argumentNames(type));
        for (String candidate : candidates) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        String base = candidates.get(candidates.size() - 1);
        int suffix = 2;
        while (taken.contains(base + suffix)) {
            suffix++;
        }
        return base + suffix;
    }

    /** {@code Page<List<User>>} reads {@code PageListUser}: the simple names in order. */
    private static String simpleName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return simpleName(((ArrayType) type).getComponentType()) + "Array";
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return type.getKind().isPrimitive() ? capitalize(type.toString()) : "Object";
        }
        return ((DeclaredType) type).asElement().getSimpleName() + argumentNames((DeclaredType) type);
    }

    private static String argumentNames(DeclaredType type) {
        return type.getTypeArguments().stream().map(SchemaNames::simpleName).collect(Collectors.joining());
    }

    private static String enclosingNames(TypeElement element) {
        StringBuilder names = new StringBuilder();
        for (Element outer = element.getEnclosingElement(); outer instanceof TypeElement;
                outer = outer.getEnclosingElement()) {
            names.insert(0, outer.getSimpleName());
        }
        return names.toString();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
