package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import java.util.Map;
import java.util.TreeMap;

/**
 * The S3 buckets the app's functions are told of: CloudFormation attaches notifications only to a bucket it
 * creates, so the template declares each bucket once, however many functions watch it, and SAM adds each
 * function's notification to it. A bucket holds data: it stays when the stack is deleted or the bucket replaced.
 */
final class BucketResources {
    private final Map<String, String> buckets = new TreeMap<>();

    BucketResources(AppModel app) {
        for (var function : app.functions()) {
            if (function instanceof EventFunctionModel event && event.source() instanceof EventSource.S3 s3) {
                buckets.put(s3.bucketLogicalId(), s3.bucket());
            }
        }
    }

    void addResources(ObjectNode resources) {
        buckets.forEach((id, name) -> {
            ObjectNode bucket = resource("AWS::S3::Bucket", object().put("BucketName", name));
            bucket.put("DeletionPolicy", "Retain").put("UpdateReplacePolicy", "Retain");
            resources.set(id, bucket);
        });
    }

    /** {@code <Bucket>Name} for each bucket. */
    void addOutputs(ObjectNode outputs) {
        buckets.keySet().forEach(id -> outputs.putObject(id + "Name").set("Value", ref(id)));
    }
}
