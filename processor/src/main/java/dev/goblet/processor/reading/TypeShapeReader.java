package dev.goblet.processor.reading;

import static dev.goblet.processor.reading.AnnotationLookup.JSON_IGNORE_PROPERTIES;
import static dev.goblet.processor.reading.AnnotationLookup.JSON_PROPERTY;
import static dev.goblet.processor.reading.AnnotationLookup.SCHEMA;

import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.NamedSchema.EnumSchema;
import dev.goblet.processor.model.NamedSchema.ObjectSchema;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.model.TypeShape.AnyValue;
import dev.goblet.processor.model.TypeShape.ArrayOf;
import dev.goblet.processor.model.TypeShape.MapOf;
import dev.goblet.processor.model.TypeShape.Ref;
import dev.goblet.processor.model.TypeShape.Scalar;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the wire shape of Java types from their {@link TypeMirror}s, as Jackson would read and write them, without
 * loading a class. Named types (records, beans, enums) become {@link NamedSchema}s collected for the whole app; a
 * type is registered before its properties are read, so recursive types end in a {@link Ref}. Generic types are
 * read with their arguments: {@code Page<User>} is its own schema {@code PageUser}. The properties of records and
 * beans are the {@link PropertyReader}'s, the schemas' names {@link SchemaNames}'.
 */
public final class TypeShapeReader {
    private final Elements elements;
    private final JavadocReader javadoc;
    private final PropertyReader propertyReader;
    /** Types looked up by name once: javac parses the name on every look-up. */
    private final Map<String, TypeElement> knownTypes = new HashMap<>();
    private final Types types;
    /** Schema name by the type's full text ({@code com.example.Page<com.example.User>}). */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, NamedSchema> schemas = new LinkedHashMap<>();

    TypeShapeReader(Elements elements, Types types, JavadocReader javadoc, ValidationReport report) {
        this.elements = elements;
        this.types = types;
        this.javadoc = javadoc;
        this.propertyReader = new PropertyReader(types, javadoc, this, new ConstraintReader(types, report));
    }

    /** The named types met so far, by schema name, in the order first met. */
    public Map<String, NamedSchema> schemas() {
        return schemas;
    }

