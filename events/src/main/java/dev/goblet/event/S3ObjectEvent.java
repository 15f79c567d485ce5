package dev.goblet.event;

/**
 * One object event of an S3 bucket, as its notification delivers it; the key is decoded (S3 sends it URL-encoded,
 * a space as {@code +}).
 *
 * @param eventName what happened, for example {@code ObjectCreated:Put}
 * @param eventTime when, ISO-8601
 * @param region the bucket's region
 * @param bucket the bucket's name
 * @param key the object's key, decoded
 * @param size the object's size in bytes, 0 for a removal
 * @param eTag the object's ETag, or null for a removal
 * @param versionId the object's version, or null when the bucket has no versioning
 */
public record S3ObjectEvent(String eventName, String eventTime, String region, String bucket, String key,
        long size, String eTag, String versionId) {}
