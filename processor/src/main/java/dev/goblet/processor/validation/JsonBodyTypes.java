package dev.goblet.processor.validation;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Which types Jackson can bind a JSON body to, as far as the compiler can tell without loading a class. */
final class JsonBodyTypes {
    private final Types types;

    JsonBodyTypes(Types types) {
        this.types = types;
    }

    /** Arrays, and declared types Jackson can create: not interfaces other than collections, maps and JSON trees. */
    boolean bindable(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        String name = element.getQualifiedName().toString();
        if (name.startsWith("java.util.") || name.startsWith("com.fasterxml.jackson.databind.")) {
            return !name.startsWith("java.util.concurrent.") && !name.equals("java.util.Optional");
        }
        if (name.equals("java.lang.Object") || name.startsWith("java.io.") || name.startsWith("java.lang.Thread")) {
            return false;
        }
        if (element.getKind().isInterface() || element.getModifiers().contains(Modifier.ABSTRACT)) {
            // Jackson can bind these only with type information we cannot see here; allow when annotated for it.
            return element.getAnnotationMirrors().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().startsWith("com.fasterxml.jackson.annotation"));
        }
        return element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.ENUM
                || !ElementFilter.constructorsIn(element.getEnclosedElements()).isEmpty();
    }
}
