package dev.goblet.processor.validation;

import dev.goblet.Authorized;
import dev.goblet.processor.config.ApiType;
import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.AuthorizerModel;
import dev.goblet.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks an app against the {@code api_type} of each stage that does not deploy it as a REST API: what the app asks
 * of API Gateway must be what an HTTP API or a function URL can do. API keys and usage plans are REST API features;
 * Goblet writes Lambda authorizers (custom and built-in) for REST APIs only; an HTTP API's Cognito authorizer is a
 * JWT authorizer, which needs one user pool and its app clients; a function URL serves one function, and its IAM
 * check is for the whole URL. Each broken rule is one message naming the stage, the route and the fix.
 */
public final class ApiTypeValidator {
    private ApiTypeValidator() {}

    /** The problems of {@code app} with every stage of {@code config}, each told once. */
    public static List<String> check(AppModel app, ProjectConfig config) {
        if (app.api().isEmpty()) {
            return List.of();
        }
        Set<String> problems = new LinkedHashSet<>();
        Stream.concat(Stream.of(config.base()), config.stages().values().stream())
                .filter(stage -> stage.api().type() != ApiType.REST)
                .forEach(stage -> problems.addAll(check(app, stage, config.file().orElse("the stage config"))));
        return List.copyOf(problems);
    }

    private static List<String> check(AppModel app, StageConfig stage, String file) {
        ApiType type = stage.api().type();
        String where = stage.name().map(name -> "stage '" + name + "'").orElse("the top level") + " of " + file;
        List<String> problems = new ArrayList<>();
        List<RouteModel> routes = app.routes();
        for (RouteModel route : routes) {
            String label = label(route);
            if (route.security().apiKeyRequired()) {
                problems.add(ErrorMessages.apiTypeApiKey(app.name(), label, where, type.name(),
                        type.description()));
            }
            route.security().authorizer().flatMap(app::authorizer).ifPresent(authorizer -> {
                if (authorizer instanceof AuthorizerModel.Custom || authorizer instanceof AuthorizerModel.BuiltIn) {
                    problems.add(ErrorMessages.apiTypeLambdaAuthorizer(app.name(), label, authorizer.name(), where,
                            type.name(), type.description()));
                } else if (authorizer instanceof AuthorizerModel.Cognito && type == ApiType.FUNCTION_URL) {
                    problems.add(ErrorMessages.apiTypeFunctionUrlCognito(app.name(), label, authorizer.name(),
                            where));
                }
            });
        }
        if (type == ApiType.HTTP) {
            used(app, routes).forEach(authorizer -> {
                if (authorizer instanceof AuthorizerModel.Cognito cognito) {
                    checkJwt(app, cognito, where, problems);
                }
            });
        }
        if (type == ApiType.FUNCTION_URL) {
            if (app.apiFunctions().size() > 1) {
                problems.add(ErrorMessages.apiTypeFunctionUrlFunctions(app.name(), where,
                        app.apiFunctions().stream().map(ApiHandlerModel::name).toList()));
            }
            List<String> iam = routes.stream().filter(ApiTypeValidator::iam).map(ApiTypeValidator::label).toList();
            List<String> open = routes.stream().filter(route -> route.security().authorizer().isEmpty())
                    .map(ApiTypeValidator::label).toList();
            if (!iam.isEmpty() && !open.isEmpty()) {
                problems.add(ErrorMessages.apiTypeFunctionUrlMixedIam(app.name(), where, iam.get(0), open.get(0)));
            }
        }
        return problems;
    }

    private static void checkJwt(AppModel app, AuthorizerModel.Cognito cognito, String where, List<String> problems) {
        if (cognito.providerArns().size() != 1) {
            problems.add(ErrorMessages.apiTypeJwtPools(app.name(), cognito.name(), where,
                    cognito.providerArns().size()));
        } else if (AuthorizerModel.Cognito.issuer(cognito.providerArns().get(0)).isEmpty()) {
            problems.add(ErrorMessages.apiTypeJwtIssuer(app.name(), cognito.name(), where,
                    cognito.providerArns().get(0)));
        }
        if (cognito.audiences().isEmpty()) {
            problems.add(ErrorMessages.apiTypeJwtAudiences(app.name(), cognito.name(), where));
        }
    }

    /** The authorizers the routes use, each once. */
    private static List<AuthorizerModel> used(AppModel app, List<RouteModel> routes) {
        return routes.stream().flatMap(route -> route.security().authorizer().flatMap(app::authorizer).stream())
                .distinct().toList();
    }

    private static boolean iam(RouteModel route) {
        return route.security().authorizer().filter(Authorized.IAM::equals).isPresent();
    }

    /** {@code GET,POST /notes (create)}: the methods, the path and the Java method. */
    static String label(RouteModel route) {
        return String.join(",", route.methods().stream().map(Enum::name).toList()) + " " + route.path().text()
                + " (" + route.methodName() + ")";
    }
}
