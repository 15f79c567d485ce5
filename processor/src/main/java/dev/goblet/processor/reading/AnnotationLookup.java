package dev.goblet.processor.reading;

import dev.goblet.processor.model.SchemaDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations by their qualified name, as mirrors, so that Goblet honours Jackson's and swagger's annotations
 * without either library on the processor's or the user's classpath. Only the members a user wrote count: a
 * defaulted member reads as empty.
 */
final class AnnotationLookup {
    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    static final String JSON_IGNORE_PROPERTIES = "com.fasterxml.jackson.annotation.JsonIgnoreProperties";
    static final String SCHEMA = "io.swagger.v3.oas.annotations.media.Schema";
    static final String OPERATION = "io.swagger.v3.oas.annotations.Operation";
    static final String PARAMETER = "io.swagger.v3.oas.annotations.Parameter";
    static final String TAG = "io.swagger.v3.oas.annotations.tags.Tag";
    static final String TAGS = "io.swagger.v3.oas.annotations.tags.Tags";

    private AnnotationLookup() {}

    static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String qualifiedName) {
        if (construct == null) {
            return Optional.empty();
        }
        for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The first of {@code constructs} that carries the annotation. */
    static Optional<AnnotationMirror> findOn(List<? extends AnnotatedConstruct> constructs, String qualifiedName) {
        return constructs.stream().map(c -> find(c, qualifiedName)).flatMap(Optional::stream).findFirst();
    }

    /** Whether an annotation named {@code simpleName} (any package: {@code Nullable}) sits on the construct. */
    static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
        return construct != null && construct.getAnnotationMirrors().stream()
                .anyMatch(m -> m.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName));
    }

    static Optional<Object> value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return Optional.of(entry.getValue().getValue());
            }
        }
        return Optional.empty();
    }

    /** A String member the user set to a non-blank text. */
    static Optional<String> string(AnnotationMirror mirror, String member) {
        return value(mirror, member).filter(String.class::isInstance).map(String.class::cast)
                .filter(text -> !text.isBlank());
    }

    static Optional<Boolean> bool(AnnotationMirror mirror, String member) {
        return value(mirror, member).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    /** The constant's name of an enum member, such as {@code REQUIRED}. */
    static Optional<String> enumConstant(AnnotationMirror mirror, String member) {
        return value(mirror, member).filter(VariableElement.class::isInstance)
                .map(v -> ((VariableElement) v).getSimpleName().toString());
    }

    /** A {@code String[]} member, or a single String written without braces. */
    static List<String> strings(AnnotationMirror mirror, String member) {
        List<String> texts = new ArrayList<>();
        for (Object value : values(mirror, member)) {
            if (value instanceof String text && !text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** An annotation-array member's annotations, such as {@code @Tags({@Tag(...), ...})}. */
    static List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        for (Object value : values(mirror, member)) {
            if (value instanceof AnnotationMirror nested) {
                mirrors.add(nested);
            }
        }
        return mirrors;
    }

    private static List<Object> values(AnnotationMirror mirror, String member) {
        Optional<Object> value = value(mirror, member);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object item : list) {
                values.add(((AnnotationValue) item).getValue());
            }
            return values;
        }
        return List.of(value.get());
    }

    /** What {@code @Schema} or {@code @Parameter} says about a value: description, example, format, deprecated. */
    static SchemaDocs schemaDocs(Optional<AnnotationMirror> annotation) {
        if (annotation.isEmpty()) {
            return SchemaDocs.NONE;
        }
        AnnotationMirror mirror = annotation.get();
        return new SchemaDocs(AnnotationLookup.string(mirror, "description"),
                AnnotationLookup.string(mirror, "example"), AnnotationLookup.string(mirror, "format"),
                AnnotationLookup.bool(mirror, "deprecated").orElse(false));
    }
}
