package dev.goblet.processor.model;

import dev.goblet.function.GobletFunction;
import java.util.List;

/**
 * The function that serves an app's routes behind API Gateway: Chalice's {@code api_handler}, {@code APIHandler} in
 * the template.
 *
 * @param entryPoint the generated Lambda entry point, {@code <AppName>Handler}
 * @param routes the routes in declaration order
 * @param policy the function's policy statements
 * @param exceptionHandlers the {@code catch} clauses around the routes, most specific first; empty for none
 * @param blueprints the blueprints the app registers, whose (prefixed) routes are among {@code routes}
 * @param middleware the app's {@code @Middleware} methods, outermost first; empty for none
 */
public record ApiHandlerModel(ClassRef entryPoint, List<RouteModel> routes, List<PolicyStatement> policy,
        List<ExceptionHandlerModel> exceptionHandlers, List<BlueprintModel> blueprints, List<String> middleware)
        implements FunctionModel {
    /** Chalice's config key of the function. */
    public static final String NAME = GobletFunction.API_HANDLER;
    /** Chalice's logical id of the function. */
    public static final String LOGICAL_ID = "APIHandler";

    public ApiHandlerModel {
        routes = List.copyOf(routes);
        policy = List.copyOf(policy);
        exceptionHandlers = List.copyOf(exceptionHandlers);
        blueprints = List.copyOf(blueprints);
        middleware = List.copyOf(middleware);
    }

    /** An API whose routes' exceptions go straight to the entry point. */
    public ApiHandlerModel(ClassRef entryPoint, List<RouteModel> routes, List<PolicyStatement> policy) {
        this(entryPoint, routes, policy, List.of(), List.of(), List.of());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String logicalId() {
        return LOGICAL_ID;
    }
}
