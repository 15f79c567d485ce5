package dev.goblet.processor.model;

import dev.goblet.function.GobletFunction;
import java.util.List;

/**
 * A function that serves routes of an app behind API Gateway: Chalice's {@code api_handler}, {@code APIHandler} in
 * the template, for every route that names no function of its own; one more per name that routes give in
 * {@code @Route(function = ...)} or {@code @RegisterBlueprint(function = ...)}, such as {@code reports}, logical id
 * {@code Reports}. All of them sit behind the one API; each holds only its own routes.
 *
 * @param entryPoint the generated Lambda entry point, {@code <AppName>Handler}
 * @param routes the routes in declaration order
 * @param policy the function's policy statements
 * @param exceptionHandlers the {@code catch} clauses around the routes, most specific first; empty for none
 * @param blueprints the blueprints the app registers, whose (prefixed) routes are among {@code routes}
 * @param middleware the app's {@code @Middleware} methods, outermost first; empty for none
 * @param name the function's {@code lambda_functions} key: {@link #NAME}, or the name the routes give
 * @param logicalId its logical id in the template: {@link #LOGICAL_ID}, or the name in CamelCase
 */
public record ApiHandlerModel(ClassRef entryPoint, List<RouteModel> routes, List<PolicyStatement> policy,
        List<ExceptionHandlerModel> exceptionHandlers, List<BlueprintModel> blueprints, List<String> middleware,
        String name, String logicalId)
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

    @Override
    public ApiHandlerModel withPolicy(List<PolicyStatement> policy) {
        return new ApiHandlerModel(entryPoint, routes, policy, exceptionHandlers, blueprints, middleware, name,
                logicalId);
    }

    /** The app's {@code api_handler}. */
    public ApiHandlerModel(ClassRef entryPoint, List<RouteModel> routes, List<PolicyStatement> policy,
            List<ExceptionHandlerModel> exceptionHandlers, List<BlueprintModel> blueprints, List<String> middleware) {
        this(entryPoint, routes, policy, exceptionHandlers, blueprints, middleware, NAME, LOGICAL_ID);
    }

    /** An API whose routes' exceptions go straight to the entry point. */
    public ApiHandlerModel(ClassRef entryPoint, List<RouteModel> routes, List<PolicyStatement> policy) {
        this(entryPoint, routes, policy, List.of(), List.of(), List.of());
    }

    /** Whether this is the app's {@code api_handler}, rather than a function some routes run in on their own. */
    public boolean isDefault() {
        return NAME.equals(name);
    }
}