    public TypeShape read(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN:
                return Scalar.of("boolean");
            case BYTE:
            case SHORT:
            case INT:
                return new Scalar("integer", "int32");
            case LONG:
                return new Scalar("integer", "int64");
            case FLOAT:
                return new Scalar("number", "float");
            case DOUBLE:
                return new Scalar("number", "double");
            case CHAR:
                return Scalar.of("string");
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                return component.getKind() == TypeKind.BYTE
                        ? new Scalar("string", "byte")
                        : new ArrayOf(read(component), false);
            case TYPEVAR:
                return read(((TypeVariable) type).getUpperBound());
            case WILDCARD:
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                return bound == null ? new AnyValue() : read(bound);
            case DECLARED:
                return declared((DeclaredType) type);
            default:
                return new AnyValue();
        }
    }

    /** Whether a value of this type may be absent: {@code Optional} and its primitive kin. */
    public boolean isOptional(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName(type).startsWith("java.util.Optional");
    }

    /** The {@code T} of an {@code Optional<T>}. */
    Optional<TypeMirror> optionalValue(TypeMirror type) {
        return isOptional(type) ? argument((DeclaredType) type, 0) : Optional.empty();
    }

    private TypeShape declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        Scalar scalar = JsonScalars.of(name);
        if (scalar != null) {
            return scalar;
        }
        if (name.equals("java.util.Optional")) {
            return argument(type, 0).map(this::read).orElseGet(AnyValue::new);
        }
        if (name.startsWith("com.fasterxml.jackson.")) {
            // A JSON tree (JsonNode, ObjectNode, ...) is any JSON: a free-form schema. Asked first, because
            // JsonNode is an Iterable of itself and would be read as an array of arrays without end.
            return new AnyValue();
        }
        if (isSubtype(type, "java.util.Map")) {
            return new MapOf(supertypeArgument(type, "java.util.Map", 1).map(this::read).orElseGet(AnyValue::new));
        }
        if (isSubtype(type, "java.lang.Iterable")) {
            TypeShape items = supertypeArgument(type, "java.lang.Iterable", 0).map(this::read)
                    .orElseGet(AnyValue::new);
            return new ArrayOf(items, isSubtype(type, "java.util.Set"));
        }
        if (element.getKind() == ElementKind.ENUM) {
            return named(type, element, this::enumSchema);
        }
        if (name.startsWith("java.") || name.startsWith("javax.")) {
            return new AnyValue();
        }
        return named(type, element, this::objectSchema);
    }

    private interface SchemaReading {
        NamedSchema read(String name, DeclaredType type, TypeElement element);
    }

    private Ref named(DeclaredType type, TypeElement element, SchemaReading reading) {
        String key = key(type);
        String existing = names.get(key);
        if (existing != null) {
            return new Ref(existing);
        }
        String name = SchemaNames.unique(type, element, schemas.keySet());
        names.put(key, name);
        // Registered first, so that a property of the same type refers back instead of recursing.
        schemas.put(name, new ObjectSchema(name, Optional.empty(), List.of()));
        schemas.put(name, reading.read(name, type, element));
        return new Ref(name);
    }

    private NamedSchema enumSchema(String name, DeclaredType type, TypeElement element) {
        List<String> values = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (VariableElement constant : ElementFilter.fieldsIn(element.getEnclosedElements())) {
            if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add(constant.getSimpleName().toString());
                values.add(AnnotationLookup.find(constant, JSON_PROPERTY)
                        .flatMap(p -> AnnotationLookup.string(p, "value"))
                        .orElse(constant.getSimpleName().toString()));
            }
        }
        return new EnumSchema(name, typeDescription(element), values, constants, Optional.of(TypeRefs.of(type)),
                JsonBindingReader.ofEnum(element));
    }

    private NamedSchema objectSchema(String name, DeclaredType type, TypeElement element) {
        List<PropertyModel> properties = element.getKind() == ElementKind.RECORD
                ? propertyReader.ofRecord(type, element)
                : propertyReader.ofBean(type, element);
        Set<String> ignored = new LinkedHashSet<>();
        AnnotationLookup.find(element, JSON_IGNORE_PROPERTIES)
                .ifPresent(ignore -> ignored.addAll(AnnotationLookup.strings(ignore, "value")));
        properties.removeIf(p -> ignored.contains(p.name()));
        return new ObjectSchema(name, typeDescription(element), properties, Optional.of(TypeRefs.of(type)),
                element.getKind() == ElementKind.RECORD
                        ? JsonBindingReader.ofRecord(element, properties.size(), javadoc.hasSource(element))
                        : JsonBindingReader.ofBean(element));
    }

    /** {@code @Schema(description)}, else the type's whole Javadoc description. */
    private Optional<String> typeDescription(TypeElement element) {
        return AnnotationLookup.find(element, SCHEMA).flatMap(s -> AnnotationLookup.string(s, "description"))
                .or(() -> javadoc.read(element).description());
    }

    private Optional<TypeMirror> argument(DeclaredType type, int index) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        return index < arguments.size() ? Optional.of(arguments.get(index)) : Optional.empty();
    }

    /** The {@code index}th type argument with which {@code type} implements {@code supertype}, as in Map's V. */
    private Optional<TypeMirror> supertypeArgument(TypeMirror type, String supertype, int index) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        if (qualifiedName(type).equals(supertype)) {
            return argument((DeclaredType) type, index);
        }
        for (TypeMirror parent : types.directSupertypes(type)) {
            if (isSubtype(parent, supertype)) {
                return supertypeArgument(parent, supertype, index);
            }
        }
        return Optional.empty();
    }

    private boolean isSubtype(TypeMirror type, String qualifiedName) {
        TypeElement element = knownTypes.computeIfAbsent(qualifiedName, elements::getTypeElement);
        return element != null && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
    }

    /**
     * The type's text without its type-use annotations: {@code @Nullable Address} and {@code Address} are one type
     * and one schema.
     */
    private static String key(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return type.getKind() == TypeKind.ARRAY ? key(((ArrayType) type).getComponentType()) + "[]"
                    : type.getKind().toString();
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return qualifiedName(type) + (arguments.isEmpty() ? "" : arguments.stream().map(TypeShapeReader::key)
                .collect(java.util.stream.Collectors.joining(",", "<", ">")));
    }

    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
