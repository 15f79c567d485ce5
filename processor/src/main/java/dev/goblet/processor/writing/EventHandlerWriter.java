package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventParameter;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.NamedSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes an event function's Lambda entry point: a subclass of the runtime's base for its source (SQS, SNS, schedule,
 * S3, EventBridge, WebSocket, direct invocation) whose one method binds the event to the app method's parameters and
 * calls it.
 */
public final class EventHandlerWriter {
    private static final String INTERNAL = "dev.goblet.event.internal";
    private static final String EVENT = "dev.goblet.event";
    private static final ClassName CONTEXT = ClassName.get("com.amazonaws.services.lambda.runtime", "Context");
    private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName SQS_MESSAGE = ClassName.get(EVENT, "SqsMessage");
    private static final ClassName EVENT_CALL = ClassName.get(EVENT, "EventCall");
    private static final ClassName INVOCATION = ClassName.get("dev.goblet.internal", "Invocation");
    private static final String BODY_TYPE = "BODY";

    private EventHandlerWriter() {}

    /** Writes the entry point; the payload and a pure function's answer use the app's codecs where they can. */
    public static void write(AppModel app, EventFunctionModel function, JsonCodecSet codecs, Element origin,
            GeneratedFiles files, boolean priming) throws IOException {
        files.writeSource(function.entryPoint().packageName(), type(app, function, codecs, priming), app.appClass(),
                origin);
    }

    static TypeSpec type(AppModel app, EventFunctionModel function, JsonCodecSet codecs) {
        return type(app, function, codecs, false);
    }

    /** The entry point's class; with {@code priming}, it primes itself and its method stops before the app's. */
    static TypeSpec type(AppModel app, EventFunctionModel function, JsonCodecSet codecs, boolean priming) {
        TypeSpec.Builder handler = entryPointClass(app, function, "function",
                ClassName.get(INTERNAL, base(function.source())));
        Optional<CodeBlock> payloadCodec = Optional.empty();
        for (EventParameter parameter : function.parameters()) {
            if (parameter.kind() == EventParameter.Kind.JSON) {
                payloadCodec = codecs.generated(parameter.type());
                if (payloadCodec.isEmpty()) {
                    handler.addField(JavaTypes.jsonTypeField(BODY_TYPE, JavaTypes.typeName(parameter.type())));
                }
            }
        }
        Optional<CodeBlock> answerCodec = function.answer().flatMap(codecs::generated);
        addAppWiring(handler, app, function);
        handler.addMethod(handleMethod(function, payloadCodec, answerCodec, priming));
        if (!function.middleware().isEmpty()) {
            handler.addMethod(middlewareMethod(function.middleware()));
        }
        if (priming) {
            Map<String, NamedSchema> schemas = new LinkedHashMap<>(app.eventSchemas());
            schemas.putAll(app.schemas());
            EventPrimingWriter.addTo(handler, function, schemas, codecs);
        }
        return handler.build();
    }

    /**
     * {@code middleware}, overridden to wrap the function in one lambda per {@code @EventMiddleware} method that
     * covers it, the first declared outermost. The base builds it once; the lambdas read {@code app} when they run.
     */
    private static MethodSpec middlewareMethod(List<String> middleware) {
        TypeName invocation = ParameterizedTypeName.get(INVOCATION, EVENT_CALL, JSON_NODE);
        CodeBlock.Builder chain = CodeBlock.builder();
        String inner = "function";
        for (int index = middleware.size() - 1; index > 0; index--) {
            String name = "chain" + index;
            chain.addStatement("$T $N = call -> app.$N(call, $N::proceed)", invocation, name, middleware.get(index),
                    inner);
            inner = name;
        }
        chain.addStatement("return call -> app.$N(call, $N::proceed)", middleware.get(0), inner);
        return MethodSpec.methodBuilder("middleware").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
                .returns(invocation).addParameter(invocation, "function").addCode(chain.build()).build();
    }

