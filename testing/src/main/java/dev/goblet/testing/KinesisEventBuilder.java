package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** A Kinesis event as Lambda delivers it: records in order, their data base64-encoded, sequence numbers rising. */
public final class KinesisEventBuilder {
    private static final BigInteger FIRST = new BigInteger("49590338271490256608559692538361571095921575989136588898");

    private final ObjectNode event = TestJson.MAPPER.createObjectNode();
    private final ArrayNode records = event.putArray("Records");
    private String streamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/stream";

    KinesisEventBuilder() {}

    public KinesisEventBuilder streamArn(String arn) {
        streamArn = arn;
        records.forEach(record -> ((ObjectNode) record).put("eventSourceARN", arn));
        return this;
    }

    /** A record of text data. */
    public KinesisEventBuilder record(String partitionKey, String data) {
        return record(partitionKey, data.getBytes(StandardCharsets.UTF_8));
    }

    /** A record of {@code value} written as JSON. */
    public KinesisEventBuilder json(String partitionKey, Object value) {
        return record(partitionKey, TestJson.write(value));
    }

    public KinesisEventBuilder record(String partitionKey, byte[] data) {
        String sequenceNumber = FIRST.add(BigInteger.valueOf(records.size())).toString();
        ObjectNode record = records.addObject();
        ObjectNode kinesis = record.putObject("kinesis");
        kinesis.put("kinesisSchemaVersion", "1.0");
        kinesis.put("partitionKey", partitionKey);
        kinesis.put("sequenceNumber", sequenceNumber);
        kinesis.put("data", Base64.getEncoder().encodeToString(data));
        kinesis.put("approximateArrivalTimestamp", Instant.now().toEpochMilli() / 1000.0);
        record.put("eventSource", "aws:kinesis");
        record.put("eventVersion", "1.0");
        record.put("eventID", "shardId-000000000000:" + sequenceNumber);
        record.put("eventName", "aws:kinesis:record");
        record.put("invokeIdentityArn", "arn:aws:iam::123456789012:role/lambda-role");
        record.put("awsRegion", "us-east-1");
        record.put("eventSourceARN", streamArn);
        return this;
    }

    /** The sequence number of record {@code index} (from 0), as a stream function reports it when it fails. */
    public String sequenceNumber(int index) {
        return records.get(index).at("/kinesis/sequenceNumber").asText();
    }

    public ObjectNode build() {
        return event.deepCopy();
    }
}
