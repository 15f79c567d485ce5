package dev.goblet.processor.validation;

import dev.goblet.App;
import dev.goblet.processor.model.BinaryTypes;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of an {@code @App} class: the generated handler must be able to create it ({@code new App()}), and its
 * name must be able to name generated classes and template resources.
 */
public final class AppValidator {
    private static final Pattern APP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final ValidationReport report;

    public AppValidator(ValidationReport report) {
        this.report = report;
    }

    /** Whether the class can hold an app; each rule it breaks is reported. */
    public boolean validate(TypeElement type) {
        boolean clean = validateClass(type);
        clean &= validateBinaryTypes(type);
        return validateName(type) && clean;
    }

    /** Each of {@code @App(binaryTypes)} is a media type or a wildcard of one. */
    private boolean validateBinaryTypes(TypeElement type) {
        boolean clean = true;
        for (String binaryType : type.getAnnotation(App.class).binaryTypes()) {
            if (!BinaryTypes.MEDIA_TYPE.matcher(binaryType).matches()) {
                AnnotationMirror mirror = AnnotationMirrors.of(type, App.class);
                report.error(ErrorMessages.badBinaryType(binaryType), type, mirror,
                        AnnotationMirrors.written(mirror, "binaryTypes"));
                clean = false;
            }
        }
        return clean;
    }

    private boolean validateName(TypeElement type) {
        String name = type.getAnnotation(App.class).name();
        if (APP_NAME.matcher(name).matches()) {
            return true;
        }
        AnnotationMirror mirror = AnnotationMirrors.of(type, App.class);
        report.error(ErrorMessages.badAppName(name), type, mirror, AnnotationMirrors.written(mirror, "name"));
        return false;
    }

    private boolean validateClass(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS) {
            report.error(ErrorMessages.appNotClass(), type);
            return false;
        }
        String name = type.getQualifiedName().toString();
        boolean isPublic = type.getModifiers().contains(Modifier.PUBLIC);
        boolean clean = true;
        if (!isPublic) {
            report.error(ErrorMessages.appNotPublic(name), type);
            clean = false;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(ErrorMessages.appAbstract(name), type);
            clean = false;
        }
        if (isInner(type)) {
            report.error(ErrorMessages.appInner(name), type);
            clean = false;
        }
        // A class that is not public has no usable constructor either; one error says what to change first.
        if (isPublic && !hasPublicNoArgumentConstructor(type)) {
            report.error(ErrorMessages.appConstructor(name), type);
            clean = false;
        }
        return clean;
    }

    /** Inner, local and anonymous classes need an enclosing instance, which the handler does not have. */
    private static boolean isInner(TypeElement type) {
        return type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                || type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS;
    }

    private static boolean hasPublicNoArgumentConstructor(TypeElement type) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    }
}
