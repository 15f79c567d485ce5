package dev.goblet.processor.reading;

import dev.goblet.processor.model.TextConversion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds how the text of a path, query or header value becomes a value of a type: the {@link TextConversion} that the
 * generated handler hands to the runtime's binder. Empty when the type has none.
 */
final class TextConversions {
    private static final Map<String, String> BOXES = Map.of("java.lang.Boolean", "boolean",
            "java.lang.Character", "char", "java.lang.Integer", "int", "java.lang.Long", "long",
            "java.lang.Short", "short", "java.lang.Byte", "byte", "java.lang.Double", "double",
            "java.lang.Float", "float");

    private final Types types;
    /** By qualified name: finding a factory method walks the type's members, and an app asks for a few types often. */
    private final Map<String, Optional<TextConversion>> found = new HashMap<>();

    TextConversions(Types types) {
        this.types = types;
    }

    Optional<TextConversion> find(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            // By kind: a type-use annotation (@Min(1) int) is part of the type's text.
            return Optional.of(new TextConversion.Primitive(type.getKind().name().toLowerCase(Locale.ROOT)));
        }
        if (type.getKind() != TypeKind.DECLARED || !((DeclaredType) type).getTypeArguments().isEmpty()) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) types.asElement(type);
        return found.computeIfAbsent(element.getQualifiedName().toString(), name -> declared(element, type));
    }

    private Optional<TextConversion> declared(TypeElement element, TypeMirror type) {
        String name = element.getQualifiedName().toString();
        if (name.equals("java.lang.String")) {
            return Optional.of(new TextConversion.Unchanged());
        }
        if (BOXES.containsKey(name)) {
            return Optional.of(new TextConversion.Primitive(BOXES.get(name)));
        }
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(new TextConversion.EnumConstant(TypeRefs.classRef(element)));
        }
        return factoryMethod(element, type).or(() -> stringConstructor(element));
    }

    /**
     * A public static {@code valueOf}, {@code fromString}, {@code parse} or {@code create} taking one String or
     * CharSequence and declaring no checked exception: the generated code passes it as a method reference that may
     * throw only unchecked ones ({@code java.net.URI}'s constructor throws a checked one; {@code URI.create} does not).
     */
    private Optional<TextConversion> factoryMethod(TypeElement element, TypeMirror type) {
        for (String preferred : new String[] {"valueOf", "fromString", "parse", "create"}) {
            for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals(preferred)
                        && method.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))
                        && takesOneText(method)
                        && throwsNoChecked(method)
                        && types.isSameType(types.erasure(method.getReturnType()), types.erasure(type))) {
                    return Optional.of(new TextConversion.FactoryMethod(TypeRefs.classRef(element), preferred));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TextConversion> stringConstructor(TypeElement element) {
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.empty();
        }
        return ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .filter(c -> c.getModifiers().contains(Modifier.PUBLIC) && takesOneText(c) && throwsNoChecked(c))
                .findFirst()
                .map(c -> new TextConversion.StringConstructor(TypeRefs.classRef(element)));
    }

    /** Whether every exception the method declares is a RuntimeException or an Error. */
    private boolean throwsNoChecked(ExecutableElement method) {
        for (TypeMirror thrown : method.getThrownTypes()) {
            boolean unchecked = false;
            for (TypeMirror t = thrown; t.getKind() == TypeKind.DECLARED; t = ((TypeElement) types.asElement(t))
                    .getSuperclass()) {
                String name = ((TypeElement) types.asElement(t)).getQualifiedName().toString();
                unchecked |= name.equals("java.lang.RuntimeException") || name.equals("java.lang.Error");
            }
            if (!unchecked) {
                return false;
            }
        }
        return true;
    }

    private static boolean takesOneText(ExecutableElement method) {
        if (method.getParameters().size() != 1) {
            return false;
        }
        String parameter = method.getParameters().get(0).asType().toString();
        return parameter.equals("java.lang.String") || parameter.equals("java.lang.CharSequence");
    }
}
