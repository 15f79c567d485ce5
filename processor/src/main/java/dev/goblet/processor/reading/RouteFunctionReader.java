package dev.goblet.processor.reading;

import dev.goblet.Route;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.BlueprintModel;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.ExceptionHandlerModel;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.validation.FunctionNames;
import dev.goblet.processor.validation.RouteFunctionValidator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Splits an app's routes into the functions that serve them: {@code api_handler} for every route that names no
 * function, and one function per name given by {@code @Route(function = ...)} or
 * {@code @RegisterBlueprint(function = ...)} (a route's own name wins over none, and must not differ from its
 * registration's). Each function gets the app's exception handlers, middleware and policy, and the blueprints whose
 * routes it serves.
 */
final class RouteFunctionReader {
    private final RouteFunctionValidator validator;
    private final BlueprintReader blueprints;

    RouteFunctionReader(RouteFunctionValidator validator, BlueprintReader blueprints) {
        this.validator = validator;
        this.blueprints = blueprints;
    }

    /** Where a function's name was first given, for its errors. */
    private record Site(Element element, AnnotationMirror registration, String blueprint) {}

    /**
     * The API functions, {@code api_handler} first when any route is its own (or when {@code keepDefault} and no
     * route names a function); empty when a name breaks a rule, with the error reported.
     *
     * @param routes the app's own routes, then its blueprints' routes, in order
     * @param routeMethods the methods of the app's own routes, one per route, in the same order
     */
    Optional<List<ApiHandlerModel>> read(TypeElement app, String appName, ClassRef defaultEntryPoint,
            List<RouteModel> routes, List<? extends Element> routeMethods, List<BlueprintModel> registered,
            List<PolicyStatement> policy, List<ExceptionHandlerModel> handlers, List<String> middleware,
            FunctionNames names, boolean keepDefault) {
        boolean clean = true;
        Map<RouteModel, String> owners = new IdentityHashMap<>();
        Map<String, Site> sites = new LinkedHashMap<>();
        for (int i = 0; i < routeMethods.size(); i++) {
            Element method = routeMethods.get(i);
            String function = method.getAnnotation(Route.class).function();
            owners.put(routes.get(i), function);
            if (!function.isEmpty() && !sites.containsKey(function)) {
                clean &= validator.validateRoute(function, method);
                sites.put(function, new Site(method, null, null));
            }
        }
        List<AnnotationMirror> registrations = BlueprintReader.registrations(app);
        for (int b = 0; b < registered.size(); b++) {
            BlueprintModel blueprint = registered.get(b);
            AnnotationMirror registration = registrations.get(b);
            String given = text(registration, "function");
            if (!given.isEmpty() && !sites.containsKey(given)) {
                clean &= validator.validateRegistration(given, app, registration);
                sites.put(given, new Site(app, registration, blueprint.type().simpleName()));
            }
            for (RouteModel route : blueprint.routes()) {
                Element method = blueprints.origin(route);
                String own = method == null ? "" : method.getAnnotation(Route.class).function();
                if (!own.isEmpty() && !given.isEmpty() && !own.equals(given)) {
                    validator.conflict(method, own, blueprint.type().simpleName(), given);
                    clean = false;
                }
                String function = own.isEmpty() ? given : own;
                if (!own.isEmpty() && !sites.containsKey(own)) {
                    clean &= validator.validateRoute(own, method);
                    sites.put(own, new Site(method, null, null));
                }
                owners.put(route, function);
            }
        }
        if (!clean) {
            return Optional.empty();
        }
        for (Map.Entry<String, Site> named : sites.entrySet()) {
            String logicalId = EventSource.logicalIdOf(named.getKey());
            Site site = named.getValue();
            clean &= site.registration() == null
                    ? validator.claimForRoute(names, named.getKey(), logicalId, site.element())
                    : validator.claimForRegistration(names, named.getKey(), logicalId, site.element(),
                            site.registration(), site.blueprint());
        }
        if (!clean) {
            return Optional.empty();
        }
        Map<String, List<RouteModel>> byFunction = new LinkedHashMap<>();
        byFunction.put("", new ArrayList<>());
        sites.keySet().forEach(name -> byFunction.put(name, new ArrayList<>()));
        routes.forEach(route -> byFunction.get(owners.getOrDefault(route, "")).add(route));
        List<ApiHandlerModel> functions = new ArrayList<>();
        for (Map.Entry<String, List<RouteModel>> function : byFunction.entrySet()) {
            List<RouteModel> served = function.getValue();
            List<BlueprintModel> used = registered.stream()
                    .filter(blueprint -> blueprint.routes().stream().anyMatch(route ->
                            served.stream().anyMatch(own -> own == route)))
                    .toList();
            if (function.getKey().isEmpty()) {
                if (!served.isEmpty() || (keepDefault && sites.isEmpty())) {
                    functions.add(new ApiHandlerModel(defaultEntryPoint, served, policy, handlers, used, middleware));
                }
                continue;
            }
            String logicalId = EventSource.logicalIdOf(function.getKey());
            ClassRef entryPoint = ClassRef.of(defaultEntryPoint.packageName(), entryPointName(appName, logicalId));
            functions.add(new ApiHandlerModel(entryPoint, served, policy, handlers, used, middleware,
                    function.getKey(), logicalId));
        }
        return Optional.of(functions);
    }

    private static String text(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends Element, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue().getValue().toString();
            }
        }
        return "";
    }

    /** {@code web-api}'s handler for {@code reports}: {@code WebApiReportsHandler}. */
    static String entryPointName(String appName, String logicalId) {
        return EventSource.logicalIdOf(appName) + logicalId + "Handler";
    }
}
