package dev.goblet.processor.websocket;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template of an app with WebSocket handlers: Chalice's WebSocket API resources and outputs, one function per
 * handler with its route, integration and invoke permission, the management endpoint in every function's
 * environment and {@code execute-api:ManageConnections} on this API only; checked by cfn-lint and the SAM
 * translator.
 */
class WebSocketTemplateTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @Test
    void aChatOfWebSocketHandlersOnlyIsAWebSocketApiWithoutRestApi() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), """
                {"stages": {"prod": {"api_gateway_stage": "v1",
                    "lambda_functions": {"websocket_message": {"lambda_memory_size": 1024}}}}}
                """);
        Compilation compilation = compile("websocket/good/ChatApp.java", config);

        assertThat(compilation).succeededWithoutWarnings();
        for (String handler : List.of("ChatWebsocketConnectHandler", "ChatWebsocketMessageHandler",
                "ChatWebsocketMessageSayHandler", "ChatWebsocketDisconnectHandler")) {
            assertThat(compilation).generatedSourceFile("test.chat." + handler);
        }
        assertThat(compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test/chat/ChatHandler.java"))
                .as("no routes, no API handler").isEmpty();
        assertThat(Files.exists(dir.resolve("out/openapi.yaml"))).as("no REST API, no document").isFalse();

        JsonNode template = YAML.readTree(dir.resolve("out/sam-prod.yaml").toFile());
        Map<String, String> types = types(template);
        assertThat(types).doesNotContainKey("RestAPI").doesNotContainKey("APIHandler");
        assertThat(types).containsAllEntriesOf(Map.ofEntries(
                Map.entry("WebsocketAPI", "AWS::ApiGatewayV2::Api"),
                Map.entry("WebsocketConnect", "AWS::Serverless::Function"),
                Map.entry("WebsocketMessage", "AWS::Serverless::Function"),
                Map.entry("WebsocketMessageSay", "AWS::Serverless::Function"),
                Map.entry("WebsocketDisconnect", "AWS::Serverless::Function"),
                Map.entry("WebsocketConnectRoute", "AWS::ApiGatewayV2::Route"),
                Map.entry("WebsocketMessageRoute", "AWS::ApiGatewayV2::Route"),
                Map.entry("WebsocketMessageSayRoute", "AWS::ApiGatewayV2::Route"),
                Map.entry("WebsocketDisconnectRoute", "AWS::ApiGatewayV2::Route"),
                Map.entry("WebsocketConnectAPIIntegration", "AWS::ApiGatewayV2::Integration"),
                Map.entry("WebsocketMessageInvokePermission", "AWS::Lambda::Permission"),
                Map.entry("WebsocketAPIDeployment", "AWS::ApiGatewayV2::Deployment"),
                Map.entry("WebsocketAPIStage", "AWS::ApiGatewayV2::Stage")));

        JsonNode api = properties(template, "WebsocketAPI");
        assertThat(api.path("ProtocolType").asText()).isEqualTo("WEBSOCKET");
        assertThat(api.path("RouteSelectionExpression").asText()).isEqualTo("$request.body.action");
        Map<String, String> routeKeys = new LinkedHashMap<>();
        for (String id : List.of("WebsocketConnect", "WebsocketMessage", "WebsocketMessageSay",
                "WebsocketDisconnect")) {
            routeKeys.put(id, properties(template, id + "Route").path("RouteKey").asText());
            assertThat(properties(template, id + "Route").path("Target").path("Fn::Sub").asText())
                    .isEqualTo("integrations/${" + id + "APIIntegration}");
            JsonNode integration = properties(template, id + "APIIntegration");
            assertThat(integration.path("IntegrationType").asText()).isEqualTo("AWS_PROXY");
            assertThat(integration.path("IntegrationUri").path("Fn::Sub").asText()).contains("${" + id + ".Arn}");
            assertThat(properties(template, id + "InvokePermission").path("FunctionName").path("Ref").asText())
                    .isEqualTo(id);
            assertThat(template.path("Outputs").path(id + "HandlerArn").path("Value").path("Fn::GetAtt")
                    .get(0).asText()).isEqualTo(id);
            assertThat(template.path("Outputs").path(id + "HandlerName").path("Value").path("Ref").asText())
                    .isEqualTo(id);
        }
        assertThat(routeKeys).containsExactlyInAnyOrderEntriesOf(Map.of("WebsocketConnect", "$connect",
                "WebsocketMessage", "$default", "WebsocketMessageSay", "say", "WebsocketDisconnect",
                "$disconnect"));
        List<String> dependsOn = new ArrayList<>();
        template.path("Resources").path("WebsocketAPIDeployment").path("DependsOn")
                .forEach(id -> dependsOn.add(id.asText()));
        assertThat(dependsOn).containsExactlyInAnyOrder("WebsocketConnectRoute", "WebsocketMessageRoute",
                "WebsocketMessageSayRoute", "WebsocketDisconnectRoute");
        assertThat(properties(template, "WebsocketAPIStage").path("StageName").asText())
                .as("the stage's api_gateway_stage").isEqualTo("v1");

        JsonNode message = properties(template, "WebsocketMessage");
        assertThat(message.path("MemorySize").asInt()).as("its lambda_functions entry").isEqualTo(1024);
        assertThat(message.path("Handler").asText()).isEqualTo("test.chat.ChatWebsocketMessageHandler");
        assertThat(message.path("Environment").path("Variables").path("GOBLET_WEBSOCKET_ENDPOINT").path("Fn::Sub")
                .asText()).isEqualTo("https://${WebsocketAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/v1");
        assertThat(manageConnections(template, "WebsocketMessage")).isEqualTo(
                "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${WebsocketAPI}/*");

        assertThat(template.path("Outputs").path("WebsocketAPIId").path("Value").path("Ref").asText())
                .isEqualTo("WebsocketAPI");
        assertThat(template.path("Outputs").path("WebsocketConnectEndpointURL").path("Value").path("Fn::Sub")
                .asText()).isEqualTo("wss://${WebsocketAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/v1/");
        assertThat(template.path("Outputs").has("WebsocketConnectArn")).as("Chalice's <Id>HandlerArn instead")
                .isFalse();

        JsonNode base = YAML.readTree(dir.resolve("out/sam.yaml").toFile());
        assertThat(properties(base, "WebsocketAPIStage").path("StageName").asText()).isEqualTo("api");
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    @Test
    void routesAndQueueFunctionsBesideMayManageTheConnectionsToo() throws IOException {
        Compilation compilation = compile("websocket/good/ChatWithApi.java", null);

        assertThat(compilation).succeededWithoutWarnings();
        JsonNode template = YAML.readTree(dir.resolve("out/sam.yaml").toFile());
        assertThat(types(template)).containsKeys("RestAPI", "APIHandler", "Announce", "WebsocketAPI",
                "WebsocketMessageSay");
        assertThat(properties(template, "WebsocketAPI").path("RouteSelectionExpression").asText())
                .isEqualTo("$request.body.type");
        for (String function : List.of("APIHandler", "Announce", "WebsocketMessageSay")) {
            JsonNode properties = properties(template, function);
            assertThat(properties.path("Environment").path("Variables").has("GOBLET_WEBSOCKET_ENDPOINT"))
                    .as(function).isTrue();
        }
        assertThat(template.path("Outputs").has("APIHandlerArn")).isTrue();
        assertThat(template.path("Outputs").has("WebsocketMessageSayHandlerArn")).isTrue();
        assertThat(template.path("Outputs").has("EndpointURL")).isTrue();
        assertThat(template.path("Outputs").has("WebsocketConnectEndpointURL")).isTrue();
        TemplateChecks.assertAllDeployable(dir.resolve("out"));
    }

    private Compilation compile(String source, Path config) {
        List<String> options = new ArrayList<>(List.of("-Agoblet.outputDirectory=" + dir.resolve("out")));
        if (config != null) {
            options.add("-Agoblet.config=" + config);
        }
        return javac().withProcessors(new GobletProcessor()).withOptions(options)
                .compile(JavaFileObjects.forResource(source));
    }

    /** The resource of the function's ManageConnections statement. */
    /** The resource of the ManageConnections statement in the role Goblet writes for the function. */
    private static String manageConnections(JsonNode template, String function) {
        String role = template.at("/Resources/" + function + "/Properties/Role/Fn::GetAtt/0").asText("");
        for (JsonNode policy : template.path("Resources").path(role).path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                if (statement.path("Action").toString().contains("execute-api:ManageConnections")) {
                    return statement.path("Resource").path("Fn::Sub").asText();
                }
            }
        }
        return null;
    }

    private static JsonNode properties(JsonNode template, String resource) {
        return template.path("Resources").path(resource).path("Properties");
    }

    private static Map<String, String> types(JsonNode template) {
        Map<String, String> types = new LinkedHashMap<>();
        template.path("Resources").fields().forEachRemaining(r -> types.put(r.getKey(), r.getValue().path("Type")
                .asText()));
        return types;
    }
}
