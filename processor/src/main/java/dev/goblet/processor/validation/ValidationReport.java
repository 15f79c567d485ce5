package dev.goblet.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found in an app's sources, each on the element (and, where known, the annotation and its value)
 * that is wrong, so that the compiler's caret points at what to change.
 */
public final class ValidationReport {
    private final List<Item> items = new ArrayList<>();

    /** One error and where it belongs. */
    public record Item(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {}

    public void error(String message, Element element) {
        items.add(new Item(message, element, null, null));
    }

    public void error(String message, Element element, AnnotationMirror annotation) {
        items.add(new Item(message, element, annotation, null));
    }

    public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        items.add(new Item(message, element, annotation, value));
    }

    public void printTo(Messager messager) {
        for (Item item : items) {
            messager.printMessage(Diagnostic.Kind.ERROR, item.message(), item.element(), item.annotation(),
                    item.value());
        }
    }
}
