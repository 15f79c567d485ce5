package dev.goblet.event;

import java.nio.charset.StandardCharsets;

/**
 * One record of a Kinesis data stream, its data decoded from the base64 the event carries.
 *
 * @param eventId the record's id: the shard and sequence number
 * @param partitionKey the key the producer gave
 * @param sequenceNumber the record's place in its shard
 * @param data the record's bytes
 * @param approximateArrivalTimestamp when it reached the stream, in seconds since the epoch
 * @param eventSourceArn the stream's ARN
 */
public record KinesisRecord(String eventId, String partitionKey, String sequenceNumber, byte[] data,
        double approximateArrivalTimestamp, String eventSourceArn) {
    /** The data as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
