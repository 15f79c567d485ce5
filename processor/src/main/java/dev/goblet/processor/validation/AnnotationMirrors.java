package dev.goblet.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds the annotation, and the value in it, that an error is about, so that the compiler's caret lands on it. */
final class AnnotationMirrors {
    private AnnotationMirrors() {}

    /** The element's annotation of that type, or null. */
    static AnnotationMirror of(Element element, Class<?> annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return mirror;
            }
        }
        return null;
    }

    /** The value the user wrote for an annotation member; null when defaulted, so the caret stays on the annotation. */
    static AnnotationValue written(AnnotationMirror mirror, String member) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends Element, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A repeatable annotation's mirrors in declared order, whether written once or inside its container. */
    static List<AnnotationMirror> repeated(Element element, Class<?> annotation, Class<?> container) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        AnnotationMirror single = of(element, annotation);
        if (single != null) {
            mirrors.add(single);
        }
        AnnotationValue values = written(of(element, container), "value");
        if (values != null) {
            for (Object each : (List<?>) values.getValue()) {
                mirrors.add((AnnotationMirror) ((AnnotationValue) each).getValue());
            }
        }
        return mirrors;
    }
}
