package dev.goblet.processor.reading;

import dev.goblet.Blueprint;
import dev.goblet.HttpMethod;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;
import dev.goblet.processor.model.BlueprintModel;
import dev.goblet.processor.model.OperationDocs;
import dev.goblet.processor.model.PathTemplate;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.TagModel;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @RegisterBlueprint}s of an app: each blueprint's routes, read as the app's are and then prefixed,
 * and how the app provides its constructor's parameters. Every rule broken is reported on its element.
 */
final class BlueprintReader {
    private static final Pattern URL_PREFIX = Pattern.compile("(/[^/{}]+)*");
    private static final Pattern NAME_PREFIX = Pattern.compile("[A-Za-z0-9_]*");

    private final Types types;
    private final ValidationReport report;
    private final RouteReader routes;
    /** The method each blueprint route read so far comes from. */
    private final Map<RouteModel, Element> origins = new IdentityHashMap<>();

    BlueprintReader(Types types, ValidationReport report, RouteReader routes) {
        this.types = types;
        this.report = report;
        this.routes = routes;
    }

    /**
     * The app's registrations; empty when one breaks a rule or a prefixed route clashes with an earlier one
     * ({@code appRoutes}, the app's own, are already checked among themselves).
     */
    Optional<List<BlueprintModel>> read(TypeElement app, List<RouteModel> appRoutes, TypeShapeReader shapes,
            List<TagModel> tags) {
        return read(app, appRoutes, shapes, tags, (method, route) -> route);
    }

    /** As {@link #read(TypeElement, List, TypeShapeReader, List)}, each route then finished by {@code finish}. */
    Optional<List<BlueprintModel>> read(TypeElement app, List<RouteModel> appRoutes, TypeShapeReader shapes,
            List<TagModel> tags, BiFunction<ExecutableElement, RouteModel, RouteModel> finish) {
        boolean clean = true;
        List<BlueprintModel> blueprints = new ArrayList<>();
        // A blueprint registered twice is read, and its errors reported, once.
        Map<TypeElement, Declared> declared = new HashMap<>();
        for (AnnotationMirror registration : registrations(app)) {
            Optional<BlueprintModel> blueprint = read(app, registration, shapes, tags, origins, declared, finish);
            clean &= blueprint.isPresent();
            blueprint.ifPresent(blueprints::add);
        }
        if (!clean || !checkConflicts(app, appRoutes, blueprints, origins)) {
            return Optional.empty();
        }
        return Optional.of(blueprints);
    }

    private Optional<BlueprintModel> read(TypeElement app, AnnotationMirror registration, TypeShapeReader shapes,
            List<TagModel> tags, Map<RouteModel, Element> origins,
            Map<TypeElement, Declared> declared, BiFunction<ExecutableElement, RouteModel, RouteModel> finish) {
        Map<String, AnnotationValue> values = new HashMap<>();
        registration.getElementValues()
                .forEach((member, value) -> values.put(member.getSimpleName().toString(), value));
        TypeElement type = (TypeElement) ((DeclaredType) values.get("value").getValue()).asElement();
        String urlPrefix = text(values, "urlPrefix");
        String namePrefix = text(values, "namePrefix");
        if (type.getAnnotation(Blueprint.class) == null) {
            report.error(ErrorMessages.notABlueprint(type.getQualifiedName().toString()), app, registration,
                    values.get("value"));
            return Optional.empty();
        }
        Declared own = declared.computeIfAbsent(type, blueprint -> declared(blueprint, app, shapes, tags));
        boolean clean = own.sound();
        if (!URL_PREFIX.matcher(urlPrefix).matches()) {
            report.error(ErrorMessages.badUrlPrefix(urlPrefix), app, registration, values.get("urlPrefix"));
            clean = false;
        }
        if (!NAME_PREFIX.matcher(namePrefix).matches()) {
            report.error(ErrorMessages.badNamePrefix(namePrefix), app, registration, values.get("namePrefix"));
            clean = false;
        }
        if (!clean) {
            return Optional.empty();
        }
        List<RouteModel> read = new ArrayList<>();
        own.routes().get().forEach((route, method) -> {
            RouteModel served = finish.apply(method, prefixed(route, urlPrefix, namePrefix));
            read.add(served);
            origins.put(served, method);
        });
        return Optional.of(new BlueprintModel(TypeRefs.classRef(type), urlPrefix, namePrefix,
                own.arguments().get(), read));
    }

    /** What a blueprint class declares, read (and its errors reported) once however often it is registered. */
    private Declared declared(TypeElement type, TypeElement app, TypeShapeReader shapes, List<TagModel> tags) {
        boolean sound = validateClass(type);
        return new Declared(sound, constructorArguments(type, app), routes(type, shapes, tags));
    }

    private record Declared(boolean shape, Optional<List<Optional<String>>> arguments,
            Optional<Map<RouteModel, ExecutableElement>> routes) {
        boolean sound() {
            return shape && arguments.isPresent() && routes.isPresent();
        }
    }

