package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The base of a function fed by a stream (DynamoDB, Kinesis): its records are handled in order, and at the first
 * that throws the invocation stops and reports that record's sequence number in {@code batchItemFailures}, so that
 * Lambda delivers the stream again from it. The records before it are done; none after it has been touched, so
 * none is handled twice or out of order.
 */
abstract class StreamEntryPoint<R> extends EventEntryPoint {
    /** Handles one record; throwing stops the batch at it. */
    protected abstract void handle(R record, Context context) throws Exception;

    abstract List<R> records(JsonNode event);

    abstract String sequenceNumber(R record);

    @Override
    protected final JsonNode answer(JsonNode event, Context context) {
        for (R record : records(event)) {
            try {
                handle(record, context);
            } catch (Throwable e) {
                String sequenceNumber = sequenceNumber(record);
                log(context, "Record " + sequenceNumber + " failed in function " + functionName()
                        + "; the stream will deliver it and those after it again", e);
                return SqsEntryPoint.batchItemFailures(List.of(sequenceNumber));
            }
        }
        return SqsEntryPoint.batchItemFailures(List.of());
    }
}
