package dev.goblet.processor.reading;

import dev.goblet.event.LambdaFunction;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnEventBridge;
import dev.goblet.event.OnKinesisRecord;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.OnSnsMessage;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.Schedule;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventParameter;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.TableModel;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.EventFunctionValidator;
import dev.goblet.processor.validation.ValidationReport;
import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.OnWsDisconnect;
import dev.goblet.websocket.OnWsMessage;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads a method annotated as a function ({@link #KINDS}) into the model of a function of its own: its source from the
 * annotation, its name (the annotation's, else the method's in snake case), and what each parameter receives. The
 * validator checks it first.
 */
public final class EventFunctionReader {
    /** The annotations that make a method a function, each one kind of source. */
    public static final List<Class<? extends Annotation>> KINDS = List.of(Schedule.class, OnSqsMessage.class,
            OnSnsMessage.class, OnS3Event.class, OnEventBridge.class, OnDynamoDbRecord.class, OnKinesisRecord.class,
            LambdaFunction.class, OnWsConnect.class, OnWsMessage.class, OnWsDisconnect.class);

    /** The annotations of WebSocket handlers, each a route of the app's WebSocket API. */
    public static final List<Class<? extends Annotation>> WEBSOCKET = List.of(OnWsConnect.class, OnWsMessage.class,
            OnWsDisconnect.class);

    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
    private static final String EVENTS = "dev.goblet.event.";
    private static final String WEBSOCKET_EVENT = "dev.goblet.websocket.WebSocketEvent";

    private final Types types;
    private final ValidationReport report;
    private final EventFunctionValidator validator;

    public EventFunctionReader(Types types, ValidationReport report) {
        this.types = types;
        this.report = report;
        this.validator = new EventFunctionValidator(types, report);
    }

    /** Whether the method is annotated as a function. */
    public static boolean isFunction(ExecutableElement method) {
        return KINDS.stream().anyMatch(kind -> method.getAnnotation(kind) != null);
    }

    /**
     * The function the method is, or empty when it breaks a rule (reported).
     *
     * @param appName the app's name, which the entry point's class name starts with
     * @param queues the queues the app declares, which a function may read
     * @param shared what every function of the app may do (its tables, queues, topics), as its API does
     */
    public Optional<EventFunctionModel> read(ExecutableElement method, ClassRef appClass, String appName,
            List<QueueModel> queues, List<PolicyStatement> shared) {
        return read(method, appClass, appName, queues, shared, "");
    }

    /**
     * As {@link #read(ExecutableElement, ClassRef, String, List, List)}, for a blueprint's method: its name starts
     * with the registration's {@code namePrefix}, as Chalice prefixes a blueprint's functions.
     */
    public Optional<EventFunctionModel> read(ExecutableElement method, ClassRef appClass, String appName,
            List<QueueModel> queues, List<PolicyStatement> shared, String namePrefix) {
        List<Class<? extends Annotation>> kinds = KINDS.stream().filter(kind -> method.getAnnotation(kind) != null)
                .toList();
        String methodName = method.getSimpleName().toString();
        if (kinds.size() > 1) {
            report.error(ErrorMessages.twoFunctionAnnotations(methodName,
                    kinds.stream().map(Class::getSimpleName).toList()), method);
            return Optional.empty();
        }
        Class<? extends Annotation> kind = kinds.get(0);
        String name = namePrefix + name(method, kind);
        List<VariableElement> parameters = List.copyOf(method.getParameters());
        List<EventParameter.Kind> parameterKinds = parameters.stream().map(p -> classify(p.asType(), kind)).toList();
        List<TableModel> tables = shared.stream().flatMap(statement -> statement.table().stream()).toList();
        if (!validator.validate(method, kind, name, parameters, parameterKinds, tables)) {
            return Optional.empty();
        }
        EventSource source = source(method, kind, parameterKinds.contains(EventParameter.Kind.BATCH));
        List<EventParameter> bound = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            TypeMirror type = parameters.get(i).asType();
            // A primitive payload binds through its box, which the call unboxes.
            TypeMirror bindable = type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
            bound.add(new EventParameter(parameters.get(i).getSimpleName().toString(), parameterKinds.get(i),
                    TypeRefs.of(bindable)));
        }
        // As Chalice names the function's resource: send_welcome_mail is SendWelcomeMail.
        String logicalId = EventSource.logicalIdOf(name);
        List<PolicyStatement> policy = new ArrayList<>();
        if (source instanceof EventSource.Sqs sqs) {
            Optional<QueueModel> declared = queues.stream()
                    .filter(queue -> sqs.queue().filter(queue.name()::equals).isPresent()).findFirst();
            policy.add(declared.map(queue -> PolicyStatement.queueConsumer(logicalId, queue))
                    .orElseGet(() -> PolicyStatement.queueConsumer(logicalId, sqs.arn())));
        } else if (source instanceof EventSource.S3 s3) {
            policy.add(PolicyStatement.objectReader(logicalId, s3.objectsArn()));
        } else if (source instanceof EventSource.Stream stream) {
            policy.add(PolicyStatement.streamReader(logicalId, stream));
        }
        policy.addAll(shared);
        ClassRef entryPoint = ClassRef.of(appClass.packageName(), entryPointName(appName, logicalId));
        return Optional.of(new EventFunctionModel(name, logicalId, entryPoint, methodName, source, bound,
                answer(method.getReturnType()), policy));
    }

    /** What a method returns, boxed as it is bound; empty for {@code void}. */
    private Optional<TypeRef> answer(TypeMirror type) {
        if (type.getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        return Optional.of(TypeRefs.of(type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType()
                : type));
    }

    private static EventSource source(ExecutableElement method, Class<? extends Annotation> kind,
            boolean wholeBatch) {
        if (kind == Schedule.class) {
            Schedule schedule = method.getAnnotation(Schedule.class);
            return new EventSource.Schedule(schedule.value(), schedule.description());
        }
        if (kind == OnSqsMessage.class) {
            OnSqsMessage sqs = method.getAnnotation(OnSqsMessage.class);
            return new EventSource.Sqs(present(sqs.queue()), present(sqs.queueArn()), sqs.batchSize(),
                    sqs.maximumBatchingWindow(), sqs.maximumConcurrency(), wholeBatch);
        }
        if (kind == OnSnsMessage.class) {
            return new EventSource.Sns(method.getAnnotation(OnSnsMessage.class).topic());
        }
        if (kind == OnS3Event.class) {
            OnS3Event s3 = method.getAnnotation(OnS3Event.class);
            return new EventSource.S3(s3.bucket(), List.of(s3.events()), s3.prefix(), s3.suffix());
        }
        if (kind == OnEventBridge.class) {
            OnEventBridge rule = method.getAnnotation(OnEventBridge.class);
            return new EventSource.EventBridge(rule.pattern(), rule.bus());
        }
        if (kind == OnDynamoDbRecord.class) {
            OnDynamoDbRecord stream = method.getAnnotation(OnDynamoDbRecord.class);
            return new EventSource.Stream(EventSource.Stream.Service.DYNAMODB, stream.streamArn(),
                    present(stream.table()), stream.batchSize(), stream.startingPosition(),
                    stream.maximumBatchingWindow());
        }
        if (kind == OnKinesisRecord.class) {
            OnKinesisRecord stream = method.getAnnotation(OnKinesisRecord.class);
            String arn = stream.streamArn().isEmpty() ? EventSource.Stream.kinesisArn(stream.stream())
                    : stream.streamArn();
            return new EventSource.Stream(EventSource.Stream.Service.KINESIS, arn, Optional.empty(),
                    stream.batchSize(), stream.startingPosition(), stream.maximumBatchingWindow());
        }
        if (kind == OnWsConnect.class) {
            return new EventSource.WebSocket(EventSource.WebSocket.Event.CONNECT, "$connect", "");
        }
        if (kind == OnWsDisconnect.class) {
            return new EventSource.WebSocket(EventSource.WebSocket.Event.DISCONNECT, "$disconnect", "");
        }
        if (kind == OnWsMessage.class) {
            OnWsMessage message = method.getAnnotation(OnWsMessage.class);
            return new EventSource.WebSocket(EventSource.WebSocket.Event.MESSAGE, message.route(),
                    message.routeSelection());
        }
        return new EventSource.Direct();
    }

    /** Whether the method is a WebSocket handler. */
    public static boolean isWebSocketHandler(ExecutableElement method) {
        return WEBSOCKET.stream().anyMatch(kind -> method.getAnnotation(kind) != null);
    }

    /** What a parameter of this type receives from a source of this kind; null when it can receive nothing. */
    private EventParameter.Kind classify(TypeMirror type, Class<? extends Annotation> kind) {
        String name = erasedName(type);
        if (name.equals(CONTEXT)) {
            return EventParameter.Kind.LAMBDA_CONTEXT;
        }
        if (kind == Schedule.class) {
            return name.equals(EVENTS + "ScheduledEvent") ? EventParameter.Kind.EVENT : null;
        }
        if (WEBSOCKET.contains(kind)) {
            if (name.equals(WEBSOCKET_EVENT)) {
                return EventParameter.Kind.EVENT;
            }
            if (kind != OnWsMessage.class || name.startsWith(EVENTS) || name.startsWith("dev.goblet.websocket.")) {
                return null;
            }
            return name.equals("java.lang.String") ? EventParameter.Kind.TEXT : EventParameter.Kind.JSON;
        }
        if (kind == LambdaFunction.class) {
            return name.equals("com.fasterxml.jackson.databind.JsonNode") ? EventParameter.Kind.JSON_TREE
                    : EventParameter.Kind.JSON;
        }
        if (kind == OnS3Event.class) {
            return name.equals(EVENTS + "S3ObjectEvent") ? EventParameter.Kind.EVENT : null;
        }
        if (kind == OnDynamoDbRecord.class) {
            return name.equals(EVENTS + "DynamoDbRecord") ? EventParameter.Kind.EVENT : null;
        }
        if (kind == OnEventBridge.class) {
            if (name.equals(EVENTS + "EventBridgeEvent")) {
                return EventParameter.Kind.EVENT;
            }
            // The detail binds as a body does; a String or an event view of another source cannot receive it.
            return name.startsWith(EVENTS) || name.equals("java.lang.String") ? null : EventParameter.Kind.JSON;
        }
        String view = kind == OnSqsMessage.class ? EVENTS + "SqsMessage"
                : kind == OnKinesisRecord.class ? EVENTS + "KinesisRecord" : EVENTS + "SnsMessage";
        if (name.equals(view)) {
            return EventParameter.Kind.EVENT;
        }
        if (name.equals("java.lang.String")) {
            return EventParameter.Kind.TEXT;
        }
        if (kind == OnSqsMessage.class && name.equals("java.util.List") && type instanceof DeclaredType declared
                && declared.getTypeArguments().size() == 1
                && erasedName(declared.getTypeArguments().get(0)).equals(view)) {
            return EventParameter.Kind.BATCH;
        }
        if (name.startsWith(EVENTS)) {
            return null;
        }
        return EventParameter.Kind.JSON;
    }

    private String erasedName(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED ? types.erasure(type).toString() : type.toString();
    }

    private static String name(ExecutableElement method, Class<? extends Annotation> kind) {
        String given;
        if (kind == Schedule.class) {
            given = method.getAnnotation(Schedule.class).name();
        } else if (kind == OnSqsMessage.class) {
            given = method.getAnnotation(OnSqsMessage.class).name();
        } else if (kind == OnSnsMessage.class) {
            given = method.getAnnotation(OnSnsMessage.class).name();
        } else if (kind == OnS3Event.class) {
            given = method.getAnnotation(OnS3Event.class).name();
        } else if (kind == OnEventBridge.class) {
            given = method.getAnnotation(OnEventBridge.class).name();
        } else if (kind == OnDynamoDbRecord.class) {
            given = method.getAnnotation(OnDynamoDbRecord.class).name();
        } else if (kind == OnKinesisRecord.class) {
            given = method.getAnnotation(OnKinesisRecord.class).name();
        } else if (kind == OnWsConnect.class) {
            return "websocket_connect";
        } else if (kind == OnWsDisconnect.class) {
            return "websocket_disconnect";
        } else if (kind == OnWsMessage.class) {
            // Chalice's one message handler is websocket_message; a route of its own adds its key.
            String route = method.getAnnotation(OnWsMessage.class).route();
            return route.equals("$default") ? "websocket_message" : "websocket_message_" + snakeCase(route);
        } else {
            given = method.getAnnotation(LambdaFunction.class).name();
        }
        return given.isEmpty() ? snakeCase(method.getSimpleName().toString()) : given;
    }

    /** {@code sendWelcomeMail} as {@code send_welcome_mail}: the key a Chalice user's config already has. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** {@code web-api} and {@code SendWelcomeMail} as {@code WebApiSendWelcomeMailHandler}. */
    private static String entryPointName(String appName, String logicalId) {
        return EventSource.logicalIdOf(appName) + logicalId + "Handler";
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
