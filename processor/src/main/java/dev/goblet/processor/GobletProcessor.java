package dev.goblet.processor;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Route;
import dev.goblet.processor.config.ApiConfig;
import dev.goblet.event.Authorizer;
import dev.goblet.processor.config.BuildFunctions;
import dev.goblet.processor.config.ConfigLocation;
import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.config.StageConfigReader;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.reading.AppReader;
import dev.goblet.processor.reading.EventFunctionReader;
import dev.goblet.processor.validation.ApiTypeValidator;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ModuleValidator;
import dev.goblet.processor.validation.ValidationReport;
import dev.goblet.processor.writing.AuthorizerHandlerWriter;
import dev.goblet.processor.writing.EventHandlerWriter;
import dev.goblet.processor.writing.SecurityIndexWriter;
import dev.goblet.processor.writing.sam.UsagePlans;
import dev.goblet.processor.writing.GeneratedFiles;
import dev.goblet.processor.writing.HandlerWriter;
import dev.goblet.processor.writing.JsonCodecSet;
import dev.goblet.processor.writing.FunctionIndexWriter;
import dev.goblet.processor.writing.LocalStagesWriter;
import dev.goblet.processor.writing.NativeImageWriter;
import dev.goblet.processor.writing.OutputLayout;
import dev.goblet.processor.writing.openapi.OpenApiWriter;
import dev.goblet.processor.writing.sam.LambdaArtifact;
import dev.goblet.processor.writing.sam.SamTemplateWriter;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Goblet's annotation processor: turns {@code @App} classes and their {@code @Route} methods into one Lambda entry
 * point per function of the app, the SAM templates that deploy them, and the OpenAPI document of the API.
 *
 * <p>One pipeline, one direction: each {@code @App} class is <em>read</em> into an immutable {@link AppModel} (an
 * app holds functions; the API handler holds the routes) while every broken rule is reported on its element; the
 * apps are then <em>validated</em> together (names are unique); and only a clean app is <em>written</em>: its Java
 * while a round is left, so that javac compiles it in this same build, and its documents once the last round is
 * over, when every app of the module is known. {@link GeneratedFiles} writes every file.
 *
 * <p>Options, all optional ({@link GobletOptions} names each, with its default):
 * <ul>
 *   <li>{@code goblet.config}: the stage config, Chalice's {@code config.json}; by default
 *       {@code .chalice/config.json} of the project, when there is one (see {@link ConfigLocation}).</li>
 *   <li>{@code goblet.outputDirectory}: where the templates and documents go; {@code target/goblet} by default.
 *       A module's only app writes there; with more apps, each writes to {@code <app-name>/} in it.</li>
 *   <li>{@code goblet.codeUri}: the templates' {@code CodeUri}, taken as it is; by default
 *       {@code target/lambda.zip}, relative to each template.</li>
 * </ul>
 *
 * <p>The stage config is read when the last round is over, with the function names of every app: a
 * {@code lambda_functions} key must name one of them.
 *
 * <p>The processor never lets an exception escape {@code process()}: a bug of its own becomes one compile error
 * carrying the stack trace.
 */
public final class GobletProcessor extends AbstractProcessor {
    private final ModuleValidator module = new ModuleValidator();
    /** The apps written so far; their documents are written once the last round is over. */
    private final List<AppModel> apps = new ArrayList<>();