    /** The blueprint's routes as declared, with their methods, in order; empty when one breaks a rule. */
    private Optional<Map<RouteModel, ExecutableElement>> routes(TypeElement type, TypeShapeReader shapes,
            List<TagModel> tags) {
        Map<RouteModel, ExecutableElement> read = new LinkedHashMap<>();
        boolean clean = true;
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getAnnotation(Route.class) != null) {
                Optional<RouteModel> route = routes.read(method, shapes, tags);
                clean &= route.isPresent();
                route.ifPresent(r -> read.put(r, method));
            }
        }
        return clean ? Optional.of(read) : Optional.empty();
    }

    /** Whether the handler can create the blueprint: a public, concrete class it can name. */
    private boolean validateClass(TypeElement type) {
        String name = type.getQualifiedName().toString();
        String rule = null;
        if (type.getKind() != ElementKind.CLASS) {
            rule = "must be a class";
        } else if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            rule = "must be public";
        } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            rule = "must not be abstract";
        } else if (type.getNestingKind() != NestingKind.TOP_LEVEL && !type.getModifiers().contains(Modifier.STATIC)) {
            rule = "must be a top-level or a static nested class";
        }
        if (rule != null) {
            report.error(ErrorMessages.blueprintShape(name, rule), type);
            return false;
        }
        return true;
    }

    /** Per parameter of the blueprint's one public constructor, the app's method that provides it (empty: the app). */
    private Optional<List<Optional<String>>> constructorArguments(TypeElement type, TypeElement app) {
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(constructor -> constructor.getModifiers().contains(Modifier.PUBLIC)).toList();
        if (constructors.size() != 1) {
            report.error(ErrorMessages.blueprintConstructor(type.getQualifiedName().toString()), type);
            return Optional.empty();
        }
        List<Optional<String>> arguments = new ArrayList<>();
        boolean clean = true;
        for (VariableElement parameter : constructors.get(0).getParameters()) {
            TypeMirror wanted = parameter.asType();
            if (types.isSameType(wanted, app.asType())) {
                arguments.add(Optional.empty());
                continue;
            }
            List<String> providers = ElementFilter.methodsIn(app.getEnclosedElements()).stream()
                    .filter(method -> isPlain(method) && method.getModifiers().contains(Modifier.PUBLIC)
                            && !method.getModifiers().contains(Modifier.STATIC)
                            && method.getParameters().isEmpty()
                            && types.isSameType(method.getReturnType(), wanted))
                    .map(method -> method.getSimpleName().toString())
                    .toList();
            if (providers.size() == 1) {
                arguments.add(Optional.of(providers.get(0)));
            } else {
                report.error(ErrorMessages.blueprintDependency(type.getQualifiedName().toString(),
                        parameter.getSimpleName().toString(), wanted.toString(), app.getQualifiedName().toString(),
                        providers), parameter);
                clean = false;
            }
        }
        return clean ? Optional.of(arguments) : Optional.empty();
    }

    /** A method of the app that is no route, exception handler or function: one that may provide a dependency. */
    private static boolean isPlain(ExecutableElement method) {
        return method.getAnnotation(Route.class) == null && !ExceptionHandlerReader.isExceptionHandler(method)
                && !EventFunctionReader.isFunction(method);
    }

    /** The route as the app serves it: under the URL prefix, its operation id under the name prefix. */
    private static RouteModel prefixed(RouteModel route, String urlPrefix, String namePrefix) {
        String text = route.path().text().equals("/") && !urlPrefix.isEmpty() ? urlPrefix
                : urlPrefix + route.path().text();
        PathTemplate path = PathTemplate.parse(text).template();
        OperationDocs docs = route.docs();
        OperationDocs named = new OperationDocs(docs.summary(), docs.description(), namePrefix + docs.operationId(),
                docs.tags(), docs.returns(), docs.deprecated(), docs.hidden());
        return new RouteModel(route.methodName(), path, route.methods(), route.status(), route.contentTypes(),
                route.parameters(), route.returns(), route.returnType(), route.thrown(), route.javadoc(),
                route.returnShape(), route.errors(), named).withCors(route.cors()).withFormLimits(route.formLimits());
    }

    /** Reports each blueprint route whose method and path shape an earlier route has, naming both. */
    private boolean checkConflicts(TypeElement app, List<RouteModel> appRoutes, List<BlueprintModel> blueprints,
            Map<RouteModel, Element> elements) {
        Map<String, String> seen = new HashMap<>();
        String appName = app.getSimpleName().toString();
        for (RouteModel route : appRoutes) {
            route.methods().forEach(method -> seen.putIfAbsent(key(method, route), appName + "." + route.methodName()));
        }
        boolean clean = true;
        for (BlueprintModel blueprint : blueprints) {
            for (RouteModel route : blueprint.routes()) {
                String owner = blueprint.type().simpleName() + "." + route.methodName();
                for (HttpMethod method : route.methods()) {
                    String other = seen.putIfAbsent(key(method, route), owner);
                    if (other != null) {
                        report.error(ErrorMessages.duplicateBlueprintRoute(method.name(), route.path().text(), owner,
                                other), elements.getOrDefault(route, app));
                        clean = false;
                    }
                }
            }
        }
        return clean;
    }

    private static String key(HttpMethod method, RouteModel route) {
        return method + " " + route.path().shape();
    }

    /** The method a blueprint route that {@link #read} returned comes from. */
    Element origin(RouteModel route) {
        return origins.get(route);
    }

    /** The app's {@code @RegisterBlueprint}s, in the order {@link #read} returns their blueprints. */
    static List<AnnotationMirror> registrations(TypeElement app) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : app.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.equals(RegisterBlueprint.class.getCanonicalName())) {
                found.add(mirror);
            } else if (name.equals(RegisterBlueprint.List.class.getCanonicalName())) {
                mirror.getElementValues().values().forEach(value -> ((List<?>) value.getValue())
                        .forEach(each -> found.add((AnnotationMirror) ((AnnotationValue) each).getValue())));
            }
        }
        return found;
    }

    private static String text(Map<String, AnnotationValue> values, String member) {
        AnnotationValue value = values.get(member);
        return value == null ? "" : value.getValue().toString();
    }
}
