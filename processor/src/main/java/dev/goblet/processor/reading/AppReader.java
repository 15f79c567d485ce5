package dev.goblet.processor.reading;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.goblet.App;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.PathTemplate;
import dev.goblet.processor.model.RouteModel.Returns;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.TableModel;
import dev.goblet.processor.model.TagModel;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.RouteConflicts;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @App} class and its {@code @Route} methods into an {@link AppModel}, reporting on each element
 * what breaks a rule. Rules that need every route at once (duplicates) are the validator's.
 */
public final class AppReader {
    private static final Pattern APP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Logical ids the SAM template uses itself, which a declared table must not take. */
    private static final Set<String> TEMPLATE_IDS = Set.of("RestAPI", "APIHandler", "APIHandlerRole",
            "APIHandlerInvokePermission", "RestAPIDeployment", "RestAPIStage");
    private static final Set<String> KEY_TYPES = Set.of("S", "N", "B");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9!#$&^_.+*-]+/[a-z0-9!#$&^_.+*-]+");

    private final Elements elements;
    private final Types types;
    private final ValidationReport report;
    private final ParameterReader parameters;
    private final RouteDocsReader docs;
    private final DocComments docComments;
    private final Map<String, TypeElement> knownTypes = new HashMap<>();

    public AppReader(ProcessingEnvironment environment, ValidationReport report) {
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
        this.docComments = DocComments.of(environment);
        this.report = report;
        this.parameters = new ParameterReader(types, report);
        this.docs = new RouteDocsReader(types);
    }

