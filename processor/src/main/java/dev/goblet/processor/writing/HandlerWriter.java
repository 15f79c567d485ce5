package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.goblet.HttpMethod;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.TextConversion;
import dev.goblet.processor.model.TypeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes an app's Lambda entry point: a subclass of {@code ApiEntryPoint} holding the route table as code and
 * one small method per route that binds the parameters and calls the app. No reflection, no classpath scanning.
 */
public final class HandlerWriter {
    private static final String INTERNAL = "dev.goblet.internal";
    private static final ClassName ENTRY_POINT = ClassName.get(INTERNAL, "ApiEntryPoint");
    private static final ClassName ROUTE_TABLE = ClassName.get(INTERNAL, "RouteTable");
    private static final ClassName ROUTE_SPEC = ClassName.get(INTERNAL, "RouteSpec");
    private static final ClassName CORS_HEADERS = ClassName.get(INTERNAL, "CorsHeaders");
    private static final ClassName BINDER = ClassName.get(INTERNAL, "ParameterBinder");
    private static final ClassName SOURCE = ClassName.get(INTERNAL, "ParameterSource");
    private static final ClassName CONVERTER = ClassName.get(INTERNAL, "Converter");
    private static final ClassName FORM_READER = ClassName.get(INTERNAL, "FormReader");
    private static final ClassName FORM_FIELDS = ClassName.get(INTERNAL, "FormFields");
    private static final ClassName REQUEST = ClassName.get("dev.goblet", "Request");
    private static final ClassName RESPONSE = ClassName.get("dev.goblet", "Response");
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName HTTP_METHOD = ClassName.get(HttpMethod.class);
    private static final String JSON = "application/json";
    /** The switch's name when {@code dispatch} wraps it in the exception handlers' clauses. */
    private static final String CALL_ROUTE = "callRoute";

    private HandlerWriter() {}

    /**
     * Writes the entry point of the app's API function; {@code origin} is the app's class, for incremental builds to
     * know what it came from.
     */
    public static void write(AppModel app, ApiHandlerModel function, JsonCodecSet codecs, Element origin,
            GeneratedFiles files, boolean priming) throws IOException {
        files.writeSource(function.entryPoint().packageName(), type(app, function, codecs, priming), app.appClass(),
                origin);
    }

    /**
     * Whether the app's entry points prime themselves before a SnapStart checkpoint: when {@code goblet-snapstart} is
     * on the compile classpath. Apps without it get no priming code at all.
     */
    public static boolean primingWanted(Elements elements) {
        return PrimingWriter.wanted(elements);
    }

    static TypeSpec type(AppModel app, ApiHandlerModel function, JsonCodecSet codecs) {
        return type(app, function, codecs, false);
    }

