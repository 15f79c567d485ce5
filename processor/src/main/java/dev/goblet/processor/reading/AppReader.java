package dev.goblet.processor.reading;

import dev.goblet.App;
import dev.goblet.Middleware;
import dev.goblet.Route;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.BlueprintModel;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventParameter;
import dev.goblet.processor.model.ExceptionHandlerModel;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.RouteSecurity;
import dev.goblet.processor.model.TableModel;
import dev.goblet.processor.model.TagModel;
import dev.goblet.processor.model.TopicModel;
import dev.goblet.processor.validation.AppValidator;
import dev.goblet.processor.validation.CorsValidator;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.FunctionNames;
import dev.goblet.processor.validation.MessagingValidator;
import dev.goblet.processor.validation.ParameterValidator;
import dev.goblet.processor.validation.ResourceUsersValidator;
import dev.goblet.processor.validation.ReturnTypeValidator;
import dev.goblet.processor.validation.RouteConflicts;
import dev.goblet.processor.validation.RouteFunctionValidator;
import dev.goblet.processor.validation.RouteValidator;
import dev.goblet.processor.validation.SecurityValidator;
import dev.goblet.processor.validation.TableValidator;
import dev.goblet.processor.validation.ValidationReport;
import dev.goblet.processor.validation.WebSocketValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @App} class, its {@code @Route} methods and its tables into an {@link AppModel}. Each element is
 * checked by its validator before it is read, and what was read by the rules that need it whole (routes that
 * clash, tables that share a name); every error goes into the {@link ValidationReport} on its element, and an app
 * with any is not read at all. Rules across apps (unique names) are the processor's.
 */
public final class AppReader {
    private final Elements elements;
    private final Types types;
    private final ValidationReport report;
    private final AppValidator appValidator;
    private final TableValidator tableValidator;
    private final JavadocReader javadoc;
    private final RouteReader routes;
    private final RouteDocsReader docs;
    private final EventFunctionReader events;
    private final ExceptionHandlerReader exceptionHandlers;
    private final BlueprintReader blueprints;
    private final MiddlewareReader middlewareReader;
    private final RouteFunctionReader routeFunctions;

    public AppReader(ProcessingEnvironment environment, ValidationReport report) {
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
        this.report = report;
        this.appValidator = new AppValidator(report);
        this.tableValidator = new TableValidator(report);
        this.javadoc = JavadocReader.of(environment);
        TextConversions conversions = new TextConversions(types);
        ParameterValidator parameterValidator = new ParameterValidator(types, report,
                type -> conversions.find(type).isPresent());
        RouteValidator routeValidator = new RouteValidator(report, new ReturnTypeValidator(elements, types, report));
        this.docs = new RouteDocsReader(elements, types, ThrownErrors.of(environment, javadoc::path));
        this.routes = new RouteReader(elements, types, routeValidator,
                new ParameterReader(types, conversions, parameterValidator, new ConstraintReader(types, report)),
                javadoc, docs);
        this.events = new EventFunctionReader(types, report);
        this.exceptionHandlers = new ExceptionHandlerReader(elements, types, report, javadoc);
        this.blueprints = new BlueprintReader(types, report, routes);
        this.middlewareReader = new MiddlewareReader(elements, types, report);
        this.routeFunctions = new RouteFunctionReader(new RouteFunctionValidator(report), blueprints);
    }

