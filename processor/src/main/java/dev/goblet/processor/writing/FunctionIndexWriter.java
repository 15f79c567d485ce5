package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.function.AppResources;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.FunctionModel;
import java.io.IOException;

/**
 * Writes the app's function index, {@code META-INF/goblet/<app>/functions.json}: each function's config key, logical
 * id, kind ({@code api}, {@code event}, {@code websocket} with its {@code routeKey}) and entry point, so that a tool
 * finds the class to run from the name a user knows (Chalice's {@code chalice invoke -n <name>}) without reading the
 * template.
 */
public final class FunctionIndexWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FunctionIndexWriter() {}

    public static void write(AppModel app, GeneratedFiles files) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("app", app.name());
        ArrayNode functions = root.putArray("functions");
        for (FunctionModel function : app.functions()) {
            boolean webSocket = function instanceof EventFunctionModel event
                    && event.source() instanceof EventSource.WebSocket;
            ObjectNode entry = functions.addObject()
                    .put("name", function.name())
                    .put("logicalId", function.logicalId())
                    .put("kind", function instanceof ApiHandlerModel ? "api" : webSocket ? "websocket" : "event")
                    .put("handler", function.entryPoint().canonicalName());
            // The local server serves a WebSocket handler's route, and picks message routes as the API does.
            if (webSocket) {
                EventSource.WebSocket route = (EventSource.WebSocket) ((EventFunctionModel) function).source();
                entry.put("routeKey", route.routeKey());
                if (!route.routeSelection().isEmpty()) {
                    entry.put("routeSelection", route.routeSelection());
                }
            }
        }
        files.writeResource(AppResources.functions(app.name()),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
