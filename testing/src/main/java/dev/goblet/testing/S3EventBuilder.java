package dev.goblet.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An S3 object event as a bucket's notification delivers it: one record, with the key URL-encoded as S3 sends it
 * (a space as {@code +}), so that a test sees what a deployed function sees.
 */
public final class S3EventBuilder {
    private final ObjectNode event = TestJson.MAPPER.createObjectNode();
    private final ObjectNode record;
    private final ObjectNode object;

    S3EventBuilder(String bucket, String key) {
        record = event.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", "us-east-1");
        record.put("eventTime", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        record.put("eventName", "ObjectCreated:Put");
        record.putObject("userIdentity").put("principalId", "AWS:AIDAEXAMPLE");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "goblet-test");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "A3NL1KOZZKEXAMPLE");
        object = s3.putObject("object");
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8));
        object.put("size", 0);
        object.put("eTag", "d41d8cd98f00b204e9800998ecf8427e");
        object.put("sequencer", "0055AED6DCD90281E5");
    }

    /** What happened, as S3 names it without its {@code s3:} prefix: {@code ObjectRemoved:Delete}, say. */
    public S3EventBuilder eventName(String eventName) {
        record.put("eventName", eventName);
        if (eventName.startsWith("ObjectRemoved")) {
            object.remove("eTag");
            object.put("size", 0);
        }
        return this;
    }

    public S3EventBuilder size(long bytes) {
        object.put("size", bytes);
        return this;
    }

    public S3EventBuilder versionId(String versionId) {
        object.put("versionId", versionId);
        return this;
    }

    public S3EventBuilder region(String region) {
        record.put("awsRegion", region);
        return this;
    }

    public ObjectNode build() {
        return event.deepCopy();
    }
}
