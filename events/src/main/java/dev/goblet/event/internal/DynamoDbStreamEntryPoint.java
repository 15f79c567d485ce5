package dev.goblet.event.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.DynamoDbRecord;
import java.util.List;

/** The base of a function fed by a DynamoDB table's stream, with partial batch failures. */
public abstract class DynamoDbStreamEntryPoint extends StreamEntryPoint<DynamoDbRecord> {
    @Override
    final List<DynamoDbRecord> records(JsonNode event) {
        return EventViews.dynamoDbRecords(event);
    }

    @Override
    final String sequenceNumber(DynamoDbRecord record) {
        return record.sequenceNumber();
    }
}
