package test.workers;

import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnEventBridge;
import dev.goblet.event.OnKinesisRecord;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.OnSnsMessage;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.S3ObjectEvent;
import dev.goblet.event.Schedule;
import dev.goblet.event.SqsMessage;
import java.util.List;

/** An app of event functions only: no routes, so no API. */
@App(name = "workers")
@DynamoDbTable(resource = "JobsTable", partitionKey = "id", environmentVariable = "JOBS_TABLE", sortKey = "attempt",
        sortKeyType = "N", stream = "NEW_AND_OLD_IMAGES")
public final class WorkersApp {
    public record Job(String id) {}

    @OnSqsMessage(queue = "jobs", batchSize = 100, maximumBatchingWindow = 10, maximumConcurrency = 20)
    public void runJob(Job job) {}

    @OnSqsMessage(queueArn = "arn:aws:sqs:eu-west-1:123456789012:audit.fifo", name = "audit")
    public void audit(List<SqsMessage> batch) {}

    @OnSnsMessage(topic = "job-events")
    public void onJobEvent(String message) {}

    @Schedule(value = "rate(5 minutes)", description = "Retries stuck jobs")
    public void retryStuckJobs() {}

    @OnS3Event(bucket = "job-inputs", prefix = "incoming/", suffix = ".csv")
    public void importJobs(S3ObjectEvent upload) {}

    @OnS3Event(bucket = "job-inputs", events = {"s3:ObjectRemoved:*"})
    public void forgetJobs(S3ObjectEvent removal) {}

    @OnEventBridge(pattern = "{\"source\": [\"aws.batch\"], \"detail\": {\"status\": [\"FAILED\"]}}")
    public void onBatchFailure(EventBridgeEvent event) {}

    @OnEventBridge(pattern = "{\"source\": [\"jobs\"]}", bus = "jobs-bus")
    public void onJobBusEvent(Job job) {}

    @OnDynamoDbRecord(streamArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/Jobs/stream/2026-11-30T00:00:00.000",
            startingPosition = "TRIM_HORIZON", batchSize = 200, maximumBatchingWindow = 3)
    public void onJobChange(DynamoDbRecord change) {}

    @OnDynamoDbRecord(table = "JobsTable")
    public void onOwnJobChange(DynamoDbRecord change) {}

    @OnKinesisRecord(stream = "job-metrics")
    public void onJobMetric(String line) {}

    @LambdaFunction(name = "count-jobs")
    public int countJobs(Job filter) {
        return 0;
    }
}
