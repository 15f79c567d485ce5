package dev.goblet.processor.writing.openapi;

import dev.goblet.HttpMethod;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.RouteModel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The app's OpenAPI 3 document: its info, and per route and method one operation named after the Java method,
 * with the path's parameters and the success answer. The SAM template embeds it as the API's definition.
 */
public final class OpenApiWriter {
    private OpenApiWriter() {}

    public static OpenAPI document(AppModel app) {
        Info info = new Info().title(app.name()).version(app.version());
        app.description().ifPresent(info::description);
        Paths paths = new Paths();
        for (RouteModel route : app.routes()) {
            PathItem item = paths.computeIfAbsent(route.path().text(), path -> new PathItem());
            for (HttpMethod method : route.methods()) {
                item.operation(PathItem.HttpMethod.valueOf(method.name()), operation(route));
            }
        }
        return new OpenAPI().info(info).paths(paths);
    }

    private static Operation operation(RouteModel route) {
        Operation operation = new Operation().operationId(route.methodName());
        for (ParameterModel parameter : route.parameters()) {
            if (parameter.kind() == ParameterModel.Kind.PATH) {
                operation.addParametersItem(new PathParameter().name(parameter.externalName()).required(true)
                        .schema(new StringSchema()));
            }
        }
        String status = String.valueOf(route.status());
        return operation.responses(new ApiResponses().addApiResponse(status,
                new ApiResponse().description(route.status() == 204 ? "No content" : "Success")));
    }
}