    /** The app's model, or empty when the class or one of its routes breaks a rule. */
    public Optional<AppModel> read(TypeElement type) {
        App app = type.getAnnotation(App.class);
        AnnotationMirror mirror = mirror(type, App.class);
        boolean clean = checkClass(type);
        if (!APP_NAME.matcher(app.name()).matches()) {
            report.error(ErrorMessages.badAppName(app.name()), type, mirror, value(mirror, "name"));
            clean = false;
        }
        List<RouteModel> routes = new ArrayList<>();
        RouteConflicts conflicts = new RouteConflicts(report);
        TypeShapeReader shapes = new TypeShapeReader(elements, types, docComments);
        List<TagModel> tags = docs.tags(type);
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getAnnotation(Route.class) == null) {
                continue;
            }
            Optional<RouteModel> route = readRoute(method, shapes, tags);
            clean &= route.isPresent() && conflicts.add(route.get(), method);
            route.ifPresent(routes::add);
        }
        Optional<List<TableModel>> tables = tables(type);
        if (!clean || tables.isEmpty()) {
            return Optional.empty();
        }
        ClassName appName = ClassName.get(type);
        ClassRef appClass = new ClassRef(appName.packageName(), appName.simpleNames());
        ClassRef handler = ClassRef.of(appName.packageName(), AppModel.handlerSimpleName(app.name()));
        Optional<String> description = app.description().isEmpty()
                ? javadoc(type).map(doc -> DocComment.plain(doc.split("(?m)^\\s*@\\w")[0])).filter(d -> !d.isEmpty())
                : Optional.of(app.description());
        return Optional.of(new AppModel(app.name(), app.version(), description, appClass, handler, routes,
                tables.get(), tags, shapes.schemas()));
    }

    /** The tables declared with {@code @DynamoDbTable}, or empty when one of them breaks a rule. */
    private Optional<List<TableModel>> tables(TypeElement type) {
        List<TableModel> tables = new ArrayList<>();
        Set<String> resources = new LinkedHashSet<>();
        Set<String> variables = new LinkedHashSet<>();
        boolean clean = true;
        DynamoDbTable[] declared = type.getAnnotationsByType(DynamoDbTable.class);
        List<AnnotationMirror> mirrors = tableMirrors(type);
        for (int i = 0; i < declared.length; i++) {
            DynamoDbTable table = declared[i];
            AnnotationMirror mirror = i < mirrors.size() ? mirrors.get(i) : null;
            String problem = tableProblem(table, resources, variables);
            if (problem != null) {
                report.error(problem, type, mirror);
                clean = false;
                continue;
            }
            tables.add(new TableModel(table.resource(), table.partitionKey(), table.partitionKeyType(),
                    table.environmentVariable()));
        }
        return clean ? Optional.of(tables) : Optional.empty();
    }

    private static String tableProblem(DynamoDbTable table, Set<String> resources, Set<String> variables) {
        if (!LOGICAL_ID.matcher(table.resource()).matches() || TEMPLATE_IDS.contains(table.resource())) {
            return ErrorMessages.badTableResource(table.resource(), TEMPLATE_IDS);
        }
        if (!resources.add(table.resource())) {
            return ErrorMessages.duplicateTable("resource", table.resource());
        }
        if (table.partitionKey().isBlank()) {
            return ErrorMessages.badTableKey(table.resource());
        }
        if (!KEY_TYPES.contains(table.partitionKeyType())) {
            return ErrorMessages.badTableKeyType(table.resource(), table.partitionKeyType());
        }
        if (!VARIABLE.matcher(table.environmentVariable()).matches()) {
            return ErrorMessages.badTableVariable(table.resource(), table.environmentVariable());
        }
        if (!variables.add(table.environmentVariable())) {
            return ErrorMessages.duplicateTable("environmentVariable", table.environmentVariable());
        }
        return null;
    }

    /** The {@code @DynamoDbTable} mirrors, one per table, whether written once or several times. */
    private static List<AnnotationMirror> tableMirrors(TypeElement type) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        AnnotationMirror single = mirror(type, DynamoDbTable.class);
        if (single != null) {
            mirrors.add(single);
        }
        AnnotationMirror container = mirror(type, DynamoDbTable.List.class);
        AnnotationValue values = value(container, "value");
        if (values != null) {
            for (Object each : (List<?>) values.getValue()) {
                mirrors.add((AnnotationMirror) ((AnnotationValue) each).getValue());
            }
        }
        return mirrors;
    }

    private boolean checkClass(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.CLASS) {
            report.error(ErrorMessages.appNotClass(), type);
            return false;
        }
        boolean clean = true;
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(ErrorMessages.appNotPublic(name), type);
            clean = false;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(ErrorMessages.appAbstract(name), type);
            clean = false;
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                || type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            report.error(ErrorMessages.appInner(name), type);
            clean = false;
        }
        boolean constructible = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        if (!constructible && type.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(ErrorMessages.appConstructor(name), type);
            clean = false;
        }
        return clean;
    }

    private Optional<RouteModel> readRoute(ExecutableElement method, TypeShapeReader shapes, List<TagModel> tags) {
        Route route = method.getAnnotation(Route.class);
        AnnotationMirror mirror = mirror(method, Route.class);
        String name = method.getSimpleName().toString();
        boolean clean = true;
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(ErrorMessages.routeNotPublic(name), method);
            clean = false;
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(ErrorMessages.routeStatic(name), method);
            clean = false;
        }
        PathTemplate.Parsed parsed = PathTemplate.parse(route.path());
        if (parsed.template() == null) {
            report.error(ErrorMessages.badPath(route.path(), parsed.problem()), method, mirror, value(mirror, "path"));
            return Optional.empty();
        }
        Optional<List<HttpMethod>> methods = methods(route, method, mirror);
        Optional<List<String>> contentTypes = contentTypes(route, method, mirror);
        if (route.status() < 200 || route.status() > 399) {
            report.error(ErrorMessages.badStatus(route.status()), method, mirror, value(mirror, "status"));
            clean = false;
        }
        Optional<Returns> returns = returns(method);
        if (methods.isEmpty() || contentTypes.isEmpty() || returns.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> javadoc = javadoc(method);
        DocComment doc = DocComment.parse(javadoc);
        Optional<List<ParameterModel>> bound = parameters.read(method, parsed.template(), methods.get(), shapes, doc);
        if (!clean || bound.isEmpty()) {
            return Optional.empty();
        }
        int status = returns.get() == Returns.NOTHING && route.status() == 200 ? 204 : route.status();
        List<TypeName> thrown = method.getThrownTypes().stream().map(TypeName::get).collect(Collectors.toList());
        TypeShape returnShape = returns.get() == Returns.JSON ? shapes.read(method.getReturnType()) : null;
        return Optional.of(new RouteModel(name, parsed.template(), methods.get(), status, contentTypes.get(),
                bound.get(), returns.get(), TypeName.get(method.getReturnType()), thrown, javadoc, returnShape,
                docs.errors(method, doc), docs.operation(method, doc, tags)));
    }

    private Optional<List<HttpMethod>> methods(Route route, ExecutableElement method, AnnotationMirror mirror) {
        if (route.methods().length == 0) {
            report.error(ErrorMessages.noMethods(), method, mirror, value(mirror, "methods"));
            return Optional.empty();
        }
        Set<HttpMethod> methods = new LinkedHashSet<>();
        for (HttpMethod httpMethod : route.methods()) {
            if (!methods.add(httpMethod)) {
                report.error(ErrorMessages.duplicateMethod(httpMethod.name()), method, mirror,
                        value(mirror, "methods"));
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(methods));
    }

    private Optional<List<String>> contentTypes(Route route, ExecutableElement method, AnnotationMirror mirror) {
        List<String> contentTypes = new ArrayList<>();
        for (String contentType : route.contentTypes()) {
            String normalized = contentType.trim().toLowerCase(Locale.ROOT);
            if (!MEDIA_TYPE.matcher(normalized).matches()) {
                report.error(ErrorMessages.badContentType(contentType), method, mirror,
                        value(mirror, "contentTypes"));
                return Optional.empty();
            }
            contentTypes.add(normalized);
        }
        return Optional.of(contentTypes);
    }

    private Optional<Returns> returns(ExecutableElement method) {
        TypeMirror type = method.getReturnType();
        String name = method.getSimpleName().toString();
        if (type.getKind() == TypeKind.VOID) {
            return Optional.of(Returns.NOTHING);
        }
        String advice = unsupportedReturnAdvice(type);
        if (advice != null) {
            report.error(ErrorMessages.unsupportedReturnType(name, type.toString(), advice), method);
            return Optional.empty();
        }
        return Optional.of(isSubtype(type, "dev.goblet.Response") ? Returns.RESPONSE : Returns.JSON);
    }

    /** Why a return type cannot make an answer, or null when it can. */
    private String unsupportedReturnAdvice(TypeMirror type) {
        if (isSubtype(type, "java.util.Optional")) {
            return "return the value itself, and throw NotFoundError when there is none.";
        }
        if (isSubtype(type, "java.util.concurrent.Future") || isSubtype(type, "java.util.concurrent.CompletionStage")) {
            return "a Lambda answers once its handler returns, so wait for the value and return it.";
        }
        if (isSubtype(type, "java.util.stream.BaseStream") || isSubtype(type, "java.util.Iterator")
                || isSubtype(type, "java.io.InputStream") || isSubtype(type, "java.io.Reader")) {
            return "collect it into a List (or read it into a byte[]) and return that.";
        }
        if (isSubtype(type, "java.lang.Throwable")) {
            return "throw it instead; an HttpError subclass sets the status.";
        }
        return null;
    }

    private boolean isSubtype(TypeMirror type, String qualifiedName) {
        // Looking a type up by name costs javac a parse of the name each time; an app asks for a few types often.
        TypeElement element = knownTypes.computeIfAbsent(qualifiedName, elements::getTypeElement);
        return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
    }

    private Optional<String> javadoc(Element element) {
        return docComments.of(element);
    }

    static AnnotationMirror mirror(Element element, Class<?> annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return mirror;
            }
        }
        return null;
    }

    /** The value the user wrote for an annotation member, so that an error points at it; null when defaulted. */
    static AnnotationValue value(AnnotationMirror mirror, String member) {
        if (mirror == null) {
            return null;
        }
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(member))
                .map(java.util.Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
