package dev.goblet.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.testing.ProxyResponse;
import java.util.List;
import java.util.Map;

/**
 * What the local server answers itself, before any handler runs, as API Gateway does for a body over its limit:
 * Chalice's error body, {@code {"Code": ..., "Message": ...}}, as the app's own errors have it.
 */
final class GatewayAnswer {
    /** The local server's JSON: documents and error bodies, never an app's bodies. */
    static final ObjectMapper JSON = new ObjectMapper();

    private GatewayAnswer() {}

    static ProxyResponse error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("Code", code).put("Message", message);
        return json(status, body);
    }

    static ProxyResponse json(int status, Object body) {
        try {
            return new ProxyResponse(status, Map.of("Content-Type", List.of("application/json")),
                    JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON answer", e);
        }
    }
}