    /** The app's model, or empty when the class, one of its routes or one of its tables breaks a rule. */
    public Optional<AppModel> read(TypeElement type) {
        App app = type.getAnnotation(App.class);
        // The routes are checked even when the class is not sound, so that one build reports every error.
        boolean clean = appValidator.validate(type);
        TypeShapeReader shapes = new TypeShapeReader(elements, types, javadoc, report);
        List<TagModel> tags = docs.tags(type);
        List<RouteModel> routes = new ArrayList<>();
        RouteConflicts conflicts = new RouteConflicts(report);
        CorsValidator corsValidator = new CorsValidator(report);
        Optional<CorsModel> appCors = corsValidator.read(type);
        clean &= appCors != null;
        SecurityValidator security = new SecurityValidator(report);
        security.readDeclared(type);
        List<EventFunctionModel> authorizerFunctions = new ArrayList<>();
        List<ExecutableElement> authorizerMethods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (BuiltInAuthorizerReader.isAuthorizer(method)) {
                BuiltInAuthorizerReader.read(method, TypeRefs.classRef(type), app.name(), List.of(), security, report)
                        .ifPresent(function -> {
                            authorizerFunctions.add(function);
                            authorizerMethods.add(method);
                        });
            }
        }
        security.checkNonRoutes(type);
        RouteSecurity appSecurity = security.appDefault(type);
        List<ExecutableElement> routeMethods = new ArrayList<>();
        List<ExecutableElement> functionMethods = new ArrayList<>();
        // Read before the routes, whose documents give the handlers' answers for what they throw.
        List<ExecutableElement> handlerMethods = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(method -> ExceptionHandlerReader.isExceptionHandler(method)
                        && method.getAnnotation(Route.class) == null && !EventFunctionReader.isFunction(method))
                .toList();
        Optional<List<ExceptionHandlerModel>> handlers = exceptionHandlers.read(handlerMethods);
        clean &= handlers.isPresent();
        docs.answeredBy(handlers.orElse(List.of()));
        List<String> middleware = new ArrayList<>();
        EventMiddlewareReader eventMiddleware = new EventMiddlewareReader(elements, types, report);
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (EventMiddlewareReader.isEventMiddleware(method)) {
                clean &= eventMiddleware.read(method);
                continue;
            }
            if (ExceptionHandlerReader.isExceptionHandler(method) && (method.getAnnotation(Route.class) != null
                    || EventFunctionReader.isFunction(method))) {
                report.error(ErrorMessages.twoFunctionAnnotations(method.getSimpleName().toString(),
                        List.of("ExceptionHandler", method.getAnnotation(Route.class) != null ? "Route"
                                : "a function's annotation")), method);
                clean = false;
                continue;
            }
            if (method.getAnnotation(Middleware.class) != null) {
                clean &= middlewareReader.read(method).map(middleware::add).isPresent();
            }
            if (EventFunctionReader.isFunction(method)) {
                functionMethods.add(method);
            }
            if (method.getAnnotation(Route.class) != null && EventFunctionReader.isFunction(method)) {
                report.error(ErrorMessages.twoFunctionAnnotations(method.getSimpleName().toString(),
                        List.of("Route", "a function's annotation")), method);
                clean = false;
            } else if (method.getAnnotation(Route.class) != null) {
                Optional<CorsModel> cors = corsValidator.read(method, appCors == null ? Optional.empty() : appCors);
                clean &= cors != null;
                Optional<RouteModel> route = this.routes.read(method, shapes, tags)
                        .map(read -> read.withCors(cors == null ? Optional.empty() : cors)
                                .withSecurity(security.route(method, appSecurity)));
                clean &= route.isPresent() && conflicts.add(route.get(), method);
                route.ifPresent(routes::add);
                route.ifPresent(read -> routeMethods.add(method));
            }
        }
        clean &= corsValidator.validatePaths(routes, routeMethods);
        // A blueprint's route has its own @Authorized and @ApiKeyRequired, else the app's.
        Optional<List<BlueprintModel>> registered = blueprints.read(type, routes, shapes, tags,
                (method, route) -> route.withSecurity(security.route(method, appSecurity)));
        clean &= registered.isPresent();
        registered.orElse(List.of()).forEach(blueprint -> routes.addAll(blueprint.routes()));
        List<TableModel> tables = TableReader.read(type);
        clean &= tableValidator.validate(type, tables);
        List<QueueModel> queues = MessagingReader.queues(type);
        List<TopicModel> topics = MessagingReader.topics(type);
        clean &= new MessagingValidator(report).validate(type, queues, topics, tables);
        List<PolicyStatement> shared = shared(tables, queues, topics);
        if (functionMethods.stream().anyMatch(EventFunctionReader::isWebSocketHandler)) {
            shared.add(PolicyStatement.manageConnections());
        }
        ClassRef appClass = TypeRefs.classRef(type);
        List<FunctionModel> functions = new ArrayList<>();
        // An app of routes only, or of nothing yet, is an API; one of event functions only has no API.
        boolean api = !routes.isEmpty() || functionMethods.isEmpty();
        ClassRef handler = ClassRef.of(appClass.packageName(), AppModel.handlerSimpleName(app.name()));
        FunctionNames names = functionNames(api, tables, queues, topics);
        if (api) {
            Optional<List<ApiHandlerModel>> served = routeFunctions.read(type, app.name(), handler, routes,
                    routeMethods, registered.orElse(List.of()), shared, handlers.orElse(List.of()), middleware,
                    names, true);
            clean &= served.isPresent();
            served.ifPresent(functions::addAll);
        }
        WebSocketValidator webSocket = new WebSocketValidator(report);
        // The schemas read from here on are the event functions' alone: not the API's, so not in its document.
        Set<String> apiSchemas = new HashSet<>(shapes.schemas().keySet());
        for (ExecutableElement method : functionMethods) {
            if (!webSocket.admit(method)) {
                clean = false;
                continue;
            }
            Optional<EventFunctionModel> function = events.read(method, appClass, app.name(), queues, shared)
                    .map(eventMiddleware::wrap);
            clean &= function.isPresent() && names.claim(function.get().name(), function.get().logicalId(), method);
            function.ifPresent(functions::add);
            function.ifPresent(read -> readBoundTypes(read, method, shapes));
        }
        for (BlueprintModel registration : registered.orElse(List.of())) {
            for (ExecutableElement method : blueprintFunctions(registration)) {
                Optional<EventFunctionModel> function = events.read(method, appClass, app.name(), queues, shared,
                        registration.namePrefix()).map(read -> eventMiddleware.wrap(read.inBlueprint(registration)));
                clean &= function.isPresent() && names.claim(function.get().name(), function.get().logicalId(),
                        method);
                function.ifPresent(functions::add);
                function.ifPresent(read -> readBoundTypes(read, method, shapes));
            }
        }
        for (int i = 0; i < authorizerFunctions.size(); i++) {
            EventFunctionModel function = authorizerFunctions.get(i);
            // What the app's functions may do, as its other functions may.
            clean &= names.claim(function.name(), function.logicalId(), authorizerMethods.get(i));
            functions.add(function.withPolicy(shared));
        }
        clean &= security.clean();
        clean &= new ResourceUsersValidator(report).validate(type, tables, queues, topics,
                functions.stream().map(FunctionModel::name).toList());
        if (!clean) {
            return Optional.empty();
        }
        Optional<String> description = app.description().isEmpty()
                ? javadoc.read(type).description()
                : Optional.of(app.description());
        Map<String, NamedSchema> apiSchemaMap = new LinkedHashMap<>();
        Map<String, NamedSchema> eventSchemas = new LinkedHashMap<>();
        shapes.schemas().forEach((name, schema) -> (apiSchemas.contains(name) ? apiSchemaMap : eventSchemas)
                .put(name, schema));
        return Optional.of(new AppModel(app.name(), app.version(), description, appClass,
                narrow(functions, tables, queues, topics), tables, queues, topics, tags, apiSchemaMap, appCors,
                security.authorizers(), eventSchemas, List.of(app.binaryTypes())));
    }

    /**
     * The event function methods of a registered blueprint, in declaration order: one function of the app per
     * registration. WebSocket handlers are the app's own (one WebSocket API per app), reported as outside it.
     */
    private List<ExecutableElement> blueprintFunctions(BlueprintModel registration) {
        TypeElement type = elements.getTypeElement(registration.type().canonicalName());
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(method -> EventFunctionReader.isFunction(method)
                        && !EventFunctionReader.isWebSocketHandler(method))
                .toList();
    }

    /**
     * Reads the shapes of the types an event function binds as JSON, its payload and a pure function's answer, so
     * that generated codecs bind them as they bind the API's bodies.
     */
    private static void readBoundTypes(EventFunctionModel function, ExecutableElement method,
            TypeShapeReader shapes) {
        for (int i = 0; i < function.parameters().size(); i++) {
            if (function.parameters().get(i).kind() == EventParameter.Kind.JSON) {
                shapes.read(method.getParameters().get(i).asType());
            }
        }
        if (function.returnsValue()) {
            shapes.read(method.getReturnType());
        }
    }

    /**
     * What every function of the app may do: use its tables, send to its queues, publish to its topics. Each
     * function adds what its own source needs.
     */
    private static List<PolicyStatement> shared(List<TableModel> tables, List<QueueModel> queues,
            List<TopicModel> topics) {
        List<PolicyStatement> shared = new ArrayList<>();
        tables.stream().map(PolicyStatement::tableItems).forEach(shared::add);
        queues.stream().map(PolicyStatement::queueSender).forEach(shared::add);
        topics.stream().map(PolicyStatement::topicPublisher).forEach(shared::add);
        return shared;
    }

    /**
     * Each function's policy without the statements of the tables, queues and topics that name other functions as
     * theirs. A function's own source (the queue it reads, the stream of a table) is a statement of its own, kept.
     */
    private static List<FunctionModel> narrow(List<FunctionModel> functions, List<TableModel> tables,
            List<QueueModel> queues, List<TopicModel> topics) {
        Map<PolicyStatement, List<String>> users = new HashMap<>();
        tables.stream().filter(table -> !table.functions().isEmpty())
                .forEach(table -> users.put(PolicyStatement.tableItems(table), table.functions()));
        queues.stream().filter(queue -> !queue.functions().isEmpty())
                .forEach(queue -> users.put(PolicyStatement.queueSender(queue), queue.functions()));
        topics.stream().filter(topic -> !topic.functions().isEmpty())
                .forEach(topic -> users.put(PolicyStatement.topicPublisher(topic), topic.functions()));
        if (users.isEmpty()) {
            return functions;
        }
        return functions.stream().map(function -> function.withPolicy(function.policy().stream()
                .filter(statement -> !users.containsKey(statement) || users.get(statement).contains(function.name()))
                .toList())).toList();
    }

    /** What the functions' names may not be: the API's, the resources', the template's own. */
    private FunctionNames functionNames(boolean api, List<TableModel> tables, List<QueueModel> queues,
            List<TopicModel> topics) {
        FunctionNames names = new FunctionNames(report);
        if (api) {
            names.reserveName(ApiHandlerModel.NAME, "the app's routes");
        }
        TableValidator.TEMPLATE_IDS.forEach(id -> names.reserve(id, "Goblet's resource " + id));
        tables.forEach(table -> names.reserve(table.resource(), "the table " + table.resource()));
        queues.forEach(queue -> names.reserve(queue.logicalId(), "the queue " + queue.name()));
        topics.forEach(topic -> names.reserve(topic.logicalId(), "the topic " + topic.name()));
        return names;
    }
}
