package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.HttpMethod;
import dev.goblet.function.AppResources;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.AuthorizerModel;
import dev.goblet.processor.model.RouteModel;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes the app's security index, {@code META-INF/goblet/<app>/security.json}: the authorizers (kind, header, and
 * a built-in's entry point) and each protected route's authorizer, scopes and API key, so that the local server
 * checks what API Gateway would before the route runs. Written only when a route is protected.
 */
public final class SecurityIndexWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityIndexWriter() {}

    public static void write(AppModel app, GeneratedFiles files) throws IOException {
        if (app.routes().stream().noneMatch(route -> route.security().isProtected())) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("app", app.name());
        ArrayNode authorizers = root.putArray("authorizers");
        for (AuthorizerModel authorizer : app.authorizers()) {
            ObjectNode written = authorizers.addObject().put("name", authorizer.name())
                    .put("kind", kind(authorizer)).put("header", authorizer.header());
            if (authorizer instanceof AuthorizerModel.BuiltIn builtIn) {
                written.put("handler", builtIn.entryPoint().canonicalName());
            }
        }
        ArrayNode routes = root.putArray("routes");
        for (RouteModel route : app.routes()) {
            if (!route.security().isProtected()) {
                continue;
            }
            for (HttpMethod method : route.methods()) {
                ObjectNode written = routes.addObject().put("method", method.name()).put("path", route.path().text())
                        .put("apiKeyRequired", route.security().apiKeyRequired());
                route.security().authorizer().ifPresent(name -> written.put("authorizer", name));
                ArrayNode scopes = written.putArray("scopes");
                route.security().scopes().forEach(scopes::add);
            }
        }
        files.writeResource(AppResources.security(app.name()),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static String kind(AuthorizerModel authorizer) {
        return authorizer.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
