package dev.goblet.processor.reading;

import dev.goblet.processor.model.ConstraintModel;
import dev.goblet.processor.model.ConstraintModel.Kind;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the Jakarta Bean Validation constraints ({@code jakarta.validation.constraints}, or the older
 * {@code javax.validation.constraints}) and {@code @Valid} on a property's or a parameter's elements, and reports a
 * constraint its type cannot take ({@code @Size} on an {@code int}, {@code @Min} on a {@code String}) or a pattern
 * that does not compile, on the annotation itself. Only the annotations are needed: no validator runs.
 */
final class ConstraintReader {
    private static final List<String> PACKAGES = List.of("jakarta.validation.constraints.",
            "javax.validation.constraints.");
    private static final List<String> VALID = List.of("jakarta.validation.Valid", "javax.validation.Valid");
    private static final Set<String> WHOLE_NUMBERS = Set.of("java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte");
    private static final Set<String> SIZED = Set.of("java.util.Collection", "java.util.Map");

    private final Types types;
    private final ValidationReport report;

    ConstraintReader(Types types, ValidationReport report) {
        this.types = types;
        this.report = report;
    }

    /**
     * The constraints on {@code sources}, checked against {@code type}, the value's type ({@code T} for an
     * {@code Optional<T>}); one per kind, the first element's when several repeat it.
     */
    List<ConstraintModel> read(List<? extends AnnotatedConstruct> sources, TypeMirror type, String where) {
        List<ConstraintModel> constraints = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Optional<Found> found = find(sources, kind.annotation());
            if (found.isEmpty()) {
                continue;
            }
            AnnotationMirror annotation = found.get().annotation();
            Optional<ConstraintModel> constraint = constraint(kind, annotation, found.get().element());
            if (constraint.isPresent() && applies(kind, type, found.get().element(), annotation, where)) {
                constraints.add(constraint.get());
            }
        }
        return constraints;
    }

    /** Whether {@code @Valid} asks for the value's own constraints to be checked. */
    boolean cascades(List<? extends AnnotatedConstruct> sources) {
        return VALID.stream().anyMatch(name -> AnnotationLookup.findOn(sources, name).isPresent());
    }

    /**
     * Reports constraints on the items of a collection ({@code List<@NotBlank String>}), which are not checked: a
     * constraint that reads as checked and is not would be worse than none.
     */
    void refuseItemConstraints(TypeMirror type, Element element, String where) {
        if (type.getKind() != TypeKind.DECLARED) {
            return;
        }
        for (TypeMirror argument : ((javax.lang.model.type.DeclaredType) type).getTypeArguments()) {
            for (Kind kind : Kind.values()) {
                if (find(List.of(argument), kind.annotation()).isPresent()) {
                    report.error(ErrorMessages.constraintOnItems(kind.annotation(), where), located(element));
                    return;
                }
            }
        }
    }

    /** Where an annotation was found: the element to report on, when it is one. */
    private record Found(Element element, AnnotationMirror annotation) {}

    private static Optional<Found> find(List<? extends AnnotatedConstruct> sources, String simpleName) {
        Element reported = null;
        for (AnnotatedConstruct source : sources) {
            if (source instanceof Element element && reported == null) {
                reported = element;
            }
            for (String pkg : PACKAGES) {
                Optional<AnnotationMirror> mirror = AnnotationLookup.find(source, pkg + simpleName);
                if (mirror.isPresent()) {
                    return Optional.of(new Found(source instanceof Element element ? element : reported,
                            mirror.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ConstraintModel> constraint(Kind kind, AnnotationMirror annotation, Element element) {
        Optional<String> message = AnnotationLookup.string(annotation, "message").filter(m -> !m.startsWith("{"));
        return switch (kind) {
            case SIZE -> {
                long min = number(annotation, "min").orElse(0L);
                long max = number(annotation, "max").orElse((long) Integer.MAX_VALUE);
                if (min < 0 || max < min) {
                    report(ErrorMessages.badSize(min, max), element, annotation);
                    yield Optional.empty();
                }
                yield Optional.of(new ConstraintModel(kind, min, max, "", message));
            }
            case MIN, MAX -> {
                long bound = number(annotation, "value").orElse(0L);
                yield Optional.of(new ConstraintModel(kind, kind == Kind.MIN ? bound : 0,
                        kind == Kind.MAX ? bound : 0, "", message));
            }
            case PATTERN -> {
                String regexp = AnnotationLookup.value(annotation, "regexp").map(String::valueOf).orElse("");
                try {
                    Pattern.compile(regexp);
                } catch (PatternSyntaxException e) {
                    report(ErrorMessages.badPattern(regexp, e.getDescription()), element, annotation);
                    yield Optional.empty();
                }
                yield Optional.of(new ConstraintModel(kind, 0, 0, regexp, message));
            }
            default -> Optional.of(new ConstraintModel(kind, 0, 0, "", message));
        };
    }

    /** Whether a value of {@code type} can be checked for {@code kind}; reports it on the annotation when not. */
    private boolean applies(Kind kind, TypeMirror type, Element element, AnnotationMirror annotation, String where) {
        boolean ok;
        if (kind == Kind.NOT_NULL) {
            ok = !type.getKind().isPrimitive();
        } else if (kind.onText()) {
            ok = isText(type);
        } else if (kind.onNumbers()) {
            ok = isWholeNumber(type);
        } else {
            ok = isText(type) || isSized(type);
        }
        if (!ok) {
            report(ErrorMessages.constraintOnWrongType(kind.annotation(), where, name(type), expected(kind)), element,
                    annotation);
        }
        return ok;
    }

    /**
     * javac places no diagnostic on a record's component or on the accessor, field and constructor parameter it
     * makes of it, so one is reported on the record, whose header declares the component; the message names it.
     */
    private void report(String message, Element element, AnnotationMirror annotation) {
        Element located = located(element);
        if (located == element) {
            report.error(message, element, annotation);
        } else {
            report.error(message, located);
        }
    }

    private static Element located(Element element) {
        Element type = element;
        while (type != null && !(type instanceof TypeElement)) {
            type = type.getEnclosingElement();
        }
        return type != null && type != element && type.getKind() == ElementKind.RECORD ? type : element;
    }

    private static String expected(Kind kind) {
        if (kind == Kind.NOT_NULL) {
            return "a reference type (a primitive is never null)";
        }
        if (kind.onText()) {
            return "a String";
        }
        if (kind.onNumbers()) {
            return "an int, long, short or byte, or its box";
        }
        return "a String, a collection, a map or an array";
    }

    /** The type's name without type-use annotations, which are part of a {@code TypeMirror}'s text. */
    private String name(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) types.asElement(type)).getQualifiedName().toString();
        }
        return type.getKind() == TypeKind.ARRAY ? "an array" : type.getKind().toString().toLowerCase(Locale.ROOT);
    }

    private boolean isText(TypeMirror type) {
        return name(type).equals("java.lang.String");
    }

    private boolean isWholeNumber(TypeMirror type) {
        TypeKind kind = type.getKind();
        return kind == TypeKind.INT || kind == TypeKind.LONG || kind == TypeKind.SHORT || kind == TypeKind.BYTE
                || WHOLE_NUMBERS.contains(name(type));
    }

    private boolean isSized(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return true;
        }
        return type.getKind() == TypeKind.DECLARED && (SIZED.contains(name(type))
                || types.directSupertypes(type).stream().anyMatch(this::isSized));
    }

    private static Optional<Long> number(AnnotationMirror annotation, String member) {
        return AnnotationLookup.value(annotation, member).filter(Number.class::isInstance)
                .map(value -> ((Number) value).longValue());
    }
}
