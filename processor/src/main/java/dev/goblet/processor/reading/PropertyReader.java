package dev.goblet.processor.reading;

import static dev.goblet.processor.reading.AnnotationLookup.JSON_IGNORE;
import static dev.goblet.processor.reading.AnnotationLookup.JSON_PROPERTY;
import static dev.goblet.processor.reading.AnnotationLookup.SCHEMA;

import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.SchemaDocs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads the JSON properties of records and beans as Jackson sees them, with what Jackson's and swagger's annotations
 * and the Javadoc say about each. The properties' own shapes are the {@link TypeShapeReader}'s.
 */
final class PropertyReader {
    private final Types types;
    private final JavadocReader javadoc;
    private final TypeShapeReader shapes;
    private final ConstraintReader constraints;

    PropertyReader(Types types, JavadocReader javadoc, TypeShapeReader shapes, ConstraintReader constraints) {
        this.types = types;
        this.javadoc = javadoc;
        this.shapes = shapes;
        this.constraints = constraints;
    }

    /** A record's components, each described by the record's {@code @param}. */
    List<PropertyModel> ofRecord(DeclaredType type, TypeElement record) {
        DocComment doc = javadoc.read(record);
        List<PropertyModel> properties = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String javaName = component.getSimpleName().toString();
            ExecutableElement accessor = component.getAccessor();
            List<Element> sources = new ArrayList<>();
            sources.add(component);
            sources.add(accessor);
            field(record, javaName).ifPresent(sources::add);
            canonicalParameter(record, javaName).ifPresent(sources::add);
            TypeMirror memberType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
            Optional<String> description = Optional.ofNullable(doc.params().get(javaName));
            property(javaName, memberType, component.asType(), sources, true, description,
                    Optional.of(accessor.getSimpleName() + "()")).ifPresent(properties::add);
        }
        return properties;
    }

    /**
     * A bean's properties as Jackson sees them by default: public fields, public getters, and any field or getter
     * marked {@code @JsonProperty}; superclasses first. Fields back the properties they name, and make them required.
     */
    List<PropertyModel> ofBean(DeclaredType type, TypeElement bean) {
        Map<String, PropertyModel> properties = new LinkedHashMap<>();
        for (TypeElement level : hierarchy(bean)) {
            List<VariableElement> fields = ElementFilter.fieldsIn(level.getEnclosedElements()).stream()
                    .filter(f -> !f.getModifiers().contains(Modifier.STATIC)
                            && !f.getModifiers().contains(Modifier.TRANSIENT))
                    .collect(Collectors.toList());
            Map<String, ExecutableElement> getters = getters(level);
            for (VariableElement field : fields) {
                String javaName = field.getSimpleName().toString();
                ExecutableElement getter = getters.remove(javaName);
                boolean visible = field.getModifiers().contains(Modifier.PUBLIC) || getter != null
                        || AnnotationLookup.find(field, JSON_PROPERTY).isPresent();
                if (!visible) {
                    continue;
                }
                TypeMirror memberType = getter != null
                        ? ((ExecutableType) types.asMemberOf(type, getter)).getReturnType()
                        : types.asMemberOf(type, field);
                List<Element> sources = getter == null ? List.of(field) : List.of(field, getter);
                Optional<String> description = javadoc.read(field).description()
                        .or(() -> javadoc.read(getter).description());
                Optional<String> read = getter != null ? Optional.of(getter.getSimpleName() + "()")
                        : field.getModifiers().contains(Modifier.PUBLIC) ? Optional.of(javaName) : Optional.empty();
                property(javaName, memberType, field.asType(), sources, true, description, read)
                        .ifPresent(p -> properties.put(p.name(), p));
            }
            for (Map.Entry<String, ExecutableElement> getter : getters.entrySet()) {
                TypeMirror memberType = ((ExecutableType) types.asMemberOf(type, getter.getValue())).getReturnType();
                Optional<String> description = javadoc.read(getter.getValue()).returns();
                property(getter.getKey(), memberType, getter.getValue().getReturnType(), List.of(getter.getValue()),
                        false, description, Optional.of(getter.getValue().getSimpleName() + "()"))
                        .ifPresent(p -> properties.put(p.name(), p));
            }
        }
        return new ArrayList<>(properties.values());
    }

    /** The type and its superclasses outside the JDK, the topmost first. */
    private List<TypeElement> hierarchy(TypeElement type) {
        List<TypeElement> levels = new ArrayList<>();
        for (TypeElement level = type; level != null && !level.getQualifiedName().toString().startsWith("java.");
                level = superclass(level)) {
            levels.add(0, level);
        }
        return levels;
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
    }

    /** Public instance getters ({@code getName()}, {@code isActive()} for booleans) by property name. */
    private Map<String, ExecutableElement> getters(TypeElement type) {
        Map<String, ExecutableElement> getters = new LinkedHashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
                    || method.getReturnType().getKind() == TypeKind.VOID) {
                continue;
            }
            boolean annotated = AnnotationLookup.find(method, JSON_PROPERTY).isPresent();
            if (!method.getModifiers().contains(Modifier.PUBLIC) && !annotated) {
                continue;
            }
            String methodName = method.getSimpleName().toString();
            String property = null;
            if (methodName.startsWith("get") && methodName.length() > 3) {
                property = propertyName(methodName.substring(3));
            } else if (methodName.startsWith("is") && methodName.length() > 2
                    && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
                property = propertyName(methodName.substring(2));
            }
            if (property != null) {
                getters.put(property, method);
            }
        }
        return getters;
    }

    /** Jackson's default naming: the leading capitals lower-cased ({@code URL} reads {@code url}). */
    private static String propertyName(String suffix) {
        int upper = 0;
        while (upper < suffix.length() && Character.isUpperCase(suffix.charAt(upper))) {
            upper++;
        }
        return suffix.substring(0, upper).toLowerCase(Locale.ROOT) + suffix.substring(upper);
    }

    /**
     * One property from the elements that declare it (component, accessor, field, parameter), honouring
     * {@code @JsonIgnore}, {@code @JsonProperty}, {@code @Nullable} and {@code @Schema}; empty when ignored or hidden.
     */
    private Optional<PropertyModel> property(String javaName, TypeMirror memberType, TypeMirror declaredType,
            List<Element> sources, boolean backedByState, Optional<String> javadoc, Optional<String> accessor) {
        Optional<AnnotationMirror> ignore = AnnotationLookup.findOn(sources, JSON_IGNORE);
        if (ignore.isPresent() && AnnotationLookup.bool(ignore.get(), "value").orElse(true)) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> schema = AnnotationLookup.findOn(sources, SCHEMA);
        if (schema.flatMap(s -> AnnotationLookup.bool(s, "hidden")).orElse(false)) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> jsonProperty = AnnotationLookup.findOn(sources, JSON_PROPERTY);
        String name = jsonProperty.flatMap(p -> AnnotationLookup.string(p, "value"))
                .or(() -> schema.flatMap(s -> AnnotationLookup.string(s, "name")))
                .orElse(javaName);
        boolean optional = shapes.isOptional(memberType);
        boolean nullable = optional || isNullable(sources, declaredType, memberType)
                || schema.flatMap(s -> AnnotationLookup.bool(s, "nullable")).orElse(false);
        boolean required = backedByState && !nullable
                || jsonProperty.flatMap(p -> AnnotationLookup.bool(p, "required")).orElse(false);
        required = schema.map(s -> requiredBySchema(s, backedByState && !nullable)).orElse(required);
        SchemaDocs docs = AnnotationLookup.schemaDocs(schema).orDescription(javadoc);
        TypeMirror valueType = optional ? shapes.optionalValue(memberType).orElse(memberType) : memberType;
        List<AnnotatedConstruct> annotated = new ArrayList<>(sources);
        if (optional) {
            annotated.add(valueType);
        } else {
            constraints.refuseItemConstraints(memberType, sources.get(0), "'" + javaName + "'");
        }
        return Optional.of(new PropertyModel(name, shapes.read(memberType), required, nullable, docs,
                constraints.read(annotated, valueType, "'" + javaName + "'"), constraints.cascades(sources),
                accessor.map(read -> optional ? read + ".orElse(null)" : read), Optional.of(TypeRefs.of(memberType))));
    }

    private static boolean requiredBySchema(AnnotationMirror schema, boolean inferred) {
        Optional<String> mode = AnnotationLookup.enumConstant(schema, "requiredMode");
        if (mode.isPresent() && !mode.get().equals("AUTO")) {
            return mode.get().equals("REQUIRED");
        }
        return AnnotationLookup.bool(schema, "required").orElse(inferred);
    }

    /** {@code @Nullable} of any library, on a declaration or on the type (type-use annotations such as JSpecify's). */
    private static boolean isNullable(List<Element> sources, TypeMirror... typeUses) {
        return Stream.concat(sources.stream().map(AnnotatedConstruct.class::cast),
                        Stream.of(typeUses).map(AnnotatedConstruct.class::cast))
                .anyMatch(construct -> AnnotationLookup.hasSimpleName(construct, "Nullable"));
    }

    private static Optional<VariableElement> field(TypeElement type, String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(name)).findFirst();
    }

    /** The canonical constructor's parameter for a component: where {@code PARAMETER}-targeted annotations land. */
    private Optional<VariableElement> canonicalParameter(TypeElement record, String name) {
        int components = record.getRecordComponents().size();
        return ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
                .filter(c -> c.getParameters().size() == components)
                .flatMap(c -> c.getParameters().stream())
                .filter(p -> p.getSimpleName().contentEquals(name))
                .map(VariableElement.class::cast)
                .findFirst();
    }
}
