package dev.goblet.processor.reading;

import static dev.goblet.processor.reading.AnnotationLookup.JSON_IGNORE;
import static dev.goblet.processor.reading.AnnotationLookup.JSON_IGNORE_PROPERTIES;
import static dev.goblet.processor.reading.AnnotationLookup.JSON_PROPERTY;
import static dev.goblet.processor.reading.AnnotationLookup.SCHEMA;

import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.NamedSchema.EnumSchema;
import dev.goblet.processor.model.NamedSchema.ObjectSchema;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.SchemaDocs;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.model.TypeShape.AnyValue;
import dev.goblet.processor.model.TypeShape.ArrayOf;
import dev.goblet.processor.model.TypeShape.MapOf;
import dev.goblet.processor.model.TypeShape.Ref;
import dev.goblet.processor.model.TypeShape.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
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
 * read with their arguments: {@code Page<User>} is its own schema {@code PageUser}.
 */
public final class TypeShapeReader {
    private static final Map<String, Scalar> SCALARS = scalars();

    private final Elements elements;
    private final DocComments docComments;
    /** Types looked up by name once: javac parses the name on every look-up. */
    private final Map<String, TypeElement> knownTypes = new HashMap<>();
    private final Types types;
    /** Schema name by the type's full text ({@code com.example.Page<com.example.User>}). */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, NamedSchema> schemas = new LinkedHashMap<>();

    TypeShapeReader(Elements elements, Types types, DocComments docComments) {
        this.elements = elements;
        this.types = types;
        this.docComments = docComments;
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

    private TypeShape declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        Scalar scalar = SCALARS.get(name);
        if (scalar != null) {
            return scalar;
        }
        if (name.equals("java.util.Optional")) {
            return argument(type, 0).map(this::read).orElseGet(AnyValue::new);
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
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("com.fasterxml.jackson.")) {
            return new AnyValue();
        }
        return named(type, element, this::objectSchema);
    }

    private interface SchemaReading {
        NamedSchema read(String name, DeclaredType type, TypeElement element);
    }

    private Ref named(DeclaredType type, TypeElement element, SchemaReading reading) {
        String key = type.toString();
        String existing = names.get(key);
        if (existing != null) {
            return new Ref(existing);
        }
        String name = uniqueName(type, element);
        names.put(key, name);
        // Registered first, so that a property of the same type refers back instead of recursing.
        schemas.put(name, new ObjectSchema(name, Optional.empty(), List.of()));
        schemas.put(name, reading.read(name, type, element));
        return new Ref(name);
    }

    private String uniqueName(DeclaredType type, TypeElement element) {
        Optional<String> declared = AnnotationLookup.find(element, SCHEMA)
                .flatMap(schema -> AnnotationLookup.string(schema, "name"));
        List<String> candidates = new ArrayList<>();
        declared.ifPresent(candidates::add);
        candidates.add(simpleName(type));
        candidates.add(enclosingNames(element) + simpleName(type));
        candidates.add(element.getQualifiedName().toString().replace('.', '_') + argumentNames(type));
        for (String candidate : candidates) {
            if (!schemas.containsKey(candidate)) {
                return candidate;
            }
        }
        String base = candidates.get(candidates.size() - 1);
        int suffix = 2;
        while (schemas.containsKey(base + suffix)) {
            suffix++;
        }
        return base + suffix;
    }