    @Override
    public Set<String> getSupportedOptions() {
        return GobletOptions.names();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new LinkedHashSet<>(List.of(App.class.getCanonicalName(), Route.class.getCanonicalName()));
        EventFunctionReader.KINDS.forEach(kind -> types.add(kind.getCanonicalName()));
        types.add(ExceptionHandler.class.getCanonicalName());
        types.add(Authorizer.class.getCanonicalName());
        return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round);
        } catch (Throwable bug) {
            StringWriter trace = new StringWriter();
            bug.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, ErrorMessages.processorBug(trace.toString()));
        }
        return false;
    }

    private void processRound(RoundEnvironment round) throws IOException {
        if (round.processingOver()) {
            if (!apps.isEmpty()) {
                writeDocuments();
            }
            return;
        }
        ValidationReport report = new ValidationReport();
        module.checkRoutesOutsideApps(round, report, appMethodKinds(), blueprintMethodKinds());
        // A list, not a map: hashing a model would walk every route of it.
        List<Map.Entry<AppModel, TypeElement>> clean = new ArrayList<>();
        AppReader reader = new AppReader(processingEnv, report);
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(App.class))) {
            Optional<AppModel> app = reader.read(type);
            if (app.isPresent() && module.claimName(app.get(), type, report)) {
                clean.add(Map.entry(app.get(), type));
            }
        }
        report.printTo(processingEnv.getMessager());
        GeneratedFiles files = files();
        for (Map.Entry<AppModel, TypeElement> app : clean) {
            writeEntryPoints(app.getKey(), app.getValue(), files);
            apps.add(app.getKey());
        }
    }

    /** The annotations, besides {@code @Route}, that only a method of an {@code @App} class may carry. */
    private static List<Class<? extends Annotation>> appMethodKinds() {
        List<Class<? extends Annotation>> kinds = new ArrayList<>(EventFunctionReader.KINDS);
        kinds.add(ExceptionHandler.class);
        kinds.add(Authorizer.class);
        return kinds;
    }

    /** The function annotations a blueprint's methods may carry: all but WebSocket handlers, the app's own API. */
    private static List<Class<? extends Annotation>> blueprintMethodKinds() {
        return EventFunctionReader.KINDS.stream().filter(kind -> !EventFunctionReader.WEBSOCKET.contains(kind))
                .toList();
    }

    private void writeEntryPoints(AppModel app, TypeElement origin, GeneratedFiles files) throws IOException {
        JsonCodecSet codecs = JsonCodecSet.of(app);
        boolean priming = HandlerWriter.primingWanted(processingEnv.getElementUtils());
        for (FunctionModel function : app.functions()) {
            if (function instanceof ApiHandlerModel api) {
                HandlerWriter.write(app, api, codecs, origin, files, priming);
            } else if (function instanceof EventFunctionModel event
                    && event.source() instanceof EventSource.Authorizer) {
                AuthorizerHandlerWriter.write(app, event, origin, files);
            } else if (function instanceof EventFunctionModel event) {
                EventHandlerWriter.write(app, event, codecs, origin, files, priming);
            }
        }
        boolean api = app.functions().stream().anyMatch(f -> f instanceof ApiHandlerModel);
        if (api) {
            codecs.includeAll();
        }
        if (api || !codecs.isEmpty()) {
            files.writeSource(codecs.className().packageName(), codecs.type(), app.appClass(), origin);
        }
        reportDatabind(app, codecs, origin);
        NativeImageWriter.write(app, codecs, files);
    }

    /**
     * Says which types go through jackson-databind, on each type, and refuses to build an app that needs databind
     * without having it: the generated code would not compile, or the function would fail on its first event.
     */
    private void reportDatabind(AppModel app, JsonCodecSet codecs, TypeElement origin) {
        boolean hasDatabind = processingEnv.getElementUtils()
                .getTypeElement("com.fasterxml.jackson.databind.ObjectMapper") != null;
        codecs.databound().forEach((type, reason) -> {
            Element element = elementOf(type).orElse(origin);
            if (hasDatabind) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                        ErrorMessages.boundByDatabind(type.toString(), reason), element);
            } else {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        ErrorMessages.databindMissing(type.toString(), reason), element);
            }
        });
        boolean events = app.functions().stream().anyMatch(f -> f instanceof EventFunctionModel);
        if (events && !hasDatabind) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    ErrorMessages.databindMissingForEvents(app.name()), origin);
        }
    }

    /** The class of a declared type, for a message on its declaration. */
    private Optional<Element> elementOf(TypeRef type) {
        return type instanceof TypeRef.Declared declared
                ? Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(declared.type().canonicalName()))
                : Optional.empty();
    }

    /** The documents describe every route of an app, and the config every app's functions: they wait for the end. */
    private void writeDocuments() throws IOException {
        GeneratedFiles files = files();
        Optional<ProjectConfig> config = readConfig();
        OutputLayout layout = OutputLayout.forApps(apps.size());
        for (AppModel app : apps) {
            String folder = layout.folder(app);
            FunctionIndexWriter.write(app, files);
            SecurityIndexWriter.write(app, files);
            // One document: written as is, and embedded in every SAM template as the API's definition.
            Optional<OpenAPI> document = app.api().map(api -> OpenApiWriter.document(app, api));
            if (document.isPresent()) {
                String stageName = config.map(c -> c.base().api().stageName()).orElse(ApiConfig.DEFAULT_STAGE);
                OpenApiWriter.write(app, document.get(), stageName, files, folder);
            }
            if (config.isPresent() && UsagePlans.unused(app, config.get())) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
                        ErrorMessages.usagePlanWithoutKeys(app.name()));
            }
            List<String> apiTypeProblems = config.map(c -> ApiTypeValidator.check(app, c)).orElse(List.of());
            // On the app's class, where the annotations the stage cannot honour are; its templates are not written.
            apiTypeProblems.forEach(problem -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem,
                    processingEnv.getElementUtils().getTypeElement(app.appClass().canonicalName())));
            if (config.isPresent() && apiTypeProblems.isEmpty()) {
                String codeUri = LambdaArtifact.codeUri(options(), ConfigLocation.buildDirectory(
                        processingEnv.getFiler()), files.documentDirectory(), folder);
                SamTemplateWriter.writeAll(app, document, config.get(), codeUri, files, folder);
                LocalStagesWriter.write(app, config.get(), files);
            }
        }
    }

    /** The stage config named by the option, else the project's {@code .chalice/config.json}, else the defaults. */
    private Optional<ProjectConfig> readConfig() throws IOException {
        BuildFunctions functions = buildFunctions();
        Optional<Path> configured = ConfigLocation.configured(options(), processingEnv.getFiler());
        if (configured.isPresent() && !Files.isRegularFile(configured.get())) {
            error(ErrorMessages.configNotFound(configured.get().toString(), GobletOptions.Option.CONFIG.key()));
            return Optional.empty();
        }
        Optional<Path> file = configured.isPresent() ? configured
                : ConfigLocation.projectDefault(options(), processingEnv.getFiler()).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.of(ProjectConfig.defaults(functions.names()));
        }
        StageConfigReader.Result result = StageConfigReader.read(file.get(), functions);
        result.errors().forEach(this::error);
        result.warnings().forEach(warning ->
                processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, warning));
        return result.config();
    }

    private BuildFunctions buildFunctions() {
        Map<String, List<String>> byApp = new LinkedHashMap<>();
        apps.forEach(app -> byApp.put(app.name(), app.functionNames()));
        return new BuildFunctions(byApp);
    }

    private GobletOptions options() {
        return GobletOptions.read(processingEnv.getOptions());
    }

    private GeneratedFiles files() throws IOException {
        return GeneratedFiles.of(options(), processingEnv.getFiler());
    }

    private void error(String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
    }
}
