package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.goblet.processor.writing.sam.SamTemplateWriterTest.properties;
import static dev.goblet.processor.writing.sam.SamTemplateWriterTest.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.TemplateChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template of an app of event functions: one function per method with Chalice's logical ids and event keys,
 * each with its own stage config, only the actions its source needs, and no API when the app has no routes.
 */
class EventFunctionsTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String CONFIG = """
            {"stages": {"prod": {"lambda_functions": {
                "run_job": {"lambda_memory_size": 1024, "lambda_timeout": 300},
                "count-jobs": {"reserved_concurrency": 2}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void eachFunctionIsAResourceWithItsEventAndPolicy() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), CONFIG);
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.config=" + config)
                .compile(JavaFileObjects.forResource("sam/good/WorkersApp.java"));

        assertThat(compilation).succeededWithoutWarnings();
        for (String handler : new String[] {"WorkersRunJobHandler", "WorkersAuditHandler", "WorkersOnJobEventHandler",
                "WorkersRetryStuckJobsHandler", "WorkersCountJobsHandler"}) {
            assertThat(compilation).generatedSourceFile("test.workers." + handler);
        }
        assertThat(compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test/workers/WorkersHandler.java"))
                .as("no routes, no API handler").isEmpty();
        assertThat(Files.exists(dir.resolve("out/openapi.yaml"))).as("no API, no document").isFalse();

        JsonNode template = YAML.readTree(dir.resolve("out/sam-prod.yaml").toFile());
        assertThat(types(template)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("RunJob", "AWS::Serverless::Function"),
                Map.entry("Audit", "AWS::Serverless::Function"),
                Map.entry("OnJobEvent", "AWS::Serverless::Function"),
                Map.entry("RetryStuckJobs", "AWS::Serverless::Function"),
                Map.entry("CountJobs", "AWS::Serverless::Function"),
                Map.entry("RunJobRole", "AWS::IAM::Role"),
                Map.entry("AuditRole", "AWS::IAM::Role"),
                Map.entry("OnJobEventRole", "AWS::IAM::Role"),
                Map.entry("RetryStuckJobsRole", "AWS::IAM::Role"),
                Map.entry("CountJobsRole", "AWS::IAM::Role"),
                Map.entry("ImportJobsRole", "AWS::IAM::Role"),
                Map.entry("ForgetJobsRole", "AWS::IAM::Role"),
                Map.entry("OnBatchFailureRole", "AWS::IAM::Role"),
                Map.entry("OnJobBusEventRole", "AWS::IAM::Role"),
                Map.entry("JobsTable", "AWS::DynamoDB::Table"),
                Map.entry("ImportJobs", "AWS::Serverless::Function"),
                Map.entry("ForgetJobs", "AWS::Serverless::Function"),
                Map.entry("OnBatchFailure", "AWS::Serverless::Function"),
                Map.entry("OnJobBusEvent", "AWS::Serverless::Function"),
                Map.entry("JobInputsBucket", "AWS::S3::Bucket"),
                Map.entry("OnJobChange", "AWS::Serverless::Function"),
                Map.entry("OnJobChangeRole", "AWS::IAM::Role"),
                Map.entry("OnOwnJobChange", "AWS::Serverless::Function"),
                Map.entry("OnOwnJobChangeRole", "AWS::IAM::Role"),
                Map.entry("OnJobMetric", "AWS::Serverless::Function"),
                Map.entry("OnJobMetricRole", "AWS::IAM::Role")));

        JsonNode runJob = properties(template, "RunJob");
        assertThat(runJob.path("Handler").asText()).isEqualTo("test.workers.WorkersRunJobHandler");
        assertThat(runJob.path("MemorySize").asInt()).as("its own lambda_functions entry").isEqualTo(1024);
        assertThat(runJob.path("Timeout").asInt()).isEqualTo(300);
        JsonNode sqs = runJob.path("Events").path("RunJobSqsEventSource");
        assertThat(sqs.path("Type").asText()).isEqualTo("SQS");
        assertThat(sqs.at("/Properties/Queue/Fn::Sub").asText())
                .isEqualTo("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:jobs");
        assertThat(sqs.at("/Properties/BatchSize").asInt()).isEqualTo(100);
        assertThat(sqs.at("/Properties/MaximumBatchingWindowInSeconds").asInt()).isEqualTo(10);
        assertThat(sqs.at("/Properties/ScalingConfig/MaximumConcurrency").asInt()).isEqualTo(20);
        assertThat(sqs.at("/Properties/FunctionResponseTypes").toString()).isEqualTo("[\"ReportBatchItemFailures\"]");
        // Every function has a role of its own; for a queue's, SAM's would add a managed policy on every queue.
        assertThat(runJob.at("/Role/Fn::GetAtt").toString()).isEqualTo("[\"RunJobRole\",\"Arn\"]");
        assertThat(runJob.has("Policies")).isFalse();
        JsonNode role = properties(template, "RunJobRole");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Principal/Service/0").asText())
                .isEqualTo("lambda.amazonaws.com");
        assertThat(role.at("/ManagedPolicyArns").findValuesAsText("Fn::Sub"))
                .containsExactly("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        JsonNode queueStatement = role.at("/Policies/0/PolicyDocument/Statement/0");
        assertThat(queueStatement.path("Sid").asText()).isEqualTo("RunJobQueue");
        assertThat(queueStatement.path("Action").toString()).isEqualTo("[\"sqs:ReceiveMessage\","
                + "\"sqs:DeleteMessage\",\"sqs:GetQueueAttributes\",\"sqs:ChangeMessageVisibility\"]");
        assertThat(queueStatement.at("/Resource/Fn::Sub").asText()).endsWith(":jobs");
        assertThat(role.at("/Policies/0/PolicyDocument/Statement/1/Sid").asText()).isEqualTo("JobsTableItems");
        assertThat(runJob.at("/Environment/Variables/JOBS_TABLE/Ref").asText()).isEqualTo("JobsTable");

        JsonNode audit = properties(template, "Audit");
        assertThat(audit.at("/Events/AuditSqsEventSource/Properties/Queue/Fn::Sub").asText())
                .isEqualTo("arn:aws:sqs:eu-west-1:123456789012:audit.fifo");
        assertThat(audit.at("/Events/AuditSqsEventSource/Properties/BatchSize").asInt()).isEqualTo(1);
        assertThat(audit.at("/Events/AuditSqsEventSource/Properties").has("ScalingConfig")).isFalse();
        assertThat(audit.path("MemorySize").asInt()).as("Chalice's default").isEqualTo(512);

        JsonNode sns = properties(template, "OnJobEvent").at("/Events/OnJobEventSnsSubscription");
        assertThat(sns.path("Type").asText()).isEqualTo("SNS");
        assertThat(sns.at("/Properties/Topic/Fn::Sub").asText())
                .isEqualTo("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:job-events");
        assertThat(FunctionRoles.statements(template, "OnJobEvent").findValuesAsText("Sid"))
                .as("SNS invokes it; it reads no queue").containsExactly("JobsTableItems");

        JsonNode schedule = properties(template, "RetryStuckJobs").at("/Events/RetryStuckJobsEvent");
        assertThat(schedule.path("Type").asText()).isEqualTo("Schedule");
        assertThat(schedule.at("/Properties/Schedule").asText()).isEqualTo("rate(5 minutes)");
        assertThat(schedule.at("/Properties/Description").asText()).isEqualTo("Retries stuck jobs");

        JsonNode count = properties(template, "CountJobs");
        assertThat(count.has("Events")).as("invoked directly").isFalse();
        assertThat(count.path("ReservedConcurrentExecutions").asInt()).isEqualTo(2);

        assertS3Functions(template);
        assertEventBridgeFunctions(template);
        assertStreamFunctions(template);

        assertThat(SamTemplateWriterTest.names(template.path("Outputs"))).containsExactly("RunJobArn", "RunJobName",
                "AuditArn", "AuditName", "OnJobEventArn", "OnJobEventName", "RetryStuckJobsArn",
                "RetryStuckJobsName", "ImportJobsArn", "ImportJobsName", "ForgetJobsArn", "ForgetJobsName",
                "OnBatchFailureArn", "OnBatchFailureName", "OnJobBusEventArn", "OnJobBusEventName", "OnJobChangeArn",
                "OnJobChangeName", "OnOwnJobChangeArn", "OnOwnJobChangeName", "OnJobMetricArn", "OnJobMetricName",
                "CountJobsArn",
                "CountJobsName", "JobsTableName", "JobInputsBucketName");
        assertThat(TemplateReferences.unresolved(template)).isEmpty();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(2);
    }

    /** Two functions on one bucket: the template declares it once, and each reads only the objects it is told of. */
    private static void assertS3Functions(JsonNode template) {
        JsonNode bucket = template.at("/Resources/JobInputsBucket");
        assertThat(bucket.at("/Properties/BucketName").asText()).isEqualTo("job-inputs");
        assertThat(bucket.path("DeletionPolicy").asText()).as("a bucket holds data").isEqualTo("Retain");

        JsonNode imports = properties(template, "ImportJobs");
        JsonNode event = imports.at("/Events/ImportJobsS3Event");
        assertThat(event.path("Type").asText()).isEqualTo("S3");
        assertThat(event.at("/Properties/Bucket/Ref").asText()).isEqualTo("JobInputsBucket");
        assertThat(event.at("/Properties/Events").toString()).isEqualTo("[\"s3:ObjectCreated:*\"]");
        assertThat(event.at("/Properties/Filter/S3Key/Rules").toString()).isEqualTo(
                "[{\"Name\":\"prefix\",\"Value\":\"incoming/\"},{\"Name\":\"suffix\",\"Value\":\".csv\"}]");
        JsonNode objects = FunctionRoles.statements(template, "ImportJobs").path(0);
        assertThat(objects.path("Sid").asText()).isEqualTo("ImportJobsObjects");
        assertThat(objects.path("Action").toString()).isEqualTo("[\"s3:GetObject\",\"s3:GetObjectVersion\"]");
        assertThat(objects.at("/Resource/Fn::Sub").asText())
                .isEqualTo("arn:${AWS::Partition}:s3:::job-inputs/incoming/*");

        JsonNode forget = properties(template, "ForgetJobs").at("/Events/ForgetJobsS3Event/Properties");
        assertThat(forget.path("Events").toString()).isEqualTo("[\"s3:ObjectRemoved:*\"]");
        assertThat(forget.has("Filter")).as("no prefix or suffix, every key").isFalse();
    }

    private static void assertEventBridgeFunctions(JsonNode template) {
        JsonNode failure = properties(template, "OnBatchFailure").at("/Events/OnBatchFailureEvent");
        assertThat(failure.path("Type").asText()).isEqualTo("EventBridgeRule");
        assertThat(failure.at("/Properties/Pattern").toString())
                .isEqualTo("{\"source\":[\"aws.batch\"],\"detail\":{\"status\":[\"FAILED\"]}}");
        assertThat(failure.at("/Properties").has("EventBusName")).as("the default bus").isFalse();
        assertThat(FunctionRoles.statements(template, "OnBatchFailure").findValuesAsText("Sid"))
                .as("EventBridge invokes it; it reads nothing of its source").containsExactly("JobsTableItems");

        JsonNode bus = properties(template, "OnJobBusEvent").at("/Events/OnJobBusEventEvent/Properties");
        assertThat(bus.path("EventBusName").asText()).isEqualTo("jobs-bus");
    }

    /** A stream's function reads its one stream, with a role of its own (SAM's would read every stream). */
    private static void assertStreamFunctions(JsonNode template) {
        JsonNode change = properties(template, "OnJobChange");
        JsonNode dynamodb = change.at("/Events/OnJobChangeDynamodbEventSource");
        assertThat(dynamodb.path("Type").asText()).isEqualTo("DynamoDB");
        assertThat(dynamodb.at("/Properties/Stream/Fn::Sub").asText())
                .isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/Jobs/stream/2026-11-30T00:00:00.000");
        assertThat(dynamodb.at("/Properties/StartingPosition").asText()).isEqualTo("TRIM_HORIZON");
        assertThat(dynamodb.at("/Properties/BatchSize").asInt()).isEqualTo(200);
        assertThat(dynamodb.at("/Properties/MaximumBatchingWindowInSeconds").asInt()).isEqualTo(3);
        assertThat(dynamodb.at("/Properties/FunctionResponseTypes").toString())
                .isEqualTo("[\"ReportBatchItemFailures\"]");
        assertThat(change.at("/Role/Fn::GetAtt/0").asText()).isEqualTo("OnJobChangeRole");
        JsonNode stream = properties(template, "OnJobChangeRole").at("/Policies/0/PolicyDocument/Statement/0");
        assertThat(stream.path("Sid").asText()).isEqualTo("OnJobChangeStream");
        assertThat(stream.path("Action").toString()).isEqualTo("[\"dynamodb:DescribeStream\",\"dynamodb:GetRecords\","
                + "\"dynamodb:GetShardIterator\",\"dynamodb:ListStreams\"]");

        JsonNode own = properties(template, "OnOwnJobChange");
        assertThat(own.at("/Events/OnOwnJobChangeDynamodbEventSource/Properties/Stream/Fn::GetAtt").toString())
                .as("the declared table's own stream").isEqualTo("[\"JobsTable\",\"StreamArn\"]");
        assertThat(properties(template, "OnOwnJobChangeRole").at("/Policies/0/PolicyDocument/Statement/0/Resource"
                + "/Fn::GetAtt").toString()).isEqualTo("[\"JobsTable\",\"StreamArn\"]");
        JsonNode table = template.at("/Resources/JobsTable");
        assertThat(table.at("/Properties/KeySchema").toString()).isEqualTo("[{\"AttributeName\":\"id\",\"KeyType\":"
                + "\"HASH\"},{\"AttributeName\":\"attempt\",\"KeyType\":\"RANGE\"}]");
        assertThat(table.at("/Properties/AttributeDefinitions/1/AttributeType").asText()).isEqualTo("N");
        assertThat(table.at("/Properties/StreamSpecification/StreamViewType").asText()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(table.path("DeletionPolicy").asText()).as("a table holds data").isEqualTo("Retain");

        JsonNode kinesis = properties(template, "OnJobMetric").at("/Events/OnJobMetricKinesisEventSource");
        assertThat(kinesis.path("Type").asText()).isEqualTo("Kinesis");
        assertThat(kinesis.at("/Properties/Stream/Fn::Sub").asText())
                .isEqualTo("arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/job-metrics");
        assertThat(kinesis.at("/Properties/StartingPosition").asText()).as("Chalice's default").isEqualTo("LATEST");
        assertThat(kinesis.at("/Properties/BatchSize").asInt()).isEqualTo(100);
        assertThat(properties(template, "OnJobMetricRole").at("/Policies/0/PolicyDocument/Statement/0/Resource/Fn::Sub")
                .asText()).endsWith(":stream/job-metrics");
    }
}
