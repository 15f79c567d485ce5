package dev.goblet.processor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The generated entry point of {@link AuthApi}'s built-in authorizer: the IAM policy API Gateway reads, Lambda's
 * {@code Unauthorized} for a 401, a deny for a bug; and the API handler handing the authorizer's say to the route.
 */
class AuthorizerEntryPointTest {
    private static final String METHOD_ARN = "arn:aws:execute-api:eu-west-1:123456789012:abc123/api/GET/notes/7";

    private final AuthSampleTokensHandler authorizer = new AuthSampleTokensHandler();

    @Test
    void anAllowNamesEachRouteInTheApisStage() throws IOException {
        JsonNode policy = invoke(tokenEvent("allow-ann"));
        assertThat(policy.path("principalId").asText()).isEqualTo("ann");
        JsonNode statement = policy.path("policyDocument").path("Statement").get(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Action").asText()).isEqualTo("execute-api:Invoke");
        assertThat(statement.path("Resource").get(0).asText())
                .isEqualTo("arn:aws:execute-api:eu-west-1:123456789012:abc123/api/GET/notes/*");
        assertThat(policy.path("context").path("tenant").asText()).isEqualTo("acme");

        JsonNode admin = invoke(tokenEvent("admin")).path("policyDocument").path("Statement").get(0);
        assertThat(admin.path("Resource").get(0).asText())
                .isEqualTo("arn:aws:execute-api:eu-west-1:123456789012:abc123/api/*/*");
    }

    @Test
    void aDenyDeniesTheWholeStage() throws IOException {
        JsonNode statement = invoke(tokenEvent("deny")).path("policyDocument").path("Statement").get(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
        assertThat(statement.path("Resource").get(0).asText())
                .isEqualTo("arn:aws:execute-api:eu-west-1:123456789012:abc123/api/*");
    }

    @Test
    void unauthorizedIsLambdasUnauthorizedForApiGatewaysFourOhOne() {
        assertThatThrownBy(() -> invoke(tokenEvent(null))).isInstanceOf(RuntimeException.class)
                .hasMessage("Unauthorized");
    }

    @Test
    void aBugDeniesAndRevealsNothing() throws IOException {
        JsonNode policy = invoke(tokenEvent("bug"));
        assertThat(policy.toString()).doesNotContain("secret detail").doesNotContain("IllegalStateException");
        assertThat(policy.path("policyDocument").path("Statement").get(0).path("Effect").asText()).isEqualTo("Deny");
    }

    @Test
    void theRouteReadsThePrincipalAndContext() throws IOException {
        ObjectNode event = (ObjectNode) Events.JSON.readTree(Events.rest("GET", "/notes/7").bytes());
        ((ObjectNode) event.path("requestContext")).putObject("authorizer").put("principalId", "ann")
                .put("tenant", "acme");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AuthSampleHandler().handleRequest(new ByteArrayInputStream(Events.JSON.writeValueAsBytes(event)), out,
                null);
        JsonNode answer = Events.JSON.readTree(out.toByteArray());
        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        JsonNode body = Events.JSON.readTree(answer.path("body").asText());
        assertThat(body.path("principalId").asText()).isEqualTo("ann");
        assertThat(body.path("context").path("tenant").asText()).isEqualTo("acme");
    }

    private static ObjectNode tokenEvent(String token) {
        ObjectNode event = Events.JSON.createObjectNode().put("type", "TOKEN").put("methodArn", METHOD_ARN);
        if (token != null) {
            event.put("authorizationToken", token);
        }
        return event;
    }

    private JsonNode invoke(ObjectNode event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        authorizer.handleRequest(new ByteArrayInputStream(Events.JSON.writeValueAsBytes(event)), out, null);
        return Events.JSON.readTree(out.toByteArray());
    }
}
