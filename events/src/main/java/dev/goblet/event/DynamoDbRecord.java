package dev.goblet.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change of a DynamoDB table, as its stream delivers it. The images are plain JSON, not DynamoDB's typed
 * attribute values: {@code {"username": {"S": "ana"}}} is {@code {"username": "ana"}}, numbers are numbers, sets
 * are arrays and binary values base64 text.
 *
 * @param eventId the record's id
 * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
 * @param sequenceNumber the record's place in its shard
 * @param keys the item's key attributes
 * @param newImage the item after the change, or a missing node when the stream does not carry it or it was removed
 * @param oldImage the item before the change, or a missing node when the stream does not carry it or it was new
 * @param eventSourceArn the stream's ARN
 */
public record DynamoDbRecord(String eventId, String eventName, String sequenceNumber, JsonNode keys,
        JsonNode newImage, JsonNode oldImage, String eventSourceArn) {}
