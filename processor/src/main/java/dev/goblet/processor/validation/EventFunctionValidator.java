package dev.goblet.processor.validation;

import dev.goblet.event.LambdaFunction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnEventBridge;
import dev.goblet.event.OnKinesisRecord;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.OnSnsMessage;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.Schedule;
import dev.goblet.processor.model.EventParameter;
import dev.goblet.processor.model.TableModel;
import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.OnWsDisconnect;
import dev.goblet.websocket.OnWsMessage;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * The rules of an event function's method and annotation: the entry point can call it, the source's attributes are
 * ones AWS takes (a schedule expression, a queue, batch sizes, a topic), its name is deployable, and its parameters
 * receive the event once. The parameters come classified by the reader; one it could not classify is null here.
 */
public final class EventFunctionValidator {
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\(\\S+( \\S+){5}\\)");
    static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}(\\.fifo)?");
    static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}(\\.fifo)?");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern S3_EVENT = Pattern.compile("s3:[A-Za-z]+(:[A-Za-z]+|:\\*)?");
    private static final Pattern BUS = Pattern.compile("[A-Za-z0-9._/-]{1,256}");
    private static final Pattern DYNAMODB_STREAM = Pattern.compile(
            "arn:aws(-[a-z]+)*:dynamodb:[a-z0-9-]+:\\d{12}:table/[A-Za-z0-9_.-]{3,255}/stream/\\S+");
    private static final Pattern KINESIS_STREAM = Pattern.compile(
            "arn:aws(-[a-z]+)*:kinesis:[a-z0-9-]+:\\d{12}:stream/[A-Za-z0-9_.-]{1,128}");
    private static final Pattern STREAM_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Map<Class<?>, String> ALLOWED = Map.of(
            OnSqsMessage.class, "SqsMessage, List<SqsMessage> (the whole batch), String (the body) or a type its"
                    + " JSON body binds to, and the Lambda Context if needed",
            OnSnsMessage.class, "SnsMessage, String (the message) or a type its JSON message binds to, and the"
                    + " Lambda Context if needed",
            Schedule.class, "ScheduledEvent, the Lambda Context, or nothing",
            OnS3Event.class, "S3ObjectEvent, and the Lambda Context if needed",
            OnDynamoDbRecord.class, "DynamoDbRecord, and the Lambda Context if needed",
            OnKinesisRecord.class, "KinesisRecord, String (its data as UTF-8) or a type its JSON data binds to, and"
                    + " the Lambda Context if needed",
            OnEventBridge.class, "EventBridgeEvent or a type its JSON detail binds to, and the Lambda Context if"
                    + " needed",
            LambdaFunction.class, "a type the payload's JSON binds to, or JsonNode, and the Lambda Context if"
                    + " needed");

    private static final Map<Class<?>, String> WEBSOCKET_ALLOWED = Map.of(
            OnWsConnect.class, "WebSocketEvent (the connection id, the handshake's headers and query), and the"
                    + " Lambda Context if needed",
            OnWsMessage.class, "WebSocketEvent, String (the message) or a type its JSON message binds to, and the"
                    + " Lambda Context if needed",
            OnWsDisconnect.class, "WebSocketEvent, and the Lambda Context if needed");
    /** A message route key Goblet deploys, and names the function after. */
    static final Pattern WEBSOCKET_ROUTE = Pattern.compile("\\$default|[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    /** A route selection expression on the message's JSON body. */
    static final Pattern ROUTE_SELECTION = Pattern.compile("\\$request\\.body\\.[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

    private final ValidationReport report;
    private final JsonBodyTypes json;

    public EventFunctionValidator(Types types, ValidationReport report) {
        this.report = report;
        this.json = new JsonBodyTypes(types);
    }

    /**
     * Whether the method is a sound function of kind {@code kind} with these parameters, classified in order;
     * each broken rule is reported on its element.
     */
    public boolean validate(ExecutableElement method, Class<? extends Annotation> kind, String name,
            List<VariableElement> parameters, List<EventParameter.Kind> kinds, List<TableModel> tables) {
        AnnotationMirror mirror = AnnotationMirrors.of(method, kind);
        boolean clean = validateModifiers(method, kind);
        // A WebSocket handler's name is made of its route, checked with the route.
        if (!WEBSOCKET_ALLOWED.containsKey(kind) && !FUNCTION_NAME.matcher(name).matches()) {
            report.error(ErrorMessages.badFunctionName(name), method, mirror,
                    AnnotationMirrors.written(mirror, "name"));
            clean = false;
        }
        clean &= validateSource(method, kind, mirror, tables);
        clean &= validateParameters(kind, parameters, kinds);
        if (kind != LambdaFunction.class && method.getReturnType().getKind() != TypeKind.VOID) {
            report.error(ErrorMessages.eventReturnsValue(kind.getSimpleName(), method.getSimpleName().toString(),
                    method.getReturnType().toString()), method);
            clean = false;
        }
        return clean;
    }

    private boolean validateModifiers(ExecutableElement method, Class<? extends Annotation> kind) {
        String name = method.getSimpleName().toString();
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(ErrorMessages.eventNotPublic(kind.getSimpleName(), name), method);
            return false;
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(ErrorMessages.eventStatic(kind.getSimpleName(), name), method);
            return false;
        }
        return true;
    }

    private boolean validateSource(ExecutableElement method, Class<? extends Annotation> kind,
            AnnotationMirror mirror, List<TableModel> tables) {
        if (kind == Schedule.class) {
            return validateSchedule(method.getAnnotation(Schedule.class), method, mirror);
        }
        if (kind == OnSqsMessage.class) {
            return validateQueue(method.getAnnotation(OnSqsMessage.class), method, mirror);
        }
        if (kind == OnS3Event.class) {
            return validateBucket(method.getAnnotation(OnS3Event.class), method, mirror);
        }
        if (kind == OnEventBridge.class) {
            return validateRule(method.getAnnotation(OnEventBridge.class), method, mirror);
        }
        if (kind == OnDynamoDbRecord.class) {
            OnDynamoDbRecord stream = method.getAnnotation(OnDynamoDbRecord.class);
            boolean clean = true;
            if (stream.table().isEmpty() == stream.streamArn().isEmpty()) {
                report.error(ErrorMessages.dynamoDbStreamSource(method.getSimpleName().toString()), method, mirror);
                clean = false;
            } else if (!stream.table().isEmpty()) {
                if (tables.stream().noneMatch(table -> table.resource().equals(stream.table()) && table.hasStream())) {
                    report.error(ErrorMessages.tableWithoutStream(stream.table()), method, mirror,
                            AnnotationMirrors.written(mirror, "table"));
                    clean = false;
                }
            } else if (!DYNAMODB_STREAM.matcher(stream.streamArn()).matches()) {
                report.error(ErrorMessages.badStreamArn(stream.streamArn(), "arn:aws:dynamodb:us-east-1:"
                        + "123456789012:table/Users/stream/2026-01-01T00:00:00.000"), method, mirror,
                        AnnotationMirrors.written(mirror, "streamArn"));
                clean = false;
            }
            return clean & validateStreamReading(stream.batchSize(), stream.startingPosition(),
                    stream.maximumBatchingWindow(), method, mirror);
        }
        if (kind == OnKinesisRecord.class) {
            return validateKinesis(method.getAnnotation(OnKinesisRecord.class), method, mirror);
        }
        if (kind == OnWsMessage.class) {
            OnWsMessage message = method.getAnnotation(OnWsMessage.class);
            boolean clean = true;
            if (!WEBSOCKET_ROUTE.matcher(message.route()).matches()) {
                report.error(ErrorMessages.badWebSocketRoute(message.route()), method, mirror,
                        AnnotationMirrors.written(mirror, "route"));
                clean = false;
            }
            if (!ROUTE_SELECTION.matcher(message.routeSelection()).matches()) {
                report.error(ErrorMessages.badRouteSelection(message.routeSelection()), method, mirror,
                        AnnotationMirrors.written(mirror, "routeSelection"));
                clean = false;
            }
            return clean;
        }
        if (kind == OnSnsMessage.class) {
            String topic = method.getAnnotation(OnSnsMessage.class).topic();
            boolean arn = topic.startsWith("arn:");
            if (arn ? !isArn(topic, "sns") : !TOPIC_NAME.matcher(topic).matches()) {
                report.error(arn ? ErrorMessages.badArn("topic", topic, "sns") : ErrorMessages.badTopic(topic),
                        method, mirror, AnnotationMirrors.written(mirror, "topic"));
                return false;
            }
        }
        return true;
    }

    private boolean validateSchedule(Schedule schedule, ExecutableElement method, AnnotationMirror mirror) {
        String expression = schedule.value();
        var rate = RATE.matcher(expression);
        boolean good;
        if (rate.matches()) {
            long value = Long.parseLong(rate.group(1));
            // EventBridge wants the singular with 1 and the plural otherwise.
            good = value >= 1 && (value == 1) == !rate.group(2).endsWith("s");
        } else {
            good = CRON.matcher(expression).matches();
        }
        if (!good) {
            report.error(ErrorMessages.badSchedule(expression), method, mirror,
                    AnnotationMirrors.written(mirror, "value"));
        }
        return good;
    }

    private boolean validateQueue(OnSqsMessage sqs, ExecutableElement method, AnnotationMirror mirror) {
        String name = method.getSimpleName().toString();
        if (sqs.queue().isEmpty() == sqs.queueArn().isEmpty()) {
            report.error(ErrorMessages.sqsQueue(name), method, mirror);
            return false;
        }
        boolean clean = true;
        if (!sqs.queue().isEmpty() && !QUEUE_NAME.matcher(sqs.queue()).matches()) {
            report.error(ErrorMessages.badQueueName(sqs.queue()), method, mirror,
                    AnnotationMirrors.written(mirror, "queue"));
            clean = false;
        }
        if (!sqs.queueArn().isEmpty() && !isArn(sqs.queueArn(), "sqs")) {
            report.error(ErrorMessages.badArn("queueArn", sqs.queueArn(), "sqs"), method, mirror,
                    AnnotationMirrors.written(mirror, "queueArn"));
            clean = false;
        }
        clean &= range(sqs.maximumBatchingWindow(), 0, 300, "maximumBatchingWindow", "0 to 300 seconds", method,
                mirror);
        int maxBatch = sqs.maximumBatchingWindow() > 0 ? 10_000 : 10;
        clean &= range(sqs.batchSize(), 1, maxBatch, "batchSize", "1 to 10, or up to 10,000 with a"
                + " maximumBatchingWindow of 1 second or more", method, mirror);
        if (sqs.maximumConcurrency() != 0) {
            clean &= range(sqs.maximumConcurrency(), 2, 1000, "maximumConcurrency", "2 to 1,000, or 0 to leave it"
                    + " to Lambda", method, mirror);
        }
        return clean;
    }

    private boolean validateBucket(OnS3Event s3, ExecutableElement method, AnnotationMirror mirror) {
        boolean clean = true;
        // An ARN is no use here: the template makes the bucket, by name, to attach its notifications.
        if (!BUCKET.matcher(s3.bucket()).matches() || s3.bucket().contains("..")) {
            report.error(ErrorMessages.badBucket(s3.bucket()), method, mirror,
                    AnnotationMirrors.written(mirror, "bucket"));
            clean = false;
        }
        List<String> events = List.of(s3.events());
        Optional<String> bad = events.stream().filter(event -> !S3_EVENT.matcher(event).matches()).findFirst();
        if (events.isEmpty() || bad.isPresent()) {
            report.error(ErrorMessages.badS3Event(bad.orElse("")), method, mirror,
                    AnnotationMirrors.written(mirror, "events"));
            clean = false;
        }
        return clean;
    }

    private boolean validateKinesis(OnKinesisRecord stream, ExecutableElement method, AnnotationMirror mirror) {
        if (stream.stream().isEmpty() == stream.streamArn().isEmpty()) {
            report.error(ErrorMessages.kinesisStream(method.getSimpleName().toString()), method, mirror);
            return false;
        }
        boolean clean = true;
        if (!stream.stream().isEmpty() && !STREAM_NAME.matcher(stream.stream()).matches()) {
            report.error(ErrorMessages.badStreamName(stream.stream()), method, mirror,
                    AnnotationMirrors.written(mirror, "stream"));
            clean = false;
        }
        if (!stream.streamArn().isEmpty() && !KINESIS_STREAM.matcher(stream.streamArn()).matches()) {
            report.error(ErrorMessages.badStreamArn(stream.streamArn(),
                    "arn:aws:kinesis:us-east-1:123456789012:stream/clicks"), method, mirror,
                    AnnotationMirrors.written(mirror, "streamArn"));
            clean = false;
        }
        return clean & validateStreamReading(stream.batchSize(), stream.startingPosition(),
                stream.maximumBatchingWindow(), method, mirror);
    }

    private boolean validateStreamReading(int batchSize, String startingPosition, int window,
            ExecutableElement method, AnnotationMirror mirror) {
        boolean clean = range(batchSize, 1, 10_000, "batchSize", "1 to 10,000", method, mirror);
        clean &= range(window, 0, 300, "maximumBatchingWindow", "0 to 300 seconds", method, mirror);
        if (!startingPosition.equals("LATEST") && !startingPosition.equals("TRIM_HORIZON")) {
            report.error(ErrorMessages.badStartingPosition(startingPosition), method, mirror,
                    AnnotationMirrors.written(mirror, "startingPosition"));
            clean = false;
        }
        return clean;
    }

    private boolean validateRule(OnEventBridge rule, ExecutableElement method, AnnotationMirror mirror) {
        boolean clean = true;
        Optional<String> problem = patternProblem(rule.pattern());
        if (problem.isPresent()) {
            report.error(ErrorMessages.badEventPattern(rule.pattern(), problem.get()), method, mirror,
                    AnnotationMirrors.written(mirror, "pattern"));
            clean = false;
        }
        String bus = rule.bus();
        if (!bus.isEmpty() && !(bus.startsWith("arn:") ? isArn(bus.replace("event-bus/", ""), "events")
                : BUS.matcher(bus).matches())) {
            report.error(ErrorMessages.badEventBus(bus), method, mirror, AnnotationMirrors.written(mirror, "bus"));
            clean = false;
        }
        return clean;
    }

    /** What makes {@code pattern} one EventBridge refuses, if anything. */
    static Optional<String> patternProblem(String pattern) {
        JsonNode tree;
        try {
            tree = JSON.readTree(pattern);
        } catch (JsonProcessingException e) {
            return Optional.of("it is not JSON");
        }
        if (tree == null || !tree.isObject() || tree.isEmpty()) {
            return Optional.of("it is not a JSON object with fields");
        }
        return fieldProblem(tree);
    }

    private static Optional<String> fieldProblem(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isObject() && !value.isEmpty()) {
                Optional<String> inner = fieldProblem(value);
                if (inner.isPresent()) {
                    return inner;
                }
            } else if (!value.isArray() || value.isEmpty()) {
                return Optional.of("the field \"" + field.getKey() + "\" holds " + (value.isArray()
                        ? "an empty array" : value.isObject() ? "an empty object" : "a single value, not an array"));
            }
        }
        return Optional.empty();
    }

    private boolean range(int value, int low, int high, String member, String rule, ExecutableElement method,
            AnnotationMirror mirror) {
        if (value >= low && value <= high) {
            return true;
        }
        report.error(ErrorMessages.badBatch(member, value, rule), method, mirror,
                AnnotationMirrors.written(mirror, member));
        return false;
    }

    private boolean validateParameters(Class<? extends Annotation> kind, List<VariableElement> parameters,
            List<EventParameter.Kind> kinds) {
        boolean clean = true;
        VariableElement event = null;
        // A message handler takes the message and, beside it, the event it came in (its connection id).
        VariableElement view = null;
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            EventParameter.Kind parameterKind = kinds.get(i);
            if (parameterKind == null || parameterKind == EventParameter.Kind.JSON
                    && !bindable(parameter)) {
                report.error(ErrorMessages.eventParameterType(kind.getSimpleName(),
                        parameter.getSimpleName().toString(), parameter.asType().toString(),
                        ALLOWED.getOrDefault(kind, WEBSOCKET_ALLOWED.get(kind))),
                        parameter);
                clean = false;
            } else if (kind == OnWsMessage.class && parameterKind == EventParameter.Kind.EVENT) {
                if (view != null) {
                    report.error(ErrorMessages.twoEventParameters(kind.getSimpleName(),
                            view.getSimpleName().toString(), parameter.getSimpleName().toString()), parameter);
                    clean = false;
                }
                view = parameter;
            } else if (parameterKind != EventParameter.Kind.LAMBDA_CONTEXT) {
                if (event != null) {
                    report.error(ErrorMessages.twoEventParameters(kind.getSimpleName(),
                            event.getSimpleName().toString(), parameter.getSimpleName().toString()), parameter);
                    clean = false;
                }
                event = parameter;
            }
        }
        return clean;
    }

    private boolean bindable(VariableElement parameter) {
        return parameter.asType().getKind().isPrimitive() || json.bindable(parameter.asType());
    }

    private static boolean isArn(String arn, String service) {
        return arn.matches("arn:aws(-[a-z]+)*:" + service + ":[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]+");
    }
}
