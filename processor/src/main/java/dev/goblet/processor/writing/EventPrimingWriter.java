package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventParameter;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.model.TypeShape;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes an event function's priming, as {@link PrimingWriter} does for the API: the CRaC registration and
 * {@code prime()}, which sends one synthetic event of the function's source (an SQS batch of one message, an SNS
 * notification, a stream record...) through {@code handleRequest} with the priming context. The event's payload is a
 * sample of the type the method binds, so that the view's reading and the payload's codec both run; the generated
 * {@code handle} binds its arguments and returns before the app's method, and the base skips the event middleware.
 */
final class EventPrimingWriter {
    private static final ClassName SNAP_START_PRIMING = ClassName.bestGuess(PrimingWriter.SNAP_START);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ARN = "arn:aws:%s:us-east-1:000000000000:goblet-priming";
    private static final String TIME = "2000-01-01T00:00:00Z";

    private EventPrimingWriter() {}

    /** Adds the registration and {@code prime()} to the entry point of event function {@code function}. */
    static void addTo(TypeSpec.Builder handler, EventFunctionModel function, Map<String, NamedSchema> schemas,
            JsonCodecSet codecs) {
        handler.addField(FieldSpec.builder(SNAP_START_PRIMING, "priming", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Runs {@link #prime()} before a SnapStart checkpoint; kept here, as CRaC holds it weakly.\n")
                .initializer("$T.register($S, this::prime)", SNAP_START_PRIMING, function.name())
                .build());
        MethodSpec.Builder prime = MethodSpec.methodBuilder("prime")
                .addJavadoc("Sends one synthetic event of this function's source through this entry point, stopping\n"
                        + "before the app's method and middleware. Never throws.\n")
                .addModifiers(Modifier.PUBLIC)
                .addStatement("$T.function(this, $S)", SNAP_START_PRIMING, event(function, schemas, codecs));
        Optional<TypeRef> answer = function.answer();
        if (answer.isPresent()) {
            // The method is never called, so its answer's writing is primed from a sample read by the same codec.
            codecs.generated(answer.get()).ifPresent(codec -> prime.addStatement("$T.codec($L, $S)",
                    SNAP_START_PRIMING, codec, text(sample(answer.get(), schemas, codecs))));
        }
        handler.addMethod(prime.build());
    }

    /** The event AWS would send the function, with a sample of its payload. */
    static String event(EventFunctionModel function, Map<String, NamedSchema> schemas, JsonCodecSet codecs) {
        JsonNode payload = function.parameters().stream()
                .filter(parameter -> parameter.kind() == EventParameter.Kind.JSON)
                .findFirst()
                .map(parameter -> sample(parameter.type(), schemas, codecs))
                .orElse(null);
        return text(event(function.source(), payload));
    }

    private static JsonNode event(EventSource source, JsonNode payload) {
        String body = payload == null ? "goblet-priming" : text(payload);
        if (source instanceof EventSource.Sqs) {
            ObjectNode message = NODES.objectNode().put("messageId", "goblet-priming")
                    .put("receiptHandle", "goblet-priming").put("body", body);
            message.putObject("attributes").put("ApproximateReceiveCount", "1");
            message.putObject("messageAttributes");
            message.put("eventSource", "aws:sqs").put("eventSourceARN", ARN.formatted("sqs"));
            return records(message);
        }
        if (source instanceof EventSource.Sns) {
            ObjectNode record = NODES.objectNode().put("EventSource", "aws:sns");
            ObjectNode sns = record.putObject("Sns").put("MessageId", "goblet-priming")
                    .put("TopicArn", ARN.formatted("sns")).put("Message", body).put("Timestamp", TIME);
            sns.putObject("MessageAttributes");
            return records(record);
        }
        if (source instanceof EventSource.S3) {
            ObjectNode record = NODES.objectNode().put("eventName", "ObjectCreated:Put").put("eventTime", TIME)
                    .put("awsRegion", "us-east-1");
            ObjectNode s3 = record.putObject("s3");
            s3.putObject("bucket").put("name", "goblet-priming");
            s3.putObject("object").put("key", "goblet-priming").put("size", 0).put("eTag", "goblet-priming");
            return records(record);
        }
        if (source instanceof EventSource.Stream stream) {
            ObjectNode record = NODES.objectNode().put("eventID", "goblet-priming");
            if (stream.service() == EventSource.Stream.Service.DYNAMODB) {
                record.put("eventName", "INSERT").put("eventSourceARN", ARN.formatted("dynamodb"));
                ObjectNode change = record.putObject("dynamodb").put("SequenceNumber", "1");
                change.putObject("Keys").putObject("id").put("S", "goblet-priming");
                change.putObject("NewImage").putObject("id").put("S", "goblet-priming");
            } else {
                record.put("eventSourceARN", ARN.formatted("kinesis"));
                record.putObject("kinesis").put("partitionKey", "goblet-priming").put("sequenceNumber", "1")
                        .put("data", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)))
                        .put("approximateArrivalTimestamp", 946684800.0);
            }
            return records(record);
        }
        if (source instanceof EventSource.WebSocket webSocket) {
            ObjectNode event = NODES.objectNode();
            event.putObject("requestContext").put("connectionId", "goblet-priming")
                    .put("eventType", webSocket.event().name()).put("routeKey", webSocket.routeKey())
                    .put("requestId", "goblet-priming").put("stage", "prime")
                    .putObject("identity").put("sourceIp", "127.0.0.1");
            return event.put("body", body).put("isBase64Encoded", false);
        }
        if (source instanceof EventSource.Schedule || source instanceof EventSource.EventBridge) {
            boolean schedule = source instanceof EventSource.Schedule;
            ObjectNode event = NODES.objectNode().put("version", "0").put("id", "goblet-priming")
                    .put("detail-type", schedule ? "Scheduled Event" : "goblet-priming")
                    .put("source", schedule ? "aws.events" : "goblet-priming").put("account", "000000000000")
                    .put("time", TIME).put("region", "us-east-1");
            event.putArray("resources").add(ARN.formatted("events"));
            event.set("detail", payload == null ? NODES.objectNode() : payload);
            return event;
        }
        return payload == null ? NODES.objectNode() : payload;
    }