    /**
     * The entry point's class, without what {@link GeneratedFiles} adds to every generated source; the codecs of its
     * bodies and answers are asked of {@code codecs}, which is written after every entry point of the app.
     */
    static TypeSpec type(AppModel app, ApiHandlerModel function, JsonCodecSet codecs, boolean priming) {
        ClassName appClass = JavaTypes.className(app.appClass());
        ClassName handlerClass = JavaTypes.className(function.entryPoint());
        TypeSpec.Builder handler = TypeSpec.classBuilder(handlerClass)
                .addJavadoc("The Lambda entry point of app {@code $L}; set the function's handler to\n", app.name())
                .addJavadoc("{@code $L}.\n", handlerClass.canonicalName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ENTRY_POINT)
                .addField(FieldSpec.builder(appClass, "app", Modifier.PRIVATE, Modifier.FINAL).build());
        List<RouteModel> routes = function.routes();
        Map<RouteModel, String> receivers = BlueprintFields.receivers(function);
        ConstraintChecks checks = new ConstraintChecks(app.schemas(), handler);
        // One number per route: its RouteSpec's id, its case label and its method's name all carry it.
        for (int id = 0; id < routes.size(); id++) {
            handler.addMethod(routeMethod(routeMethodName(id, routes.get(id)), routes.get(id), id, handler,
                    receivers.getOrDefault(routes.get(id), "app"), checks, codecs, priming));
        }
        Map<String, FieldSpec> contentTypeLists = new LinkedHashMap<>();
        Map<CorsModel, FieldSpec> corsFields = corsFields(app, routes);
        CodeBlock table = routeTable(routes, contentTypeLists, corsFields, codecs);
        contentTypeLists.values().forEach(handler::addField);
        corsFields.values().forEach(handler::addField);
        CorsModel.apiWide(app.cors(), routes).ifPresent(cors -> handler.addMethod(appCorsMethod(corsFields.get(cors))));
        handler.addField(FieldSpec.builder(ROUTE_TABLE, "ROUTES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(table)
                .build());
        BlueprintFields.fields(function).forEach(handler::addField);
        constructors(appClass, Optional.of(MiddlewareChain.superCall(function.middleware())),
                BlueprintFields.creation(function))
                .forEach(handler::addMethod);
        handler.addMethod(appNameMethod(app));
        handler.addMethod(codecForMethod(codecs));
        if (priming) {
            PrimingWriter.addTo(handler, function, app.schemas(), codecs);
        }
        if (!function.isDefault()) {
            handler.addMethod(MethodSpec.methodBuilder("functionName").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return $S", function.name())
                    .build());
        }
        if (function.exceptionHandlers().isEmpty()) {
            handler.addMethod(dispatch(routes));
        } else {
            handler.addMethod(ExceptionClauses.dispatch(function.exceptionHandlers(), CALL_ROUTE, priming));
            handler.addMethod(routeSwitch(CALL_ROUTE, routes).addModifiers(Modifier.PRIVATE).build());
        }
        return handler.build();
    }

    private static String routeMethodName(int id, RouteModel route) {
        return "route" + id + "_" + route.methodName();
    }

    /** {@code RouteTable.of(...)} with one {@code RouteSpec} per route; shared content-type lists go to fields. */
    private static CodeBlock routeTable(List<RouteModel> routes, Map<String, FieldSpec> contentTypeLists,
            Map<CorsModel, FieldSpec> corsFields, JsonCodecSet codecs) {
        CodeBlock.Builder table = CodeBlock.builder().add("$T.of(", ROUTE_TABLE).indent();
        for (int id = 0; id < routes.size(); id++) {
            table.add(id == 0 ? "\n" : ",\n").add(routeSpec(id, routes.get(id), contentTypeLists, corsFields,
                    codecs));
        }
        return table.unindent().add(")").build();
    }

    /** {@code dispatch} only picks the route's method by number, so that it stays small however many routes. */
    private static MethodSpec dispatch(List<RouteModel> routes) {
        return routeSwitch("dispatch", routes).addAnnotation(Override.class).addModifiers(Modifier.PROTECTED).build();
    }

    /** The switch on the route's number, in a method of its own name. */
    private static MethodSpec.Builder routeSwitch(String name, List<RouteModel> routes) {
        MethodSpec.Builder dispatch = MethodSpec.methodBuilder(name)
                .returns(Object.class)
                .addParameter(int.class, "routeId")
                .addParameter(REQUEST, "request")
                .addException(Exception.class)
                .beginControlFlow("switch (routeId)");
        for (int id = 0; id < routes.size(); id++) {
            dispatch.addCode("case $L:\n", id)
                    .addStatement("$>return $N(request)$<", routeMethodName(id, routes.get(id)));
        }
        return dispatch.addCode("default:\n").addStatement("$>throw new $T($S + routeId)$<",
                IllegalStateException.class, "No route ").endControlFlow();
    }

    /**
     * The no-argument constructor Lambda calls, and the one that takes the app; {@code superCall} (such as
     * {@code super(ROUTES)}) starts the second, when the base needs one.
     */
    static List<MethodSpec> constructors(ClassName appClass, Optional<CodeBlock> superCall) {
        return constructors(appClass, superCall, List.of());
    }

    /** The constructors, the second ending with {@code statements}, which may use the app. */
    static List<MethodSpec> constructors(ClassName appClass, Optional<CodeBlock> superCall,
            List<CodeBlock> statements) {
        MethodSpec forLambda = MethodSpec.constructorBuilder()
                .addJavadoc("The constructor Lambda calls: one app instance for the life of the container.\n")
                .addModifiers(Modifier.PUBLIC)
                .addStatement("this(new $T())", appClass)
                .build();
        MethodSpec.Builder forTools = MethodSpec.constructorBuilder()
                .addJavadoc("Serves {@code app}, built by the caller: for tests and tools.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(appClass, "app");
        superCall.ifPresent(call -> forTools.addStatement("$L", call));
        forTools.addStatement("this.app = app");
        statements.forEach(statement -> forTools.addStatement("$L", statement));
        return List.of(forLambda, forTools.build());
    }

    /** {@code codecFor}: the app's codecs, for the bodies of {@code Response}s, which show their class at run time. */
    private static MethodSpec codecForMethod(JsonCodecSet codecs) {
        return MethodSpec.methodBuilder("codecFor")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(JsonCodecSet.codecType(WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(Object.class)), "type")
                .addStatement("return $T.forClass(type)", codecs.className())
                .build();
    }

    static MethodSpec appNameMethod(AppModel app) {
        return MethodSpec.methodBuilder("appName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", app.name())
                .build();
    }

    /** {@code RouteSpec.of(id, path, methods...)}, then only the attributes that differ from the defaults. */
    private static CodeBlock routeSpec(int id, RouteModel route, Map<String, FieldSpec> contentTypeLists,
            Map<CorsModel, FieldSpec> corsFields, JsonCodecSet codecs) {
        CodeBlock methods = route.methods().stream().map(method -> CodeBlock.of("$T.$L", HTTP_METHOD, method.name()))
                .collect(CodeBlock.joining(", "));
        CodeBlock.Builder spec = CodeBlock.builder().add("$T.of($L, $S, $L)", ROUTE_SPEC, id, route.path().text(),
                methods);
        if (route.status() != 200) {
            spec.add(".status($L)", route.status());
        }
        if (route.bindsBody() && route.contentTypes().equals(List.of(JSON))) {
            spec.add(".body()");
        } else if (route.bindsBody()) {
            FieldSpec contentTypes = contentTypeLists.computeIfAbsent(String.join(",", route.contentTypes()),
                    key -> contentTypesField(contentTypeLists.size(), route.contentTypes()));
            spec.add(".body($N)", contentTypes);
        }
        route.cors().ifPresent(cors -> spec.add(".cors($N)", corsFields.get(cors)));
        if (route.returns() == RouteModel.Returns.JSON) {
            codecs.generated(route.returnType()).ifPresent(codec -> spec.add(".answer($L)", codec));
        }
        return spec.build();
    }

    /** One {@code CorsHeaders} field per distinct CORS setting, shared by the routes that have it. */
    private static Map<CorsModel, FieldSpec> corsFields(AppModel app, List<RouteModel> routes) {
        Map<CorsModel, FieldSpec> fields = new LinkedHashMap<>();
        List<CorsModel> all = new ArrayList<>();
        app.cors().ifPresent(all::add);
        routes.forEach(route -> route.cors().ifPresent(all::add));
        for (CorsModel cors : all) {
            fields.computeIfAbsent(cors, key -> FieldSpec.builder(CORS_HEADERS, "CORS_" + fields.size(),
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($L)", CORS_HEADERS, cors.headers().entrySet().stream()
                            .map(header -> CodeBlock.of("$S, $S", header.getKey(), header.getValue()))
                            .collect(CodeBlock.joining(",\n")))
                    .build());
        }
        return fields;
    }

    private static MethodSpec appCorsMethod(FieldSpec cors) {
        return MethodSpec.methodBuilder("appCors")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(CORS_HEADERS)
                .addStatement("return $N", cors)
                .build();
    }

    private static FieldSpec contentTypesField(int index, List<String> contentTypes) {
        CodeBlock values = contentTypes.stream().map(type -> CodeBlock.of("$S", type))
                .collect(CodeBlock.joining(", "));
        return FieldSpec.builder(ParameterizedTypeName.get(LIST, ClassName.get(String.class)),
                        "CONTENT_TYPES_" + index, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", LIST, values)
                .build();
    }

    /** One method per route keeps {@code dispatch} small however many routes the app has. */
    private static MethodSpec routeMethod(String name, RouteModel route, int index, TypeSpec.Builder handler,
            String receiver, ConstraintChecks checks, JsonCodecSet codecs, boolean priming) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParameterModel parameter : route.parameters()) {
            CodeBlock argument = parameter.kind() == ParameterModel.Kind.FORM_RECORD
                    ? formRecord(parameter, index, checks, handler) : argument(parameter, index, handler, codecs);
            arguments.add(checks.wrap(parameter, index, argument));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .returns(Object.class)
                .addParameter(REQUEST, "request")
                .addException(Exception.class);
        if (route.bindsForm()) {
            // Read once, then each field bound from it.
            method.addStatement("$T form = $T.read(request, $L, $L)", FORM_FIELDS, FORM_READER,
                    route.formLimits().maxBytes(), route.formLimits().maxPartBytes());
        }
        if (priming) {
            PrimingWriter.routeBody(method, route, arguments, receiver);
            return method.build();
        }
        CodeBlock call = CodeBlock.of("$N.$N($L)", receiver, route.methodName(), CodeBlock.join(arguments, ",\n"));
        if (route.returns() == RouteModel.Returns.NOTHING) {
            method.addStatement("$L", call).addStatement("return $T.status($L).build()", RESPONSE, route.status());
        } else {
            method.addStatement("return $L", call);
        }
        return method.build();
    }

    private static CodeBlock argument(ParameterModel parameter, int routeIndex, TypeSpec.Builder handler,
            JsonCodecSet codecs) {
        switch (parameter.kind()) {
            case REQUEST:
                return CodeBlock.of("request");
            case LAMBDA_CONTEXT:
                return CodeBlock.of("request.lambdaContext()");
            case RAW_BODY:
                return CodeBlock.of("request.rawBody()");
            case BODY:
                return body(parameter, routeIndex, handler, codecs);
            case PATH:
                return textValue(parameter, CodeBlock.of("request.pathParameter($S)", parameter.externalName()),
                        "PATH", handler);
            case QUERY:
                return textValue(parameter, parameter.cardinality() == ParameterModel.Cardinality.MANY
                        ? CodeBlock.of("request.queryParameterValues($S)", parameter.externalName())
                        : CodeBlock.of("request.queryParameter($S)", parameter.externalName()), "QUERY", handler);
            case HEADER:
                return textValue(parameter, parameter.cardinality() == ParameterModel.Cardinality.MANY
                        ? CodeBlock.of("request.headers().all($S)", parameter.externalName())
                        : CodeBlock.of("request.header($S)", parameter.externalName()), "HEADER", handler);
            case FORM:
                return formField(parameter, handler);
            default:
                throw new IllegalArgumentException("Unknown parameter kind " + parameter.kind());
        }
    }

    /** A field of the form read at the top of the route's method: text converted as a query value is, or files. */
    private static CodeBlock formField(ParameterModel field, TypeSpec.Builder handler) {
        String name = field.externalName();
        if (field.isFile()) {
            return switch (field.cardinality()) {
                case OPTIONAL -> CodeBlock.of("$T.ofNullable(form.file($S))", Optional.class, name);
                case MANY -> CodeBlock.of("form.files($S)", name);
                default -> CodeBlock.of("form.requiredFile($S)", name);
            };
        }
        return textValue(field, field.cardinality() == ParameterModel.Cardinality.MANY
                ? CodeBlock.of("form.fields($S)", name) : CodeBlock.of("form.field($S)", name), "FORM", handler);
    }

    /** A record built from its fields, each bound and checked as a field parameter would be. */
    private static CodeBlock formRecord(ParameterModel record, int routeIndex, ConstraintChecks checks,
            TypeSpec.Builder handler) {
        List<CodeBlock> fields = new ArrayList<>();
        for (ParameterModel field : record.fields()) {
            fields.add(checks.checked(field, "checkedParameter" + routeIndex + "_" + record.name() + "_"
                    + field.name(), formField(field, handler)));
        }
        return CodeBlock.of("new $T($L)", JavaTypes.typeName(record.type()), CodeBlock.join(fields, ",\n"));
    }

    private static CodeBlock textValue(ParameterModel parameter, CodeBlock text, String source,
            TypeSpec.Builder handler) {
        String name = parameter.externalName();
        CodeBlock converter = converterField(parameter, handler);
        switch (parameter.cardinality()) {
            case OPTIONAL:
                return CodeBlock.of("$T.optional($L, $S, $T.$L, $L)", BINDER, text, name, SOURCE, source, converter);
            case MANY:
                return CodeBlock.of("$T.list($L, $S, $T.$L, $L)", BINDER, text, name, SOURCE, source, converter);
            case DEFAULTED:
                return CodeBlock.of("$T.orDefault($L, $S, $S, $T.$L, $L)", BINDER, text, parameter.defaultValue(),
                        name, SOURCE, source, converter);
            default:
                return CodeBlock.of("$T.required($L, $S, $T.$L, $L)", BINDER, text, name, SOURCE, source,
                        converter);
        }
    }

    /**
     * The handler's constant holding the parameter's {@code Converter}, added when no earlier parameter made it:
     * {@code TO_INTEGER = Integer::valueOf}. A field costs javac one inference where a method reference or lambda
     * written at every parameter costs one each, which is most of compiling a handler of many routes.
     */
    private static CodeBlock converterField(ParameterModel parameter, TypeSpec.Builder handler) {
        TypeName valueType = JavaTypes.typeName(parameter.valueType()).box();
        CodeBlock converter = converter(parameter.conversion());
        String base = parameter.conversion() instanceof TextConversion.Unchanged ? "TEXT"
                : "TO_" + constantName(valueType);
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "_" + n;
            FieldSpec field = FieldSpec.builder(ParameterizedTypeName.get(CONVERTER, valueType), name,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(converter).build();
            Optional<FieldSpec> existing = handler.fieldSpecs.stream().filter(f -> f.name.equals(name)).findFirst();
            if (existing.isEmpty()) {
                handler.addField(field);
            }
            // Two types of one simple name, or two conversions to one type, take numbered names.
            if (existing.isEmpty() || existing.get().equals(field)) {
                return CodeBlock.of("$N", name);
            }
        }
    }

    /** {@code java.time.LocalDate} is {@code LOCAL_DATE}; a nested type's name is its own. */
    private static String constantName(TypeName type) {
        String simple = type instanceof ClassName className ? className.simpleName() : type.toString();
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_")
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** The {@code Converter} the binder takes: a method reference, or the identity for text. */
    private static CodeBlock converter(TextConversion conversion) {
        if (conversion instanceof TextConversion.Primitive primitive) {
            return primitive(primitive.keyword());
        }
        if (conversion instanceof TextConversion.EnumConstant constant) {
            return CodeBlock.of("$T::valueOf", JavaTypes.className(constant.type()));
        }
        if (conversion instanceof TextConversion.FactoryMethod factory) {
            return CodeBlock.of("$T::$N", JavaTypes.className(factory.type()), factory.method());
        }
        if (conversion instanceof TextConversion.StringConstructor constructor) {
            return CodeBlock.of("$T::new", JavaTypes.className(constructor.type()));
        }
        return CodeBlock.of("text -> text");
    }

    /** The binder parses booleans and chars strictly; the numbers parse with their box's {@code valueOf}. */
    private static CodeBlock primitive(String keyword) {
        switch (keyword) {
            case "boolean":
                return CodeBlock.of("$T::parseBoolean", BINDER);
            case "char":
                return CodeBlock.of("$T::parseChar", BINDER);
            default:
                return CodeBlock.of("$T::valueOf", JavaTypes.typeName(new TypeRef.Primitive(keyword)).box());
        }
    }

    /**
     * The body read by its generated codec; a type only databind can bind has its Jackson type built once, in a
     * constant, so that no request pays for it.
     */
    private static CodeBlock body(ParameterModel parameter, int routeIndex, TypeSpec.Builder handler,
            JsonCodecSet codecs) {
        TypeName valueType = JavaTypes.typeName(parameter.valueType());
        boolean optional = parameter.cardinality() == ParameterModel.Cardinality.OPTIONAL;
        Optional<CodeBlock> generated = codecs.generated(parameter.valueType());
        CodeBlock codec = generated.orElseGet(() -> {
            String field = "BODY_" + routeIndex;
            handler.addField(JavaTypes.jsonTypeField(field, valueType));
            return CodeBlock.of("$N", field);
        });
        CodeBlock read = CodeBlock.of("$T.<$T>$N(request, $L, $S, $L)", BINDER, valueType.box(),
                generated.isPresent() ? "codecBody" : "body", codec, parameter.name(), !optional);
        return optional ? CodeBlock.of("$T.ofNullable($L)", Optional.class, read) : read;
    }
}