    /** {@code Page<List<User>>} reads {@code PageListUser}: the simple names in order. */
    private String simpleName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return simpleName(((ArrayType) type).getComponentType()) + "Array";
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return type.getKind().isPrimitive() ? capitalize(type.toString()) : "Object";
        }
        return ((DeclaredType) type).asElement().getSimpleName() + argumentNames((DeclaredType) type);
    }

    private String argumentNames(DeclaredType type) {
        return type.getTypeArguments().stream().map(this::simpleName).collect(Collectors.joining());
    }

    private static String enclosingNames(TypeElement element) {
        StringBuilder names = new StringBuilder();
        for (Element outer = element.getEnclosingElement(); outer instanceof TypeElement;
                outer = outer.getEnclosingElement()) {
            names.insert(0, outer.getSimpleName());
        }
        return names.toString();
    }

    private NamedSchema enumSchema(String name, DeclaredType type, TypeElement element) {
        List<String> values = new ArrayList<>();
        for (VariableElement constant : ElementFilter.fieldsIn(element.getEnclosedElements())) {
            if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                values.add(AnnotationLookup.find(constant, JSON_PROPERTY)
                        .flatMap(p -> AnnotationLookup.string(p, "value"))
                        .orElse(constant.getSimpleName().toString()));
            }
        }
        return new EnumSchema(name, typeDescription(element), values);
    }

    private NamedSchema objectSchema(String name, DeclaredType type, TypeElement element) {
        List<PropertyModel> properties = element.getKind() == ElementKind.RECORD
                ? recordProperties(type, element)
                : beanProperties(type, element);
        Set<String> ignored = new LinkedHashSet<>();
        AnnotationLookup.find(element, JSON_IGNORE_PROPERTIES)
                .ifPresent(ignore -> ignored.addAll(AnnotationLookup.strings(ignore, "value")));
        properties.removeIf(p -> ignored.contains(p.name()));
        return new ObjectSchema(name, typeDescription(element), properties);
    }

    private List<PropertyModel> recordProperties(DeclaredType type, TypeElement record) {
        DocComment doc = DocComment.parse(docComment(record));
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
            property(javaName, memberType, component.asType(), sources, true, description).ifPresent(properties::add);
        }
        return properties;
    }

    /**
     * A bean's properties as Jackson sees them by default: public fields, public getters, and any field or getter
     * marked {@code @JsonProperty}; superclasses first. Fields back the properties they name, and make them required.
     */
    private List<PropertyModel> beanProperties(DeclaredType type, TypeElement bean) {
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
                Optional<String> description = docComment(field).or(() -> docComment(getter))
                        .map(text -> DocComment.plain(text.split("(?m)^\\s*@")[0]));
                property(javaName, memberType, field.asType(), sources, true, description)
                        .ifPresent(p -> properties.put(p.name(), p));
            }
            for (Map.Entry<String, ExecutableElement> getter : getters.entrySet()) {
                TypeMirror memberType = ((ExecutableType) types.asMemberOf(type, getter.getValue())).getReturnType();
                Optional<String> description = DocComment.parse(docComment(getter.getValue())).returns();
                property(getter.getKey(), memberType, getter.getValue().getReturnType(), List.of(getter.getValue()),
                        false, description).ifPresent(p -> properties.put(p.name(), p));
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
            List<Element> sources, boolean backedByState, Optional<String> javadoc) {
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
        boolean optional = isOptional(memberType);
        boolean nullable = optional || isNullable(sources, declaredType, memberType)
                || schema.flatMap(s -> AnnotationLookup.bool(s, "nullable")).orElse(false);
        boolean required = backedByState && !nullable
                || jsonProperty.flatMap(p -> AnnotationLookup.bool(p, "required")).orElse(false);
        required = schema.map(s -> requiredBySchema(s, backedByState && !nullable)).orElse(required);
        SchemaDocs docs = schemaDocs(schema).orDescription(javadoc);
        return Optional.of(new PropertyModel(name, read(memberType), required, nullable, docs));
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

    private Optional<String> typeDescription(TypeElement element) {
        return AnnotationLookup.find(element, SCHEMA).flatMap(s -> AnnotationLookup.string(s, "description"))
                .or(() -> {
                    DocComment doc = DocComment.parse(docComment(element));
                    return doc.summary().map(summary -> doc.body().map(body -> summary + "\n\n" + body)
                            .orElse(summary));
                });
    }

    private Optional<String> docComment(Element element) {
        return docComments.of(element);
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

    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The JDK's value types that Jackson writes as one JSON scalar, with their OpenAPI type and format. */
    private static Map<String, Scalar> scalars() {
        Map<String, Scalar> scalars = new HashMap<>();
        for (String text : List.of("java.lang.String", "java.lang.CharSequence", "java.lang.Character",
                "java.time.Period", "java.time.YearMonth", "java.time.MonthDay", "java.time.ZoneId",
                "java.time.ZoneOffset", "java.util.Locale", "java.util.Currency", "java.util.regex.Pattern")) {
            scalars.put(text, Scalar.of("string"));
        }
        scalars.put("java.lang.Boolean", Scalar.of("boolean"));
        scalars.put("java.lang.Byte", new Scalar("integer", "int32"));
        scalars.put("java.lang.Short", new Scalar("integer", "int32"));
        scalars.put("java.lang.Integer", new Scalar("integer", "int32"));
        scalars.put("java.lang.Long", new Scalar("integer", "int64"));
        scalars.put("java.util.OptionalInt", new Scalar("integer", "int32"));
        scalars.put("java.util.OptionalLong", new Scalar("integer", "int64"));
        scalars.put("java.lang.Float", new Scalar("number", "float"));
        scalars.put("java.lang.Double", new Scalar("number", "double"));
        scalars.put("java.util.OptionalDouble", new Scalar("number", "double"));
        scalars.put("java.lang.Number", Scalar.of("number"));
        scalars.put("java.math.BigDecimal", Scalar.of("number"));
        scalars.put("java.math.BigInteger", Scalar.of("integer"));
        scalars.put("java.util.UUID", new Scalar("string", "uuid"));
        scalars.put("java.net.URI", new Scalar("string", "uri"));
        scalars.put("java.net.URL", new Scalar("string", "uri"));
        for (String dateTime : List.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
                "java.time.LocalDateTime", "java.util.Date", "java.util.Calendar")) {
            scalars.put(dateTime, new Scalar("string", "date-time"));
        }
        scalars.put("java.time.LocalDate", new Scalar("string", "date"));
        scalars.put("java.time.LocalTime", new Scalar("string", "time"));
        scalars.put("java.time.OffsetTime", new Scalar("string", "time"));
        scalars.put("java.time.Duration", new Scalar("string", "duration"));
        scalars.put("java.time.Year", new Scalar("integer", "int32"));
        return Map.copyOf(scalars);
    }
}
