package dev.goblet.processor.writing.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A function's role in a generated template, as the template wires it: the function's Role, and what it allows. */
final class FunctionRoles {
    private FunctionRoles() {}

    /** The logical id of the role the function's {@code Role: {Fn::GetAtt: [<id>, Arn]}} names; empty for none. */
    static String roleId(JsonNode template, String function) {
        return template.at("/Resources/" + function + "/Properties/Role/Fn::GetAtt/0").asText("");
    }

    /** The statements of the function's role's first inline policy; an empty array when it has none. */
    static JsonNode statements(JsonNode template, String function) {
        JsonNode statements = role(template, function).at("/Policies/0/PolicyDocument/Statement");
        return statements.isMissingNode() ? JsonNodeFactory.instance.arrayNode() : statements;
    }

    /** The properties of the function's role. */
    static JsonNode role(JsonNode template, String function) {
        return template.path("Resources").path(roleId(template, function)).path("Properties");
    }
}
