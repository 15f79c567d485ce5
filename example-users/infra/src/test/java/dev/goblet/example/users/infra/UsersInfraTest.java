package dev.goblet.example.users.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.cdk.SynthesizedTemplates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Synthesizes the three environments from the users service's real build output (its template and zip, made by
 * the example-users module before this one) and checks what each stack deploys. One CDK app for all: jsii starts
 * once.
 */
class UsersInfraTest {
    @TempDir
    static Path folder;

    private static List<WebApi> stacks;

    @BeforeAll
    static void synthesize() {
        stacks = UsersInfra.stacks(new App());
    }

    @Test
    void threeEnvironments() {
        assertThat(stacks).extracting(Stack::getStackName)
                .containsExactly("WebApiDev", "WebApiProdEuWest1", "WebApiProdUsEast1");
        assertThat(stacks.get(1).getAccount()).isEqualTo("123456789012");
        assertThat(stacks.get(1).getRegion()).isEqualTo("eu-west-1");
        assertThat(stacks.get(2).getRegion()).isEqualTo("us-east-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void theStackMakesTheTableAndTheRoleAndGrantsTheRoleTheTable(int index) {
        WebApi stack = stacks.get(index);
        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::DynamoDB::Table", 1);
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "KeySchema", List.of(Map.of("AttributeName", "username", "KeyType", "HASH"))));
        template.hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Map.of("Statement",
                List.of(Match.objectLike(Map.of("Principal", Map.of("Service", "lambda.amazonaws.com")))))));
        String role = logicalId(stack, stack.getApiHandlerRole().getNode().getDefaultChild());
        String table = logicalId(stack, stack.getUsersTable().getNode().getDefaultChild());
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", role)),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("dynamodb:GetItem", "dynamodb:PutItem",
                                "dynamodb:DeleteItem")),
                        "Resource", Map.of("Fn::GetAtt", List.of(table, "Arn")))))))));
        template.hasOutput("UsersTableName", Map.of("Value", Map.of("Ref", table)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void theApiHandlerRunsAsTheRoleWithTheTableAndTheStagesSettings(int index) {
        WebApi stack = stacks.get(index);
        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::Serverless::Function", 4);
        template.hasResource("AWS::Serverless::Function", Map.of("Properties", Map.of(
                "Handler", "dev.goblet.example.users.WebApiHandler",
                "Role", Map.of("Fn::GetAtt",
                        List.of(logicalId(stack, stack.getApiHandlerRole().getNode().getDefaultChild()), "Arn")),
                "Policies", Match.absent(),
                "MemorySize", 128,
                "Timeout", 10,
                "Environment", Map.of("Variables", Map.of("DYNAMODB_TABLE_NAME",
                        Map.of("Ref", logicalId(stack, stack.getUsersTable().getNode().getDefaultChild())))),
                "CodeUri", Map.of("Bucket", Match.anyValue(), "Key", Match.stringLikeRegexp("\\.zip$")))));
        template.hasResourceProperties("AWS::Serverless::Api", Map.of("StageName", "v1",
                "DefinitionBody", Match.objectLike(Map.of("openapi", "3.0.1"))));
        assertThat(template.findOutputs("*").keySet()).containsExactlyInAnyOrder(
                "UsersTableName", "RestAPIId", "EndpointURL", "APIHandlerArn", "APIHandlerName",
                "OnUserChangeArn", "OnUserChangeName", "SendWelcomeMailArn", "SendWelcomeMailName",
                "ReportUserCountArn", "ReportUserCountName", "WelcomeMailsQueueUrl", "WelcomeMailsQueueArn",
                "UserEventsTopicArn");
        assertThat(stack.getWebApi().getFunctions().keySet())
                .containsExactly("api_handler", "on_user_change", "send_welcome_mail", "report_user_count");
    }

    /** The event side reads this stack's table: its stream, and its items by its name. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void theStreamFunctionReadsTheStacksTableStream(int index) {
        WebApi stack = stacks.get(index);
        Template template = Template.fromStack(stack);
        String table = logicalId(stack, stack.getUsersTable().getNode().getDefaultChild());
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "StreamSpecification", Map.of("StreamViewType", "NEW_AND_OLD_IMAGES")));
        template.hasResourceProperties("AWS::Serverless::Function", Map.of(
                "Handler", "dev.goblet.example.users.WebApiOnUserChangeHandler",
                "Events", Map.of("OnUserChangeDynamodbEventSource", Map.of("Type", "DynamoDB",
                        "Properties", Match.objectLike(Map.of(
                                "Stream", Map.of("Fn::GetAtt", List.of(table, "StreamArn")))))),
                "Environment", Map.of("Variables", Match.objectLike(Map.of("DYNAMODB_TABLE_NAME",
                        Map.of("Ref", table))))));
        Map<String, Object> streamStatement = Map.of("Sid", "OnUserChangeStream",
                "Resource", Map.of("Fn::GetAtt", List.of(table, "StreamArn")));
        template.hasResourceProperties("AWS::IAM::Role", Map.of("Policies", Match.arrayWith(List.of(Match.objectLike(
                Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(streamStatement)))))))))));
        assertThat(template.findParameters("*").keySet()).as("every parameter given by the stack")
                .doesNotContain("UsersTableName", "UsersTableStreamArn", "ApiHandlerRoleArn");
    }

    @Test
    void everyStackPassesTheSamTransformAndCfnLint() {
        SynthesizedTemplates.assertDeployable(folder, List.copyOf(stacks));
    }

    private static String logicalId(Stack stack, Object element) {
        return stack.getLogicalId((CfnElement) element);
    }
}
