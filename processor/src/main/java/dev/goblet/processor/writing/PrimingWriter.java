package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.TextConversion;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.model.TypeShape;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes an API entry point's priming, when {@code goblet-snapstart} is on the app's compile classpath: a field that
 * registers the entry point with CRaC, and {@code prime()}, which sends one synthetic REST event per route through
 * {@code handleRequest} and reads and writes a sample of every JSON type the routes answer. The events and samples
 * are made here, from the model, so that nothing at run time needs to know the routes' parameters.
 *
 * <p>With priming, each route method binds its parameters into locals and returns before the app's method when the
 * invocation is a priming one ({@code Priming.stops}); without {@code goblet-snapstart}, none of this is written.
 */
final class PrimingWriter {
    /** The class whose presence on the compile classpath turns priming on. */
    static final String SNAP_START = "dev.goblet.snapstart.SnapStartPriming";
    static final ClassName PRIMING = ClassName.get("dev.goblet.internal", "Priming");
    private static final ClassName SNAP_START_PRIMING = ClassName.bestGuess(SNAP_START);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}+]+)\\+?}");
    /** The text of a sample value where nothing better is known: most text parameters take it. */
    private static final String TEXT = "prime";

    private PrimingWriter() {}

    /** Whether the app's build has {@code goblet-snapstart}, so that its entry points prime themselves. */
    static boolean wanted(Elements elements) {
        return elements.getTypeElement(SNAP_START) != null;
    }

    /** Adds the registration and {@code prime()} to the API entry point of {@code function}. */
    static void addTo(TypeSpec.Builder handler, ApiHandlerModel function, Map<String, NamedSchema> schemas,
            JsonCodecSet codecs) {
        handler.addField(FieldSpec.builder(SNAP_START_PRIMING, "priming", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Runs {@link #prime()} before a SnapStart checkpoint; kept here, as CRaC holds it weakly.\n")
                .initializer("$T.register($S, this::prime)", SNAP_START_PRIMING, function.name())
                .build());
        MethodSpec.Builder prime = MethodSpec.methodBuilder("prime")
                .addJavadoc("Sends one synthetic event per route through this entry point, stopping before the app's\n"
                        + "methods and middleware, and reads and writes a sample of each JSON answer. Never throws.\n")
                .addModifiers(Modifier.PUBLIC);
        for (RouteModel route : function.routes()) {
            prime.addStatement("$T.event(this, $S)", SNAP_START_PRIMING, event(route, schemas));
        }
        Set<TypeRef> answers = new HashSet<>();
        for (RouteModel route : function.routes()) {
            if (route.returns() == RouteModel.Returns.JSON && answers.add(route.returnType())) {
                Optional<CodeBlock> codec = codecs.generated(route.returnType());
                String sample = text(sample(route.returnShape(), schemas, new HashSet<>()));
                if (codec.isPresent()) {
                    prime.addStatement("$T.codec($L, $S)", SNAP_START_PRIMING, codec.get(), sample);
                } else {
                    prime.addStatement("$T.Databind.answer($L, $S)", SNAP_START_PRIMING,
                            JavaTypes.jsonType(JavaTypes.typeName(route.returnType()).box()), sample);
                }
            }
        }
        handler.addMethod(prime.build());
    }

    /** A route method's statements with priming: the arguments bound into locals, then the stop, then the call. */
    static void routeBody(MethodSpec.Builder method, RouteModel route, List<CodeBlock> arguments, String receiver) {
        List<CodeBlock> passed = new java.util.ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            ParameterModel parameter = route.parameters().get(i);
            if (parameter.kind() == ParameterModel.Kind.REQUEST) {
                passed.add(arguments.get(i));
                continue;
            }
            String local = parameter.name().equals("request") ? "requestArgument" : parameter.name();
            method.addStatement("$T $N = $L", JavaTypes.typeName(parameter.type()), local, arguments.get(i));
            passed.add(CodeBlock.of("$N", local));
        }
        method.beginControlFlow("if ($T.stops(request.lambdaContext()))", PRIMING)
                .addStatement("return $T.NOT_CALLED", PRIMING)
                .endControlFlow();
        CodeBlock call = CodeBlock.of("this.$N.$N($L)", receiver, route.methodName(), CodeBlock.join(passed, ", "));
        if (route.returns() == RouteModel.Returns.NOTHING) {
            method.addStatement("$L", call).addStatement("return $T.status($L).build()",
                    ClassName.get("dev.goblet", "Response"), route.status());
        } else {
            method.addStatement("return $L", call);
        }
    }

    /** A REST (payload 1.0) proxy event for {@code route}: its first method, sample parameters and body. */
    static String event(RouteModel route, Map<String, NamedSchema> schemas) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        ObjectNode headers = NODES.objectNode().put("Accept", "application/json");
        ObjectNode query = NODES.objectNode();
        String body = null;
        for (ParameterModel parameter : route.parameters()) {
            switch (parameter.kind()) {
                case PATH -> pathValues.put(parameter.externalName(), textSample(parameter, schemas));
                case QUERY -> query.put(parameter.externalName(), textSample(parameter, schemas));
                case HEADER -> headers.put(parameter.externalName(), textSample(parameter, schemas));
                case BODY -> body = text(sample(parameter.shape(), schemas, new HashSet<>()));
                case RAW_BODY -> body = TEXT;
                default -> { }
            }
        }
        if (body != null) {
            String type = route.contentTypes().isEmpty() ? "application/json" : route.contentTypes().get(0);
            headers.put("Content-Type", type.contains("*") ? "application/octet-stream" : type);
        }
        Matcher variables = PATH_VARIABLE.matcher(route.path().text());
        StringBuilder path = new StringBuilder();
        ObjectNode pathParameters = NODES.objectNode();
        while (variables.find()) {
            String value = pathValues.getOrDefault(variables.group(1), TEXT);
            pathParameters.put(variables.group(1), value);
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        ObjectNode event = NODES.objectNode()
                .put("resource", route.path().text())
                .put("path", path.toString())
                .put("httpMethod", route.methods().get(0).name());
        event.set("headers", headers);
        ObjectNode multiHeaders = event.putObject("multiValueHeaders");
        headers.fields().forEachRemaining(h -> multiHeaders.putArray(h.getKey()).add(h.getValue()));
        event.set("queryStringParameters", query.isEmpty() ? NODES.nullNode() : query);
        ObjectNode multiQuery = NODES.objectNode();
        query.fields().forEachRemaining(q -> multiQuery.putArray(q.getKey()).add(q.getValue()));
        event.set("multiValueQueryStringParameters", query.isEmpty() ? NODES.nullNode() : multiQuery);
        event.set("pathParameters", pathParameters.isEmpty() ? NODES.nullNode() : pathParameters);
        event.putObject("requestContext").put("requestId", "goblet-priming").put("stage", "prime")
                .put("httpMethod", route.methods().get(0).name()).put("resourcePath", route.path().text())
                .putObject("identity").put("sourceIp", "127.0.0.1");
        event.put("body", body).put("isBase64Encoded", false);
        return text(event);
    }

    /** A text parameter's sample: its documented example, else a value its conversion takes. */
    private static String textSample(ParameterModel parameter, Map<String, NamedSchema> schemas) {
        if (parameter.docs().example().isPresent()) {
            return parameter.docs().example().get();
        }
        if (parameter.defaultValue() != null) {
            return parameter.defaultValue();
        }
        TextConversion conversion = parameter.conversion();
        if (conversion instanceof TextConversion.EnumConstant) {
            // valueOf takes the Java constant's name, which the schema keeps beside the name on the wire.
            if (parameter.shape() instanceof TypeShape.Ref ref
                    && schemas.get(ref.name()) instanceof NamedSchema.EnumSchema enumSchema
                    && !enumSchema.constants().isEmpty()) {
                return enumSchema.constants().get(0);
            }
            return TEXT;
        }
        if (conversion instanceof TextConversion.Primitive primitive) {
            return switch (primitive.keyword()) {
                case "boolean" -> "false";
                case "char" -> "p";
                default -> "1";
            };
        }
        String type = parameter.valueType().toString();
        return switch (type) {
            case "java.util.UUID" -> "00000000-0000-0000-0000-000000000000";
            case "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.math.BigInteger",
                    "java.lang.Double", "java.lang.Float", "java.math.BigDecimal" -> "1";
            case "java.lang.Boolean" -> "false";
            case "java.time.LocalDate" -> "2000-01-01";
            case "java.time.Instant" -> "2000-01-01T00:00:00Z";
            default -> TEXT;
        };
    }

    /**
     * A JSON value of {@code shape}: every property present (so that each field's reading runs), scalars at a value
     * their format takes, one item per array and map, a recursive type ending in {@code null}.
     */
    static JsonNode sample(TypeShape shape, Map<String, NamedSchema> schemas, Set<String> open) {
        if (shape instanceof TypeShape.Scalar scalar) {
            return switch (scalar.type()) {
                case "integer" -> NODES.numberNode(1);
                case "number" -> NODES.numberNode(1.5);
                case "boolean" -> NODES.booleanNode(false);
                default -> NODES.textNode(formatted(scalar.format()));
            };
        }
        if (shape instanceof TypeShape.ArrayOf array) {
            ArrayNode items = NODES.arrayNode();
            return items.add(sample(array.items(), schemas, open));
        }
        if (shape instanceof TypeShape.MapOf map) {
            ObjectNode values = NODES.objectNode();
            return values.set(TEXT, sample(map.values(), schemas, open));
        }
        if (shape instanceof TypeShape.Ref ref) {
            NamedSchema schema = schemas.get(ref.name());
            if (schema instanceof NamedSchema.EnumSchema enumSchema) {
                return enumSchema.values().isEmpty() ? NODES.nullNode() : NODES.textNode(enumSchema.values().get(0));
            }
            if (schema instanceof NamedSchema.ObjectSchema object && open.add(ref.name())) {
                ObjectNode written = NODES.objectNode();
                for (PropertyModel property : object.properties()) {
                    written.set(property.name(), property.docs().example().<JsonNode>map(NODES::textNode)
                            .filter(example -> property.shape() instanceof TypeShape.Scalar s
                                    && s.type().equals("string"))
                            .orElseGet(() -> sample(property.shape(), schemas, open)));
                }
                open.remove(ref.name());
                return written;
            }
            return NODES.nullNode();
        }
        if (shape instanceof TypeShape.Binary) {
            return NODES.textNode("");
        }
        return NODES.objectNode();
    }

    private static String formatted(String format) {
        if (format == null) {
            return TEXT;
        }
        return switch (format) {
            case "date-time" -> "2000-01-01T00:00:00Z";
            case "date" -> "2000-01-01";
            case "uuid" -> "00000000-0000-0000-0000-000000000000";
            case "email" -> "prime@example.com";
            case "uri" -> "https://example.com/";
            case "byte" -> "cHJpbWU=";
            default -> TEXT;
        };
    }

    private static String text(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
