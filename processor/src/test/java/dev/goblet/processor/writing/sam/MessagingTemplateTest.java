package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.goblet.processor.writing.sam.SamTemplateWriterTest.properties;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queues and topics declared beside the code: the template makes them, the functions that read them refer to them
 * (so CloudFormation makes them first), and every function (or those each names) may send or publish to them,
 * their addresses in its environment.
 */
class MessagingTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @Test
    void declaredQueuesAndTopicsAreMadeReadAndUsed() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), """
                {"stages": {"prod": {"lambda_functions": {"send_welcome_mail": {"lambda_timeout": 120}}}}}
                """);
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.config=" + config)
                .compile(JavaFileObjects.forResource("sam/good/SignupApp.java"));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode template = YAML.readTree(dir.resolve("out/sam-prod.yaml").toFile());

        JsonNode queue = properties(template, "WelcomeMailsQueue");
        assertThat(queue.path("QueueName").asText()).isEqualTo("welcome-mails");
        assertThat(queue.path("VisibilityTimeout").asInt()).as("six times its reader's 120 s").isEqualTo(720);
        assertThat(queue.at("/RedrivePolicy/deadLetterTargetArn/Fn::GetAtt").toString())
                .isEqualTo("[\"WelcomeMailsQueueDeadLetter\",\"Arn\"]");
        assertThat(queue.at("/RedrivePolicy/maxReceiveCount").asInt()).isEqualTo(5);
        assertThat(properties(template, "WelcomeMailsQueueDeadLetter").path("QueueName").asText())
                .isEqualTo("welcome-mails-dlq");
        JsonNode audit = properties(template, "AuditQueue");
        assertThat(audit.path("FifoQueue").asBoolean()).isTrue();
        assertThat(audit.path("VisibilityTimeout").asInt()).as("as declared").isEqualTo(90);
        assertThat(properties(template, "UserEventsTopic").path("TopicName").asText()).isEqualTo("user-events");

        JsonNode mailer = properties(template, "SendWelcomeMail");
        assertThat(mailer.at("/Events/SendWelcomeMailSqsEventSource/Properties/Queue/Fn::GetAtt").toString())
                .isEqualTo("[\"WelcomeMailsQueue\",\"Arn\"]");
        JsonNode consume = properties(template, "SendWelcomeMailRole").at("/Policies/0/PolicyDocument/Statement/0");
        assertThat(consume.path("Sid").asText()).isEqualTo("SendWelcomeMailQueue");
        assertThat(consume.at("/Resource/Fn::GetAtt/0").asText()).isEqualTo("WelcomeMailsQueue");
        assertThat(properties(template, "OnUserEvent").at("/Events/OnUserEventSnsSubscription/Properties/Topic/Ref")
                .asText()).isEqualTo("UserEventsTopic");
        assertThat(properties(template, "OnOtherEvent").at("/Events/OnOtherEventSnsSubscription/Properties/Topic"
                + "/Fn::Sub").asText()).as("a topic made elsewhere, by name").endsWith(":elsewhere-events");

        JsonNode api = properties(template, "APIHandler");
        assertThat(api.at("/Environment/Variables/WELCOME_MAILS_QUEUE_URL/Ref").asText())
                .isEqualTo("WelcomeMailsQueue");
        assertThat(api.at("/Environment/Variables/USER_EVENTS_TOPIC_ARN/Ref").asText()).isEqualTo("UserEventsTopic");
        JsonNode statements = FunctionRoles.statements(template, "APIHandler");
        assertThat(statements.findValuesAsText("Sid")).containsExactly("WelcomeMailsQueueSend", "AuditQueueSend",
                "UserEventsTopicPublish");
        assertThat(statements.get(0).path("Action").toString()).isEqualTo("[\"sqs:SendMessage\"]");
        assertThat(statements.get(2).path("Action").toString()).isEqualTo("[\"sns:Publish\"]");
        assertThat(statements.get(2).at("/Resource/Ref").asText()).isEqualTo("UserEventsTopic");

        assertThat(SamTemplateWriterTest.names(template.path("Outputs"))).contains("WelcomeMailsQueueUrl",
                "WelcomeMailsQueueArn", "AuditQueueUrl", "UserEventsTopicArn");
        assertThat(TemplateReferences.unresolved(template)).isEmpty();
        assertThat(TemplateChecks.assertAllDeployable(dir.resolve("out"))).hasSize(2);
    }

    @Test
    void resourcesThatNameTheirFunctionsAreInThoseFunctionsPoliciesAlone() throws IOException {
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(JavaFileObjects.forResource("sam/good/NarrowedApp.java"));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode template = YAML.readTree(dir.resolve("out/sam.yaml").toFile());

        assertThat(FunctionRoles.statements(template, "APIHandler").findValuesAsText("Sid"))
                .containsExactly("UsersTableItems");
        assertThat(FunctionRoles.statements(template, "OnUserChange").findValuesAsText("Sid"))
                .as("its stream, then the queue and the topic that name it")
                .containsExactly("OnUserChangeStream", "WelcomeMailsQueueSend", "UserEventsTopicPublish");
        assertThat(FunctionRoles.statements(template, "SendWelcomeMail").findValuesAsText("Sid"))
                .as("the queue it reads, which is not the right to send to it").containsExactly("SendWelcomeMailQueue");
        assertThat(FunctionRoles.statements(template, "Report").findValuesAsText("Sid"))
                .containsExactly("UserEventsTopicPublish");
        for (String function : List.of("APIHandler", "OnUserChange", "SendWelcomeMail", "Report")) {
            assertThat(SamTemplateWriterTest.names(properties(template, function).at("/Environment/Variables")))
                    .as("every function finds every address, used or not: %s", function)
                    .contains("USERS_TABLE", "WELCOME_MAILS_QUEUE_URL", "USER_EVENTS_TOPIC_ARN");
        }
        assertThat(TemplateReferences.unresolved(template)).isEmpty();
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void aStageThatSetsTheirVariablesTakesQueuesAndTopicsMadeElsewhere() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), """
                {"stages": {"shared": {"environment_variables": {
                    "WELCOME_MAILS_QUEUE_URL": "https://sqs.eu-west-1.amazonaws.com/123456789012/welcome-mails-shared",
                    "AUDIT_QUEUE_URL": "${param:AuditQueueUrl}",
                    "USER_EVENTS_TOPIC_ARN": "${param:UserEventsTopicArn}"}}}}
                """);
        Compilation compilation = javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.outputDirectory=" + dir.resolve("out"), "-Agoblet.config=" + config)
                .compile(JavaFileObjects.forResource("sam/good/SignupApp.java"));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode template = YAML.readTree(dir.resolve("out/sam-shared.yaml").toFile());

        assertThat(SamTemplateWriterTest.names(template.path("Resources"))).as("made elsewhere, not here")
                .doesNotContain("WelcomeMailsQueue", "WelcomeMailsQueueDeadLetter", "AuditQueue", "UserEventsTopic");
        assertThat(SamTemplateWriterTest.names(template.path("Outputs")))
                .doesNotContain("WelcomeMailsQueueUrl", "WelcomeMailsQueueArn", "AuditQueueUrl", "UserEventsTopicArn");
        assertThat(SamTemplateWriterTest.names(template.path("Parameters")))
                .containsExactlyInAnyOrder("AuditQueueUrl", "UserEventsTopicArn");

        String welcomeArn = "arn:${AWS::Partition}:sqs:eu-west-1:123456789012:welcome-mails-shared";
        assertThat(properties(template, "SendWelcomeMail")
                .at("/Events/SendWelcomeMailSqsEventSource/Properties/Queue/Fn::Sub").asText()).isEqualTo(welcomeArn);
        JsonNode consume = FunctionRoles.statements(template, "SendWelcomeMail").path(0);
        assertThat(consume.path("Sid").asText()).isEqualTo("SendWelcomeMailQueue");
        assertThat(consume.at("/Resource/Fn::Sub").asText()).isEqualTo(welcomeArn);
        assertThat(properties(template, "OnUserEvent").at("/Events/OnUserEventSnsSubscription/Properties/Topic/Ref")
                .asText()).isEqualTo("UserEventsTopicArn");

        JsonNode variables = properties(template, "APIHandler").at("/Environment/Variables");
        assertThat(variables.path("WELCOME_MAILS_QUEUE_URL").asText())
                .isEqualTo("https://sqs.eu-west-1.amazonaws.com/123456789012/welcome-mails-shared");
        assertThat(variables.at("/AUDIT_QUEUE_URL/Ref").asText()).isEqualTo("AuditQueueUrl");
        assertThat(variables.at("/USER_EVENTS_TOPIC_ARN/Ref").asText()).isEqualTo("UserEventsTopicArn");
        JsonNode statements = FunctionRoles.statements(template, "APIHandler");
        assertThat(statements.findValuesAsText("Sid")).containsExactly("WelcomeMailsQueueSend", "AuditQueueSend",
                "UserEventsTopicPublish");
        assertThat(statements.get(0).at("/Resource/Fn::Sub").asText()).isEqualTo(welcomeArn);
        // A URL left to a parameter: its ARN is taken apart from it when the stack is deployed.
        assertThat(statements.get(1).at("/Resource/Fn::Join/1").toString()).contains("Fn::Split", "AuditQueueUrl");
        assertThat(statements.get(2).at("/Resource/Ref").asText()).isEqualTo("UserEventsTopicArn");

        assertThat(TemplateReferences.unresolved(template)).isEmpty();
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }
}