    /** The entry point's class of a function of the app: its Javadoc names {@code kind}, the function and the app. */
    static TypeSpec.Builder entryPointClass(AppModel app, EventFunctionModel function, String kind,
            ClassName superclass) {
        ClassName handlerClass = JavaTypes.className(function.entryPoint());
        return TypeSpec.classBuilder(handlerClass)
                .addJavadoc("The Lambda entry point of " + kind + " {@code $L} of app {@code $L}; set the function's"
                        + " handler to\n{@code $L}.\n", function.name(), app.name(),
                        handlerClass.canonicalName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(superclass);
    }

    /**
     * The app it calls (and the blueprint, made from the app, whose method it is), the constructors that make or
     * take it, and the app's and the function's names.
     */
    static void addAppWiring(TypeSpec.Builder handler, AppModel app, EventFunctionModel function) {
        ClassName appClass = JavaTypes.className(app.appClass());
        handler.addField(appClass, "app", Modifier.PRIVATE, Modifier.FINAL);
        List<CodeBlock> blueprint = new ArrayList<>();
        function.blueprint().ifPresent(registration -> {
            handler.addField(JavaTypes.className(registration.type()), "blueprint", Modifier.PRIVATE,
                    Modifier.FINAL);
            blueprint.add(CodeBlock.of("this.blueprint = $L", BlueprintFields.instance(registration)));
        });
        HandlerWriter.constructors(appClass, Optional.empty(), blueprint).forEach(handler::addMethod);
        handler.addMethod(HandlerWriter.appNameMethod(app));
        handler.addMethod(MethodSpec.methodBuilder("functionName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", function.name())
                .build());
    }

    private static String base(EventSource source) {
        if (source instanceof EventSource.Sqs sqs) {
            return sqs.wholeBatch() ? "SqsBatchEntryPoint" : "SqsEntryPoint";
        }
        if (source instanceof EventSource.Sns) {
            return "SnsEntryPoint";
        }
        if (source instanceof EventSource.Schedule) {
            return "ScheduleEntryPoint";
        }
        if (source instanceof EventSource.S3) {
            return "S3EntryPoint";
        }
        if (source instanceof EventSource.EventBridge) {
            return "EventBridgeEntryPoint";
        }
        if (source instanceof EventSource.Stream stream) {
            return stream.service() == EventSource.Stream.Service.DYNAMODB ? "DynamoDbStreamEntryPoint"
                    : "KinesisEntryPoint";
        }
        if (source instanceof EventSource.WebSocket) {
            return "WebSocketEntryPoint";
        }
        return "PureEntryPoint";
    }

    /** The base's one abstract method: what it is handed, and the call of the app's method with it. */
    private static MethodSpec handleMethod(EventFunctionModel function, Optional<CodeBlock> payloadCodec,
            Optional<CodeBlock> answerCodec, boolean priming) {
        EventSource source = function.source();
        boolean direct = source instanceof EventSource.Direct;
        MethodSpec.Builder method = MethodSpec.methodBuilder(direct ? "invoke" : "handle")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addException(Exception.class);
        String input = input(source);
        method.addParameter(inputType(source), input).addParameter(CONTEXT, "context");
        List<CodeBlock> arguments = new ArrayList<>();
        for (EventParameter parameter : function.parameters()) {
            arguments.add(argument(parameter, source, input, payloadCodec.orElse(CodeBlock.of(BODY_TYPE))));
        }
        if (priming) {
            arguments = boundFirst(method, function.parameters(), arguments);
            method.beginControlFlow("if ($T.stops(context))", PrimingWriter.PRIMING)
                    .addStatement(direct ? "return null" : "return")
                    .endControlFlow();
        }
        CodeBlock call = CodeBlock.of("$N.$N($L)", function.blueprint().isPresent() ? "blueprint" : "app",
                function.methodName(), CodeBlock.join(arguments, ", "));
        if (!direct) {
            return method.addStatement("$L", call).build();
        }
        method.returns(Object.class);
        if (answerCodec.isPresent()) {
            return method.addStatement("return encoded($L, $L)", answerCodec.get(), call).build();
        }
        if (function.returnsValue()) {
            return method.addStatement("return $L", call).build();
        }
        return method.addStatement("$L", call).addStatement("return null").build();
    }

    /**
     * Binds each JSON payload into a local before the priming stop, so that priming runs its codec, and returns the
     * arguments to call the method with; the view, its text, the batch and the context are passed as they are.
     */
    private static List<CodeBlock> boundFirst(MethodSpec.Builder method, List<EventParameter> parameters,
            List<CodeBlock> arguments) {
        List<CodeBlock> locals = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            EventParameter parameter = parameters.get(i);
            if (parameter.kind() != EventParameter.Kind.JSON) {
                locals.add(arguments.get(i));
                continue;
            }
            String local = "bound" + i;
            method.addStatement("$T $N = $L", JavaTypes.typeName(parameter.type()), local, arguments.get(i));
            locals.add(CodeBlock.of("$N", local));
        }
        return locals;
    }