    private static ObjectNode records(ObjectNode record) {
        ObjectNode event = NODES.objectNode();
        event.putArray("Records").add(record);
        return event;
    }

    /** A JSON value of {@code type}: of its named schema, of a collection of them, or of a scalar. */
    private static JsonNode sample(TypeRef type, Map<String, NamedSchema> schemas, JsonCodecSet codecs) {
        Optional<NamedSchema> schema = codecs.schemaOf(type);
        if (schema.isPresent()) {
            return PrimingWriter.sample(new TypeShape.Ref(schema.get().name()), schemas, new HashSet<>());
        }
        if (type instanceof TypeRef.Declared declared && !declared.arguments().isEmpty()) {
            String name = declared.type().canonicalName();
            if (name.equals("java.util.List") || name.equals("java.util.Set")) {
                return NODES.arrayNode().add(sample(declared.arguments().get(0), schemas, codecs));
            }
            if (name.equals("java.util.Map") && declared.arguments().size() == 2) {
                return NODES.objectNode().set("prime", sample(declared.arguments().get(1), schemas, codecs));
            }
        }
        return switch (type.toString()) {
            case "int", "long", "short", "byte", "double", "float", "java.lang.Integer", "java.lang.Long",
                    "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float",
                    "java.math.BigInteger", "java.math.BigDecimal" -> NODES.numberNode(1);
            case "boolean", "java.lang.Boolean" -> NODES.booleanNode(false);
            case "java.util.UUID" -> NODES.textNode("00000000-0000-0000-0000-000000000000");
            case "java.time.Instant", "java.time.OffsetDateTime" -> NODES.textNode(TIME);
            case "java.time.LocalDate" -> NODES.textNode("2000-01-01");
            default -> NODES.textNode("prime");
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
