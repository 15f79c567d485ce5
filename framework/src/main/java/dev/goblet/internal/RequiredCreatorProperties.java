package dev.goblet.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes a record's components required in a body, as the generated OpenAPI document says they are: a component
 * that is neither {@code Optional} nor {@code @Nullable} (any library's annotation of that name, kept at run time)
 * must be present and not {@code null}. The local runtime thus rejects the bodies API Gateway's request validator
 * rejects, with a 400 naming the field.
 */
final class RequiredCreatorProperties extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        return required(member) ? Boolean.TRUE : super.hasRequiredMarker(member);
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated annotated) {
        return required(annotated) ? JsonSetter.Value.forValueNulls(Nulls.FAIL) : super.findSetterInfo(annotated);
    }

    /** A parameter of a record's canonical constructor whose component is neither Optional nor nullable. */
    private static boolean required(Annotated annotated) {
        if (!(annotated instanceof AnnotatedParameter parameter)) {
            return false;
        }
        Class<?> owner = parameter.getOwner().getDeclaringClass();
        RecordComponent[] components = owner.getRecordComponents();
        if (components == null || parameter.getOwner().getParameterCount() != components.length) {
            return false;
        }
        RecordComponent component = components[parameter.getIndex()];
        if (component.getType() == Optional.class) {
            return false;
        }
        Stream<Annotation> annotations = Stream.of(component.getAnnotations(),
                        component.getAnnotatedType().getAnnotations(),
                        component.getAccessor().getAnnotations())
                .flatMap(Stream::of);
        return annotations.noneMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }
}