    private static String input(EventSource source) {
        if (source instanceof EventSource.Sqs sqs) {
            return sqs.wholeBatch() ? "batch" : "message";
        }
        if (source instanceof EventSource.Sns) {
            return "message";
        }
        if (source instanceof EventSource.Stream) {
            return "record";
        }
        return source instanceof EventSource.Direct ? "payload" : "event";
    }

    private static TypeName inputType(EventSource source) {
        if (source instanceof EventSource.Sqs sqs) {
            return sqs.wholeBatch() ? ParameterizedTypeName.get(ClassName.get(List.class), SQS_MESSAGE) : SQS_MESSAGE;
        }
        if (source instanceof EventSource.Sns) {
            return ClassName.get(EVENT, "SnsMessage");
        }
        if (source instanceof EventSource.S3) {
            return ClassName.get(EVENT, "S3ObjectEvent");
        }
        if (source instanceof EventSource.EventBridge) {
            return ClassName.get(EVENT, "EventBridgeEvent");
        }
        if (source instanceof EventSource.WebSocket) {
            return ClassName.get("dev.goblet.websocket", "WebSocketEvent");
        }
        if (source instanceof EventSource.Stream stream) {
            return ClassName.get(EVENT, stream.service() == EventSource.Stream.Service.DYNAMODB ? "DynamoDbRecord"
                    : "KinesisRecord");
        }
        return source instanceof EventSource.Schedule ? ClassName.get(EVENT, "ScheduledEvent") : JSON_NODE;
    }

    /** The accessor of the view's text: an SNS message, a Kinesis record's data, an SQS body. */
    private static String text(EventSource source) {
        return source instanceof EventSource.Sns ? "message" : source instanceof EventSource.Stream ? "text" : "body";
    }

    /** The argument for {@code parameter}; a JSON payload binds with {@code binding}, a codec or a databind type. */
    private static CodeBlock argument(EventParameter parameter, EventSource source, String input,
            CodeBlock binding) {
        switch (parameter.kind()) {
            case LAMBDA_CONTEXT:
                return CodeBlock.of("context");
            case TEXT:
                return CodeBlock.of("$N.$N()", input, text(source));
            case JSON:
                if (source instanceof EventSource.Direct) {
                    return CodeBlock.of("bind($N, $L)", input, binding);
                }
                if (source instanceof EventSource.EventBridge) {
                    return CodeBlock.of("bind($N.detail(), $L, $S)", input, binding, "event detail");
                }
                return CodeBlock.of("bind($N.$N(), $L, $S)", input, text(source), binding,
                        source instanceof EventSource.Sns || source instanceof EventSource.WebSocket ? "message"
                                : source instanceof EventSource.Stream ? "record data" : "message body");
            default:
                // The event's view, the batch, or a pure function's JSON tree: what the base hands over.
                return CodeBlock.of("$N", input);
        }
    }
}
