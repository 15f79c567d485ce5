package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.JsonBinding;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The JSON codecs of one app, generated from the same model as its OpenAPI schemas: one class in the app's package
 * holding a codec constant per record and enum its routes bind, and one per list, set or map of them. The entry
 * points ask it for the codec of a body or an answer as they are written; what they asked for is all it holds.
 * A type the generated code cannot bind gets a codec that hands it to jackson-databind, and is named in
 * {@link #databound()} so that the processor can say so.
 */
public final class JsonCodecSet {
    private static final String INTERNAL = "dev.goblet.internal";
    private static final ClassName CODEC = ClassName.get(INTERNAL, "JsonCodec");
    private static final ClassName CODECS = ClassName.get(INTERNAL, "JsonCodecs");
    private static final ClassName DATABIND = ClassName.get(INTERNAL, "DatabindCodec");
    private static final Map<String, String> SCALARS = scalars();

    private final ClassName className;
    private final Map<TypeRef, NamedSchema> schemasByType = new LinkedHashMap<>();
    /** The named codecs, written as nested classes; their constants come first so composites can use them. */
    private final Map<String, NamedCodec> named = new LinkedHashMap<>();
    /** The same codecs in the order they were asked for, which {@link #type()} writes them in. */
    private final List<NamedCodec> namedInOrder = new ArrayList<>();
    /** Composite and databind constants, each after the constants it is built from. */
    private final Map<TypeRef, FieldSpec> composites = new LinkedHashMap<>();
    private final Map<TypeRef, String> databound = new LinkedHashMap<>();

    private JsonCodecSet(ClassName className, AppModel app) {
        this.className = className;
        for (NamedSchema schema : app.schemas().values()) {
            schema.javaType().ifPresent(type -> schemasByType.put(type, schema));
        }
        for (NamedSchema schema : app.eventSchemas().values()) {
            schema.javaType().ifPresent(type -> schemasByType.putIfAbsent(type, schema));
        }
    }

    /** The codecs of {@code app}, empty until the writers ask for some. */
    public static JsonCodecSet of(AppModel app) {
        ClassRef appClass = app.appClass();
        return new JsonCodecSet(ClassName.get(appClass.packageName(), EventSource.logicalIdOf(app.name()) + "Json"),
                app);
    }

    public ClassName className() {
        return className;
    }

    /** The named schema {@code type} is written from, if it is a record or an enum of the app. */
    Optional<NamedSchema> schemaOf(TypeRef type) {
        return Optional.ofNullable(schemasByType.get(type));
    }

    /**
     * The codec of {@code type} when generated code binds it (its parts may still go through databind); empty when
     * the whole value would be databind's, so that the caller keeps its own databind path.
     */
    Optional<CodeBlock> generated(TypeRef type) {
        Optional<String> reason = whyDatabind(type);
        if (reason.isPresent()) {
            databound.put(type, reason.get());
            return Optional.empty();
        }
        return Optional.of(codec(type));
    }

    /** The codec of any value of {@code type}: generated, or databind's where generated code cannot bind it. */
    CodeBlock codec(TypeRef type) {
        Optional<String> reason = whyDatabind(type);
        if (reason.isPresent()) {
            return databind(type, reason.get());
        }
        if (type instanceof TypeRef.Primitive primitive) {
            return scalar(boxName(primitive.keyword()));
        }
        TypeRef.Declared declared = (TypeRef.Declared) type;
        String name = declared.type().canonicalName();
        if (SCALARS.containsKey(name)) {
            return scalar(name);
        }
        List<TypeRef> arguments = declared.arguments();
        if (name.equals("java.util.List") || name.equals("java.util.Set")) {
            return composite(type, name.equals("java.util.List") ? "list" : "set", arguments.get(0));
        }
        if (name.equals("java.util.Map")) {
            return composite(type, "map", arguments.get(1));
        }
        NamedSchema schema = schemasByType.get(type);
        NamedCodec codec = named.computeIfAbsent(schema.name(), key -> {
            NamedCodec created = new NamedCodec(schema, constantName(key));
            namedInOrder.add(created);
            return created;
        });
        return CodeBlock.of("$T.$N", className, codec.constant);
    }

    /** Why generated code cannot bind a value of {@code type} itself (its parts aside), or empty when it can. */
    private Optional<String> whyDatabind(TypeRef type) {
        if (type instanceof TypeRef.Primitive) {
            return Optional.empty();
        }
        if (!(type instanceof TypeRef.Declared declared)) {
            return Optional.of("it is an array or a type variable");
        }
        String name = declared.type().canonicalName();
        if (SCALARS.containsKey(name)) {
            return Optional.empty();
        }
        List<TypeRef> arguments = declared.arguments();
        boolean concrete = arguments.stream().allMatch(a -> a instanceof TypeRef.Declared);
        if (concrete && arguments.size() == 1 && (name.equals("java.util.List") || name.equals("java.util.Set"))
                || concrete && arguments.size() == 2 && name.equals("java.util.Map")
                        && arguments.get(0).toString().equals("java.lang.String")) {
            return Optional.empty();
        }
        NamedSchema schema = schemasByType.get(type);
        if (schema == null) {
            return Optional.of(arguments.isEmpty() ? "Goblet writes no JSON code for it"
                    : "it is generic, or a collection other than List, Set and Map<String, V>");
        }
        return reasonForDatabind(schema, declared.type());
    }

    /** Whether no writer asked for a codec: the class would hold none, so it need not be written. */
    public boolean isEmpty() {
        return named.isEmpty() && composites.isEmpty();
    }

    /** The types bound by databind, each with why; empty when the app needs no databind for its bodies. */
    public Map<TypeRef, String> databound() {
        return databound;
    }

    /**
     * Adds the codec of every named type of the app that generated code can bind, so that a {@code Response} body
     * of such a type, whose class shows only at run time, is written by generated code too.
     */
    public void includeAll() {
        for (TypeRef type : new ArrayList<>(schemasByType.keySet())) {
            if (whyDatabind(type).isEmpty()) {
                codec(type);
            }
        }
    }

    /**
     * The class. Writing a named codec asks for the codecs of its properties, which may add more, so this loops
     * until every codec asked for is written.
     */
    public TypeSpec type() {
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addJavadoc("The JSON codecs of the app's bodies and answers, generated from their schemas.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<NamedCodec> written = new ArrayList<>();
        while (written.size() < named.size()) {
            NamedCodec next = namedInOrder.get(written.size());
            next.classSpec = NamedCodecWriter.write(next.schema, next.className(className), this);
            written.add(next);
        }
        for (NamedCodec codec : written) {
            type.addField(FieldSpec.builder(codecType(JavaTypes.typeName(codec.schema.javaType().orElseThrow())),
                            codec.constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", codec.className(className))
                    .build());
        }
        composites.values().forEach(type::addField);
        written.forEach(codec -> type.addType(codec.classSpec));
        type.addMethod(forClass(written));
        return type.build();
    }

    /** {@code forClass(type)}: the codec of a class the entry point meets at run time, in a {@code Response} body. */
    private MethodSpec forClass(List<NamedCodec> codecs) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("forClass")
                .addJavadoc("The codec of values of {@code type}, or null when it has none.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(codecType(WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(Object.class)), "type");
        for (NamedCodec codec : codecs) {
            TypeRef type = codec.schema.javaType().orElseThrow();
            if (!((TypeRef.Declared) type).arguments().isEmpty()) {
                continue; // A generic type's class does not say its type arguments.
            }
            method.beginControlFlow("if (type == $T.class)", JavaTypes.typeName(type))
                    .addStatement("return $N", codec.constant)
                    .endControlFlow();
        }
        return method.addStatement("return null").build();
    }

    static TypeName codecType(TypeName of) {
        return ParameterizedTypeName.get(CODEC, of.box());
    }

    private CodeBlock scalar(String canonicalName) {
        return CodeBlock.of("$T.$N", CODECS, SCALARS.get(canonicalName));
    }

    /** {@code JsonCodecs.list(item)} and the like, once per type, in a constant after its item's. */
    private CodeBlock composite(TypeRef type, String factory, TypeRef item) {
        FieldSpec field = composites.get(type);
        if (field == null) {
            CodeBlock itemCodec = codec(item);
            field = FieldSpec.builder(codecType(JavaTypes.typeName(type)), factory.toUpperCase() + "_"
                            + composites.size(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.$N($L)", CODECS, factory, itemCodec)
                    .build();
            composites.put(type, field);
        }
        return CodeBlock.of("$T.$N", className, field);
    }

    /** A codec that hands the value to databind, for a type generated code cannot bind. */
    private CodeBlock databind(TypeRef type, String reason) {
        FieldSpec field = composites.get(type);
        if (field == null) {
            TypeName typeName = JavaTypes.typeName(type);
            field = FieldSpec.builder(codecType(typeName), "DATABIND_" + composites.size(), Modifier.PUBLIC,
                            Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T<>($L)", DATABIND, JavaTypes.jsonType(typeName.box()))
                    .build();
            composites.put(type, field);
            databound.put(type, reason);
        }
        return CodeBlock.of("$T.$N", className, field);
    }

    /** Why generated code cannot bind a named type, or empty when it can. */
    private Optional<String> reasonForDatabind(NamedSchema schema, ClassRef type) {
        JsonBinding binding = schema.binding();
        if (binding.databindReason().isPresent()) {
            return binding.databindReason();
        }
        if (!binding.publicType() && !type.packageName().equals(className.packageName())) {
            return Optional.of("it is not public, and not in the app's package");
        }
        return Optional.empty();
    }

    /** {@code UserPage} becomes {@code USER_PAGE}. */
    private static String constantName(String schemaName) {
        return schemaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_")
                .toUpperCase(java.util.Locale.ROOT);
    }

    private static String boxName(String keyword) {
        switch (keyword) {
            case "int":
                return "java.lang.Integer";
            case "char":
                return "java.lang.Character";
            default:
                return "java.lang." + Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
        }
    }

    private static Map<String, String> scalars() {
        Map<String, String> scalars = new LinkedHashMap<>();
        scalars.put("java.lang.String", "STRING");
        scalars.put("java.lang.Boolean", "BOOLEAN");
        scalars.put("java.lang.Integer", "INTEGER");
        scalars.put("java.lang.Long", "LONG");
        scalars.put("java.lang.Short", "SHORT");
        scalars.put("java.lang.Byte", "BYTE");
        scalars.put("java.lang.Double", "DOUBLE");
        scalars.put("java.lang.Float", "FLOAT");
        scalars.put("java.lang.Character", "CHARACTER");
        scalars.put("java.math.BigInteger", "BIG_INTEGER");
        scalars.put("java.math.BigDecimal", "BIG_DECIMAL");
        scalars.put("java.util.UUID", "UUID_CODEC");
        scalars.put("java.net.URI", "URI_CODEC");
        scalars.put("java.time.Instant", "INSTANT");
        scalars.put("java.time.OffsetDateTime", "OFFSET_DATE_TIME");
        scalars.put("java.time.LocalDateTime", "LOCAL_DATE_TIME");
        scalars.put("java.time.LocalDate", "LOCAL_DATE");
        scalars.put("java.time.LocalTime", "LOCAL_TIME");
        return scalars;
    }

    /** A named type's codec: its constant and, once written, its nested class. */
    private static final class NamedCodec {
        final NamedSchema schema;
        final String constant;
        TypeSpec classSpec;

        NamedCodec(NamedSchema schema, String constant) {
            this.schema = schema;
            this.constant = constant;
        }

        ClassName className(ClassName outer) {
            return outer.nestedClass(schema.name().replaceAll("[^A-Za-z0-9_]", "_") + "Codec");
        }
    }
}
