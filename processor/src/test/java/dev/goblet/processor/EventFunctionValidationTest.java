package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.testing.CompileErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each misuse of an event function's annotation is one compile error, on its line, saying how to fix it. */
class EventFunctionValidationTest {
    @Test
    void rateOfOneIsSingular() {
        assertSingleError("BadRate", "[GobletBadSchedule] 'rate(1 minutes)' is not a schedule EventBridge takes."
                + " Write rate(N unit) with unit minute, hour or day (singular when N is 1", "rate(1 minutes)");
    }

    @Test
    void cronHasSixFields() {
        assertSingleError("BadCron", "[GobletBadSchedule] 'cron(0 12 * * ?)' is not a schedule", "value = ");
    }

    @Test
    void queueIsNamedOnce() {
        assertSingleError("QueueTwice", "[GobletSqsQueue] @OnSqsMessage on run() names its queue once",
                "@OnSqsMessage");
    }

    @Test
    void batchOverTenNeedsAWindow() {
        assertSingleError("BatchTooBig", "[GobletBadBatch] batchSize = 20 is out of range: 1 to 10, or up to 10,000"
                + " with a maximumBatchingWindow", "batchSize = 20");
    }

    @Test
    void eventIsReceivedOnce() {
        assertSingleError("TwoEventParameters", "[GobletTwoEventParameters] A @OnSqsMessage method receives its"
                + " event once, but both 'message' and 'body' would take it", "String body");
    }

    @Test
    void scheduleTakesNoBody() {
        assertSingleError("ScheduleWithBody", "[GobletEventParameterType] Parameter 'what' of type String cannot"
                + " receive a @Schedule event. Declare ScheduledEvent, the Lambda Context, or nothing.",
                "String what");
    }

    @Test
    void functionNamesAreUnique() {
        assertSingleError("DuplicateFunction", "[GobletDuplicateFunction] The function name 'work' is taken by"
                + " hourly()", "public String work");
    }

    @Test
    void apiHandlerIsTheRoutesName() {
        assertSingleError("FunctionNamedApiHandler", "[GobletDuplicateFunction] The function name 'api_handler' is"
                + " taken by the app's routes", "public String other");
    }

    @Test
    void eventMethodsReturnNothing() {
        assertSingleError("EventReturnsValue", "[GobletEventReturnsValue] read() returns String, but nothing"
                + " receives what a @OnSnsMessage method returns. Make it void", "public String read");
    }

    @Test
    void functionNameIsDeployable() {
        assertSingleError("BadFunctionName", "[GobletBadFunctionName] 'count jobs' is not a function name",
                "count jobs");
    }

    @Test
    void functionOutsideAnApp() {
        assertSingleError("FunctionOutsideApp", "[GobletRouteOutsideApp] purge() has @Schedule but its class"
                + " test.FunctionOutsideApp has no @App.", "public void purge()");
    }

    @Test
    void bucketIsAnS3Name() {
        assertSingleError("BadBucket", "[GobletBadBucket] 'Avatars_Upload' is not an S3 bucket name: 3 to 63"
                + " lower-case letters, digits, '.' or '-'", "bucket = \"Avatars_Upload\"");
    }

    @Test
    void s3EventsAreS3EventTypes() {
        assertSingleError("BadS3Event", "[GobletBadS3Event] 'ObjectRemoved' is not an S3 event type. Write one as S3"
                + " names it, such as s3:ObjectCreated:*", "events = ");
    }

    @Test
    void s3FunctionTakesTheObjectEvent() {
        assertSingleError("S3WithBody", "[GobletEventParameterType] Parameter 'key' of type String cannot receive a"
                + " @OnS3Event event. Declare S3ObjectEvent, and the Lambda Context if needed.", "String key");
    }

    @Test
    void eventPatternMatchesArraysOfValues() {
        assertSingleError("BadEventPattern", "[GobletBadEventPattern] The event pattern {\"source\": \"aws.codebuild\"}"
                + " is not one EventBridge takes: the field \"source\" holds a single value, not an array.",
                "pattern = ");
    }

    @Test
    void eventPatternIsJson() {
        assertSingleError("EventPatternNotJson", "[GobletBadEventPattern] The event pattern source: aws.codebuild is"
                + " not one EventBridge takes: it is not JSON.", "pattern = ");
    }

    @Test
    void startingPositionIsOneLambdaTakes() {
        assertSingleError("BadStartingPosition", "[GobletBadStartingPosition] startingPosition 'EARLIEST' is not one"
                + " Lambda takes: write LATEST", "startingPosition = ");
    }

    @Test
    void kinesisStreamIsNamedOnce() {
        assertSingleError("KinesisStreamTwice", "[GobletKinesisStream] @OnKinesisRecord on count() names its stream"
                + " once", "@OnKinesisRecord");
    }

    @Test
    void dynamoDbStreamArnNamesAStream() {
        assertSingleError("BadDynamoDbStream", "[GobletBadStreamArn] 'arn:aws:dynamodb:us-east-1:123456789012:"
                + "table/Users' is not a stream's ARN. Write it as arn:aws:dynamodb:us-east-1:123456789012:table/Users"
                + "/stream/", "streamArn = ");
    }

    @Test
    void declaredQueueHasAnSqsName() {
        assertSingleError("BadDeclaredQueue", "[GobletBadQueueName] 'welcome mails' is not an SQS queue name",
                "public class BadDeclaredQueue");
    }

    @Test
    void declaredTopicNeedsAFreeVariable() {
        assertSingleError("TakenQueueVariable", "[GobletBadMessagingVariable] The topic user-events puts its address"
                + " in 'USERS', which is not a free environment variable name", "public class TakenQueueVariable");
    }

    @Test
    void tableStreamIsDeclared() {
        assertSingleError("TableWithoutStream", "[GobletTableWithoutStream] @OnDynamoDbRecord reads the stream of"
                + " table 'UsersTable', but the app declares no such table with a stream. Declare it with"
                + " @DynamoDbTable(resource = \"UsersTable\", ..., stream = \"NEW_AND_OLD_IMAGES\")",
                "table = \"UsersTable\"");
    }

    @Test
    void resourceNamesFunctionsOfTheApp() {
        assertSingleError("UnknownResourceUser", "[GobletUnknownResourceUser] The queue welcome-mails names"
                + " 'send_welcom_mail' among the functions that may use it, but the app has no function of that name;"
                + " its functions are 'api_handler', 'send_welcome_mail'. Did you mean 'send_welcome_mail'?",
                "functions = \"send_welcom_mail\"");
    }

    @Test
    void eventMiddlewareWithoutItsNext() {
        assertSingleError("EventMiddlewareSignature", "[GobletEventMiddlewareSignature] Event middleware trace() must"
                + " be public, not static, take (EventCall call, NextEvent next) and return a JsonNode",
                "public JsonNode trace(EventCall call)");
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(JavaFileObjects.forResource("bad/test/" + name + ".java"), message, line);
    }
}
