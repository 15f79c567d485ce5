package dev.goblet.event.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.event.KinesisRecord;
import java.util.List;

/** The base of a function fed by a Kinesis data stream, with partial batch failures. */
public abstract class KinesisEntryPoint extends StreamEntryPoint<KinesisRecord> {
    @Override
    final List<KinesisRecord> records(JsonNode event) {
        return EventViews.kinesisRecords(event);
    }

    @Override
    final String sequenceNumber(KinesisRecord record) {
        return record.sequenceNumber();
    }
}
