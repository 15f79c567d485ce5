package dev.goblet.processor.writing;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;

/** The {@code @Generated} every generated class carries: the processor's name and no timestamp, so builds repeat. */
final class GeneratedAnnotation {
    static final String PROCESSOR = "dev.goblet.processor.GobletProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedAnnotation() {}

    static AnnotationSpec spec() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
