package dev.goblet.processor.writing.openapi;

import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.AuthorizerModel;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.RouteSecurity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The API's security in its OpenAPI document, as API Gateway imports it: one {@code apiKey} scheme per authorizer
 * the routes use, with {@code x-amazon-apigateway-authtype} ({@code awsSigv4}, {@code cognito_user_pools},
 * {@code custom}), Chalice's {@code api_key} scheme for {@code x-api-key}, each protected operation's requirement
 * (both, when a route has both), and the 401 and 403 API Gateway answers for it in the error body. The SAM
 * template adds the {@code x-amazon-apigateway-authorizer} of each scheme.
 */
public final class SecuritySchemes {
    /** Chalice's name of the API key scheme. */
    public static final String API_KEY = "api_key";

    private SecuritySchemes() {}

    /** The authorizers the routes use, in the app's order. */
    public static List<AuthorizerModel> used(AppModel app) {
        Set<String> names = new LinkedHashSet<>();
        app.routes().forEach(route -> route.security().authorizer().ifPresent(names::add));
        return app.authorizers().stream().filter(authorizer -> names.contains(authorizer.name())).toList();
    }

    /** Declares the schemes the routes use. */
    static void declare(Components components, AppModel app) {
        for (AuthorizerModel authorizer : used(app)) {
            SecurityScheme scheme = new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name(authorizer.header()).description(description(authorizer));
            scheme.addExtension("x-amazon-apigateway-authtype", authType(authorizer));
            components.addSecuritySchemes(authorizer.schemeName(), scheme);
        }
        if (app.routes().stream().anyMatch(route -> route.security().apiKeyRequired())) {
            components.addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name("x-api-key")
                    .description("An API key of the API's usage plan."));
        }
    }

    /** The route's requirement on its operation, and the answers API Gateway gives when it is not met. */
    static void secure(Operation operation, RouteModel route, AppModel app, String errorSchema) {
        RouteSecurity security = route.security();
        if (!security.isProtected()) {
            return;
        }
        SecurityRequirement requirement = new SecurityRequirement();
        boolean tokens = false;
        if (security.authorizer().isPresent()) {
            AuthorizerModel authorizer = app.authorizer(security.authorizer().get()).orElseThrow();
            requirement.addList(authorizer.schemeName(), new ArrayList<>(security.scopes()));
            tokens = !(authorizer instanceof AuthorizerModel.Iam);
        }
        if (security.apiKeyRequired()) {
            requirement.addList(API_KEY, new ArrayList<>());
        }
        operation.addSecurityItem(requirement);
        Content error = new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(SchemaWriter.COMPONENTS + errorSchema)));
        ApiResponses responses = operation.getResponses();
        if (tokens) {
            merge(responses, "401", "UnauthorizedError: the token is missing or not valid (from API Gateway)", error);
        }
        merge(responses, "403", "ForbiddenError: " + (security.apiKeyRequired() ? "no valid API key, or " : "")
                + "the caller may not call this route (from API Gateway)", error);
        sort(responses);
    }

    private static void merge(ApiResponses responses, String status, String description, Content content) {
        ApiResponse existing = responses.get(status);
        if (existing == null) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(content));
        } else {
            existing.setDescription(existing.getDescription() + "; " + description);
        }
    }

    /** Statuses in order, {@code default} last, as the rest of the document has them. */
    private static void sort(ApiResponses responses) {
        List<String> keys = new ArrayList<>(responses.keySet());
        keys.sort((a, b) -> a.equals("default") ? 1 : b.equals("default") ? -1 : a.compareTo(b));
        ApiResponses sorted = new ApiResponses();
        keys.forEach(key -> sorted.addApiResponse(key, responses.get(key)));
        responses.clear();
        responses.putAll(sorted);
    }

    private static String authType(AuthorizerModel authorizer) {
        if (authorizer instanceof AuthorizerModel.Iam) {
            return "awsSigv4";
        }
        return authorizer instanceof AuthorizerModel.Cognito ? "cognito_user_pools" : "custom";
    }

    private static String description(AuthorizerModel authorizer) {
        if (authorizer instanceof AuthorizerModel.Iam) {
            return "AWS Signature Version 4 of the caller's IAM credentials.";
        }
        if (authorizer instanceof AuthorizerModel.Cognito) {
            return "A Cognito user pool's ID or access token.";
        }
        return "A token the " + authorizer.name() + " authorizer checks.";
    }
}
