package dev.goblet.processor.model;

/**
 * One parameter of an event function's method and what it receives.
 *
 * @param name the Java parameter's name
 * @param kind what it receives
 * @param type its declared type, for {@link Kind#JSON}: the type the JSON binds to
 */
public record EventParameter(String name, Kind kind, TypeRef type) {
    /** What an event method's parameter receives. */
    public enum Kind {
        /**
         * Goblet's view of the event: an {@code SqsMessage}, {@code SnsMessage}, {@code ScheduledEvent},
         * {@code WebSocketEvent} ...
         */
        EVENT,
        /** The whole SQS batch, {@code List<SqsMessage>}. */
        BATCH,
        /** The message's text as it came: an SQS body, an SNS message, a WebSocket message. */
        TEXT,
        /** The message's JSON (an EventBridge event's detail, a pure function's payload) bound to its type. */
        JSON,
        /** A pure function's payload as a JSON tree. */
        JSON_TREE,
        /** The Lambda context. */
        LAMBDA_CONTEXT
    }
}
