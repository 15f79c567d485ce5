package dev.goblet.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The functions of the apps a module builds, as the processor lists them in
 * {@code META-INF/goblet/<app>/functions.json} under the classes folder: the goals find the class to run from the
 * name a user knows.
 */
final class FunctionIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One function: its config key ({@code api_handler}, ...), its logical id, kind and entry point. */
    record Function(String app, String name, String logicalId, String kind, String handler) {
        boolean isApi() {
            return kind.equals("api");
        }

        String label() {
            return name + " (" + app + ", " + logicalId + ")";
        }
    }

    private final List<Function> functions;

    private FunctionIndex(List<Function> functions) {
        this.functions = List.copyOf(functions);
    }

    /** Reads every app's index under {@code classes}; empty when the module has no app or is not compiled. */
    static FunctionIndex read(Path classes) throws IOException {
        Path folder = classes.resolve("META-INF/goblet");
        List<Function> functions = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new FunctionIndex(functions);
        }
        try (Stream<Path> apps = Files.list(folder).sorted()) {
            for (Path index : apps.map(app -> app.resolve("functions.json")).filter(Files::isRegularFile).toList()) {
                JsonNode root = JSON.readTree(index.toFile());
                for (JsonNode function : root.path("functions")) {
                    functions.add(new Function(root.path("app").asText(), function.path("name").asText(),
                            function.path("logicalId").asText(), function.path("kind").asText(),
                            function.path("handler").asText()));
                }
            }
        }
        return new FunctionIndex(functions);
    }

    List<Function> all() {
        return functions;
    }

    /** The function a user names by its config key or its logical id. */
    Optional<Function> named(String name) {
        return functions.stream().filter(f -> f.name().equals(name) || f.logicalId().equals(name)).findFirst();
    }

    List<Function> apis() {
        return functions.stream().filter(Function::isApi).toList();
    }

    /** The functions of WebSocket handlers, which the local server serves beside the routes. */
    List<Function> webSocketHandlers() {
        return functions.stream().filter(function -> function.kind().equals("websocket")).toList();
    }
}
