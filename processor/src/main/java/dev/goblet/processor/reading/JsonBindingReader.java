package dev.goblet.processor.reading;

import dev.goblet.processor.model.JsonBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Decides whether generated code can read and write a named type's JSON, or whether jackson-databind must, because
 * the type asks for something only databind does: a custom serializer, a creator, polymorphic type ids, a wire
 * format of its own. Generated code binds records and enums whose Jackson annotations are only those the schema
 * already describes.
 */
final class JsonBindingReader {
    /** Jackson annotations whose whole meaning is in the schema: generated code honours them by following it. */
    private static final Set<String> DESCRIBED = Set.of(
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.annotation.JsonPropertyDescription",
            "com.fasterxml.jackson.annotation.JsonClassDescription");

    private static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
    /** The {@code @JsonInclude} values that leave out null (and empty {@code Optional}) properties, and only them. */
    private static final Set<String> OMITTING_NULLS = Set.of("NON_NULL", "NON_ABSENT");

    private JsonBindingReader() {}

    /**
     * The binding of a record whose schema has {@code properties} JSON properties; {@code fromSource} when it is
     * compiled in this build, not read from a jar.
     */
    static JsonBinding ofRecord(TypeElement record, int properties, boolean fromSource) {
        boolean publicType = isPublic(record);
        if (properties != record.getRecordComponents().size()) {
            return JsonBinding.databind("some of its components are not JSON properties", publicType);
        }
        if (!fromSource && record.getRecordComponents().stream()
                .anyMatch(component -> component.asType().getKind() == TypeKind.DECLARED
                        || component.asType().getKind() == TypeKind.ARRAY)) {
            // javac 17 drops the type-use annotations of classes it reads from class files (JDK-8225377): a
            // JSpecify @Nullable there is invisible, and generated code would refuse the nulls databind takes.
            return JsonBinding.databind("it is compiled outside this build, where javac does not show its"
                    + " components' type-use annotations (such as @Nullable)", publicType);
        }
        return common(record, publicType);
    }

    static JsonBinding ofEnum(TypeElement enumType) {
        return common(enumType, isPublic(enumType));
    }

    static JsonBinding ofBean(TypeElement bean) {
        return JsonBinding.databind("it is a class, not a record", isPublic(bean));
    }

    private static JsonBinding common(TypeElement type, boolean publicType) {
        if (isPrivate(type)) {
            return JsonBinding.databind("it is private", publicType);
        }
        if (!type.getTypeParameters().isEmpty()) {
            return JsonBinding.databind("it is generic", publicType);
        }
        Optional<String> include = AnnotationLookup.find(type, JSON_INCLUDE)
                .map(mirror -> AnnotationLookup.enumConstant(mirror, "value").orElse("ALWAYS"));
        if (include.isPresent() && !OMITTING_NULLS.contains(include.get()) && !include.get().equals("ALWAYS")) {
            return JsonBinding.databind("it has @JsonInclude(" + include.get() + ")", publicType);
        }
        return foreignAnnotation(type)
                .map(annotation -> JsonBinding.databind("it has @" + annotation, publicType))
                .orElseGet(() -> JsonBinding.generated(publicType, include.orElse("ALWAYS")));
    }

    /** The simple name of the first Jackson annotation on the type or its members that the schema does not say. */
    private static Optional<String> foreignAnnotation(TypeElement type) {
        for (Element element : annotatedParts(type)) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
                String name = annotation.getQualifiedName().toString();
                if (element == type && name.equals(JSON_INCLUDE)) {
                    continue; // Read by common: generated code honours the type's NON_NULL and NON_ABSENT.
                }
                if (name.startsWith("com.fasterxml.jackson.") && !DESCRIBED.contains(name)
                        || name.equals("com.fasterxml.jackson.annotation.JsonProperty")
                        && mirror.getElementValues().keySet().stream()
                                .anyMatch(key -> key.getSimpleName().contentEquals("access"))) {
                    return Optional.of(annotation.getSimpleName().toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The type, its fields, methods, constructors, record components and their parameters; not nested types. */
    private static List<Element> annotatedParts(TypeElement type) {
        List<Element> parts = new ArrayList<>();
        parts.add(type);
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind().isClass() || member.getKind().isInterface()) {
                continue;
            }
            parts.add(member);
            if (member instanceof ExecutableElement executable) {
                parts.addAll(executable.getParameters());
            }
        }
        return parts;
    }

    /** Whether the type and every type it is nested in are public: generated code in any package reaches it. */
    private static boolean isPublic(TypeElement type) {
        return levels(type).stream().allMatch(level -> level.getModifiers().contains(Modifier.PUBLIC));
    }

    /** Whether the type or a type it is nested in is private: no generated class can reach it. */
    private static boolean isPrivate(TypeElement type) {
        return levels(type).stream().anyMatch(level -> level.getModifiers().contains(Modifier.PRIVATE));
    }

    /** The type and the types it is nested in, up to its package. */
    private static List<Element> levels(TypeElement type) {
        List<Element> levels = new ArrayList<>();
        for (Element level = type; level != null && level.getKind() != ElementKind.PACKAGE;
                level = level.getEnclosingElement()) {
            levels.add(level);
        }
        return levels;
    }
}
