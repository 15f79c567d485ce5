package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import dev.goblet.processor.testing.OpenApiDocuments;
import dev.goblet.processor.testing.OpenApiLint;
import dev.goblet.processor.testing.TemplateChecks;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users service's own sources and {@code .chalice/config.json}: {@code sam.yaml} deploys alone (table, policy,
 * table name in DYNAMODB_TABLE_NAME), and {@code sam-cdk.yaml} takes the role and table from the CDK stack.
 */
class ExampleUsersTemplateTest {
    private static final Path EXAMPLE = Paths.get("..", "example-users");
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path out;

    @Test
    void theUsersServiceDeploysAloneAndThroughCdk() throws Exception {
        List<JavaFileObject> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(this::source).toList();
        }
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + EXAMPLE.resolve(".chalice/config.json").toAbsolutePath(),
                        "-Agoblet.outputDirectory=" + out, "-Agoblet.codeUri=../lambda.zip")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();

        OpenAPI document = OpenApiDocuments.parseCleanly(Files.readString(out.resolve("openapi.json")));
        assertThat(document.getPaths()).containsOnlyKeys("/users", "/users/{username}");
        assertThat(document.getPaths().get("/users/{username}").getPut().getResponses()).containsKey("404");
        assertThat(document.getPaths().get("/users").getPost().getResponses()).containsKey("409");
        OpenApiLint.assertPasses(out.resolve("openapi.yaml"));
        assertThat(document.getComponents().getSecuritySchemes()).as("writes behind IAM").containsOnlyKeys("sigv4");
        assertThat(document.getPaths().get("/users").getPost().getSecurity().get(0)).containsOnlyKeys("sigv4");
        assertThat(document.getPaths().get("/users/{username}").getPut().getSecurity().get(0)).containsKey("sigv4");
        assertThat(document.getPaths().get("/users/{username}").getDelete().getSecurity().get(0)).containsKey("sigv4");
        assertThat(document.getPaths().get("/users/{username}").getGet().getSecurity()).as("reads are public")
                .isNull();
        assertThat(document.getPaths().get("/users").getGet().getSecurity()).isNull();

        JsonNode alone = YAML.readTree(out.resolve("sam.yaml").toFile());
        assertThat(TemplateReferences.unresolved(alone)).isEmpty();
        assertThat(alone.path("Resources").path("UsersTable").path("Type").asText())
                .isEqualTo("AWS::DynamoDB::Table");
        assertThat(alone.path("Resources").path("UsersTable").path("Properties").path("KeySchema").path(0)
                .path("AttributeName").asText()).isEqualTo("username");
        JsonNode function = alone.path("Resources").path("APIHandler").path("Properties");
        assertThat(function.path("Handler").asText())
                .isEqualTo("dev.goblet.example.users.WebApiHandler");
        assertThat(function.path("Environment").path("Variables").path("DYNAMODB_TABLE_NAME").path("Ref").asText())
                .isEqualTo("UsersTable");
        JsonNode statement = FunctionRoles.statements(alone, "APIHandler").path(0);
        assertThat(statement.path("Resource").path(0).path("Fn::GetAtt").path(0).asText()).isEqualTo("UsersTable");
        assertThat(statement.path("Action").toString()).as("only the calls the service makes")
                .isEqualTo("[\"dynamodb:GetItem\",\"dynamodb:PutItem\",\"dynamodb:UpdateItem\","
                        + "\"dynamodb:DeleteItem\",\"dynamodb:Scan\"]");
        assertThat(alone.path("Resources").path("RestAPI").path("Properties").path("StageName").asText())
                .isEqualTo("v1");
        assertThat(alone.has("Parameters")).isFalse();

        JsonNode cdk = YAML.readTree(out.resolve("sam-cdk.yaml").toFile());
        assertThat(TemplateReferences.unresolved(cdk)).isEmpty();
        assertThat(cdk.path("Resources").has("UsersTable")).isFalse();
        assertThat(cdk.path("Parameters").has("ApiHandlerRoleArn")).isTrue();
        assertThat(cdk.path("Parameters").has("UsersTableName")).isTrue();
        JsonNode cdkFunction = cdk.path("Resources").path("APIHandler").path("Properties");
        assertThat(cdkFunction.path("Role").path("Ref").asText()).isEqualTo("ApiHandlerRoleArn");
        assertThat(cdkFunction.path("MemorySize").asInt()).isEqualTo(512);
        assertThat(cdkFunction.path("Timeout").asInt()).isEqualTo(10);
        assertThat(cdk.path("Outputs").fieldNames()).toIterable()
                .contains("RestAPIId", "EndpointURL", "APIHandlerArn", "APIHandlerName");

        theEventSideReadsTheStreamTheQueueAndTheSchedule(alone, cdk);

        assertThat(TemplateChecks.assertAllDeployable(out)).extracting(file -> file.getFileName().toString())
                .containsExactly("sam-cdk.yaml", "sam-dev.yaml", "sam.yaml");
    }

    /**
     * The stream function, the welcome-mail worker and the daily report: each its event source, and a role with
     * what that source needs on that one resource. In the cdk stage the table, and so its stream, come from the
     * stack: the stream's ARN is the parameter UsersTableStreamArn.
     */
    private static void theEventSideReadsTheStreamTheQueueAndTheSchedule(JsonNode alone, JsonNode cdk) {
        JsonNode resources = alone.path("Resources");
        assertThat(resources.path("UsersTable").path("Properties").path("StreamSpecification").path("StreamViewType")
                .asText()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(resources.path("WelcomeMailsQueue").path("Properties").path("QueueName").asText())
                .isEqualTo("welcome-mails");
        assertThat(resources.path("UserEventsTopic").path("Properties").path("TopicName").asText())
                .isEqualTo("user-events");

        JsonNode stream = resources.path("OnUserChange").path("Properties");
        assertThat(stream.path("Handler").asText()).isEqualTo("dev.goblet.example.users.WebApiOnUserChangeHandler");
        JsonNode source = stream.path("Events").path("OnUserChangeDynamodbEventSource");
        assertThat(source.path("Type").asText()).isEqualTo("DynamoDB");
        assertThat(source.path("Properties").path("Stream").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"UsersTable\",\"StreamArn\"]}");
        assertThat(source.path("Properties").path("FunctionResponseTypes").toString())
                .isEqualTo("[\"ReportBatchItemFailures\"]");
        JsonNode streamStatement = statement(alone, "OnUserChange", "OnUserChangeStream");
        assertThat(streamStatement.path("Action").toString()).isEqualTo("[\"dynamodb:DescribeStream\","
                + "\"dynamodb:GetRecords\",\"dynamodb:GetShardIterator\",\"dynamodb:ListStreams\"]");
        assertThat(streamStatement.path("Resource").toString()).as("that stream only")
                .isEqualTo("{\"Fn::GetAtt\":[\"UsersTable\",\"StreamArn\"]}");
        assertThat(statement(alone, "OnUserChange", "WelcomeMailsQueueSend").path("Resource").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"WelcomeMailsQueue\",\"Arn\"]}");
        assertThat(statement(alone, "OnUserChange", "UserEventsTopicPublish").path("Action").toString())
                .isEqualTo("[\"sns:Publish\"]");
        assertThat(stream.path("Environment").path("Variables").path("WELCOME_MAILS_QUEUE_URL").path("Ref").asText())
                .isEqualTo("WelcomeMailsQueue");
        assertThat(stream.path("Environment").path("Variables").path("USER_EVENTS_TOPIC_ARN").path("Ref").asText())
                .isEqualTo("UserEventsTopic");

        JsonNode worker = resources.path("SendWelcomeMail").path("Properties");
        JsonNode queue = worker.path("Events").path("SendWelcomeMailSqsEventSource");
        assertThat(queue.path("Type").asText()).isEqualTo("SQS");
        assertThat(queue.path("Properties").path("Queue").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"WelcomeMailsQueue\",\"Arn\"]}");
        assertThat(queue.path("Properties").path("FunctionResponseTypes").toString())
                .as("a refused mail fails alone").isEqualTo("[\"ReportBatchItemFailures\"]");
        JsonNode receive = statement(alone, "SendWelcomeMail", "SendWelcomeMailQueue");
        assertThat(receive.path("Action").toString()).isEqualTo("[\"sqs:ReceiveMessage\",\"sqs:DeleteMessage\","
                + "\"sqs:GetQueueAttributes\",\"sqs:ChangeMessageVisibility\"]");
        assertThat(receive.path("Resource").toString()).isEqualTo("{\"Fn::GetAtt\":[\"WelcomeMailsQueue\",\"Arn\"]}");
        assertThat(resources.path("WelcomeMailsQueue").path("Properties").path("RedrivePolicy")
                .path("maxReceiveCount").asInt()).isEqualTo(5);

        JsonNode schedule = resources.path("ReportUserCount").path("Properties").path("Events")
                .path("ReportUserCountEvent");
        assertThat(schedule.path("Type").asText()).isEqualTo("Schedule");
        assertThat(schedule.path("Properties").path("Schedule").asText()).isEqualTo("rate(1 day)");
        for (String function : List.of("OnUserChange", "SendWelcomeMail", "ReportUserCount")) {
            assertThat(resources.path(function).path("Properties").path("Role").path("Fn::GetAtt").path(0).asText())
                    .as("%s runs as a role of its own", function).isEqualTo(function + "Role");
            assertThat(resources.path(function + "Role").path("Properties").path("ManagedPolicyArns").toString())
                    .as("%s: no managed role that reaches every queue or stream", function)
                    .doesNotContain("SQSQueueExecution", "DynamoDBExecution");
        }

        // Each function's role holds what its code does, as the table, queue and topic name their functions.
        assertThat(FunctionRoles.statements(alone, "APIHandler").findValuesAsText("Sid"))
                .containsExactly("UsersTableItems");
        assertThat(FunctionRoles.statements(alone, "OnUserChange").findValuesAsText("Sid"))
                .containsExactly("OnUserChangeStream", "WelcomeMailsQueueSend", "UserEventsTopicPublish");
        assertThat(FunctionRoles.statements(alone, "SendWelcomeMail").findValuesAsText("Sid"))
                .containsExactly("SendWelcomeMailQueue");
        assertThat(FunctionRoles.statements(alone, "ReportUserCount").findValuesAsText("Sid"))
                .containsExactly("UsersTableItems", "UserEventsTopicPublish");

        JsonNode cdkStream = cdk.path("Resources").path("OnUserChange").path("Properties");
        assertThat(cdk.path("Parameters").has("UsersTableStreamArn")).isTrue();
        assertThat(cdkStream.path("Events").path("OnUserChangeDynamodbEventSource").path("Properties").path("Stream")
                .path("Ref").asText()).isEqualTo("UsersTableStreamArn");
        assertThat(statement(cdk, "OnUserChange", "OnUserChangeStream").path("Resource").path("Ref").asText())
                .isEqualTo("UsersTableStreamArn");
        assertThat(statement(cdk, "ReportUserCount", "UsersTableItems").path("Resource").path(0).path("Fn::Sub")
                .asText()).as("the stack's table, by the name the stage gives every function")
                .endsWith(":table/${UsersTableName}");
        assertThat(cdk.path("Resources").path("ReportUserCount").path("Properties").path("Environment")
                .path("Variables").path("DYNAMODB_TABLE_NAME").path("Ref").asText()).isEqualTo("UsersTableName");
    }

    private static JsonNode statement(JsonNode template, String function, String sid) {
        for (JsonNode statement : FunctionRoles.statements(template, function)) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError(function + " has no statement " + sid + ": " + FunctionRoles.statements(template,
                function));
    }

    private JavaFileObject source(Path file) {
        try {
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
