package dev.goblet.processor.reading;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
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
 * Finds how to turn the text of a path, query or header value into a type, as code for a {@code Converter}:
 * a method reference the generated handler passes to {@code ParameterBinder}. Empty when the type has none.
 */
final class TextConversions {
    private static final ClassName BINDER = ClassName.get("dev.goblet.internal", "ParameterBinder");

    private final Types types;

    TextConversions(Types types) {
        this.types = types;
    }

    Optional<CodeBlock> converterFor(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return Optional.of(boxedConverter(TypeName.get(type).box()));
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) types.asElement(type);
        String name = element.getQualifiedName().toString();
        switch (name) {
            case "java.lang.String":
                return Optional.of(CodeBlock.of("text -> text"));
            case "java.lang.Boolean":
            case "java.lang.Character":
            case "java.lang.Integer":
            case "java.lang.Long":
            case "java.lang.Short":
            case "java.lang.Byte":
            case "java.lang.Double":
            case "java.lang.Float":
                return Optional.of(boxedConverter(TypeName.get(type)));
            default:
                break;
        }
        if (!((DeclaredType) type).getTypeArguments().isEmpty()) {
            return Optional.empty();
        }
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(CodeBlock.of("$T::valueOf", ClassName.get(element)));
        }
        return factoryMethod(element, type).or(() -> stringConstructor(element));
    }

    private static CodeBlock boxedConverter(TypeName boxed) {
        if (boxed.equals(TypeName.BOOLEAN.box())) {
            return CodeBlock.of("$T::parseBoolean", BINDER);
        }
        if (boxed.equals(TypeName.CHAR.box())) {
            return CodeBlock.of("$T::parseChar", BINDER);
        }
        return CodeBlock.of("$T::valueOf", boxed);
    }

    /** A public static {@code valueOf}, {@code fromString} or {@code parse} taking one String or CharSequence. */
    private Optional<CodeBlock> factoryMethod(TypeElement element, TypeMirror type) {
        for (String preferred : new String[] {"valueOf", "fromString", "parse"}) {
            for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals(preferred)
                        && method.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))
                        && takesOneText(method)
                        && types.isSameType(types.erasure(method.getReturnType()), types.erasure(type))) {
                    return Optional.of(CodeBlock.of("$T::$N", ClassName.get(element), preferred));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CodeBlock> stringConstructor(TypeElement element) {
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.empty();
        }
        return ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .filter(c -> c.getModifiers().contains(Modifier.PUBLIC) && takesOneText(c))
                .findFirst()
                .map(c -> CodeBlock.of("$T::new", ClassName.get(element)));
    }

    private static boolean takesOneText(ExecutableElement method) {
        if (method.getParameters().size() != 1) {
            return false;
        }
        String parameter = method.getParameters().get(0).asType().toString();
        return parameter.equals("java.lang.String") || parameter.equals("java.lang.CharSequence");
    }
}
