package dev.goblet.processor;

import dev.goblet.App;
import dev.goblet.Route;
import dev.goblet.processor.config.ConfigLocation;
import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.config.StageConfigReader;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.reading.AppReader;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import dev.goblet.processor.writing.HandlerWriter;
import dev.goblet.processor.writing.LocalStagesWriter;
import dev.goblet.processor.writing.OutputDirectory;
import dev.goblet.processor.writing.openapi.OpenApiWriter;
import dev.goblet.processor.writing.sam.LambdaArtifact;
import dev.goblet.processor.writing.sam.SamTemplateWriter;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Goblet's annotation processor: turns {@code @App} classes and their {@code @Route} methods into a Lambda entry
 * point and the SAM templates that deploy it.
 *
 * <p>One pipeline, one direction: each {@code @App} class is <em>read</em> into an immutable {@link AppModel}
 * while every broken rule is reported on its element; the apps are then <em>validated</em> together (names are
 * unique); and only a clean app is <em>written</em>, the Java while a round is left, so that javac compiles it in
 * this same build.
 *
 * <p>Options, all optional:
 * <ul>
 *   <li>{@code goblet.config}: the stage config, Chalice's {@code config.json}; by default
 *       {@code .chalice/config.json} of the project, when there is one (see {@link ConfigLocation}).</li>
 *   <li>{@code goblet.outputDirectory}: where the templates go; {@code target/goblet} by default.</li>
 *   <li>{@code goblet.codeUri}: the templates' {@code CodeUri}; by default {@code target/lambda.zip}, relative to
 *       the templates.</li>
 * </ul>
 *
 * <p>The stage config is read once, when the first app is found, so that its errors fail the build early.
 *
 * <p>The processor never lets an exception escape {@code process()}: a bug of its own becomes one compile error
 * carrying the stack trace.
 */
public final class GobletProcessor extends AbstractProcessor {
    private final Map<String, String> appNames = new HashMap<>();
    /** The apps written so far; their documents are written once the last round is over. */
    private final List<AppModel> apps = new ArrayList<>();
    /** The stage config, read with the first app; empty when it has errors. Null until then. */
    private Optional<ProjectConfig> config;

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OutputDirectory.OPTION, StageConfigReader.OPTION, LambdaArtifact.OPTION);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(App.class.getCanonicalName(), Route.class.getCanonicalName());
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
                writeDocuments(OutputDirectory.of(processingEnv.getOptions(), processingEnv.getFiler()));
            }
            return;
        }
        ValidationReport report = new ValidationReport();
        checkRoutesOutsideApps(round, report);
        // A list, not a map: hashing a model would walk every route of it.
        List<Map.Entry<AppModel, TypeElement>> clean = new ArrayList<>();
        AppReader reader = new AppReader(processingEnv, report);
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(App.class))) {
            Optional<AppModel> app = reader.read(type);
            if (app.isPresent() && claimName(app.get(), type, report)) {
                clean.add(Map.entry(app.get(), type));
            }
        }
        report.printTo(processingEnv.getMessager());
        if (!clean.isEmpty() && config == null) {
            config = readConfig();
        }
        for (Map.Entry<AppModel, TypeElement> app : clean) {
            HandlerWriter.write(app.getKey(), app.getValue()).writeTo(processingEnv.getFiler());
            apps.add(app.getKey());
        }
    }

    /** The documents describe every route of an app, so they wait until all rounds are done. */
    private void writeDocuments(OutputDirectory output) throws IOException {
        String codeUri = LambdaArtifact.codeUri(processingEnv.getOptions(),
                ConfigLocation.buildDirectory(processingEnv.getFiler()), output.directory())
                .orElse("../" + LambdaArtifact.FILE_NAME);
        for (AppModel app : apps) {
            // One document: written as is, and embedded in every SAM template as the API's definition.
            OpenAPI document = OpenApiWriter.document(app);
            OpenApiWriter.write(app, document, output, apps.size() == 1 ? "openapi" : "openapi-" + app.name());
            if (config != null && config.isPresent()) {
                SamTemplateWriter.writeAll(app, document, config.get(), codeUri, output);
                LocalStagesWriter.write(app, config.get(), output);
            }
        }
    }

    /** The stage config named by the option, else the project's {@code .chalice/config.json}, else the defaults. */
    private Optional<ProjectConfig> readConfig() throws IOException {
        Optional<Path> configured = ConfigLocation.configured(processingEnv.getOptions(), processingEnv.getFiler());
        if (configured.isPresent() && !Files.isRegularFile(configured.get())) {
            error(ErrorMessages.configNotFound(configured.get().toString(), StageConfigReader.OPTION));
            return Optional.empty();
        }
        Optional<Path> file = configured.isPresent() ? configured
                : ConfigLocation.projectDefault(processingEnv.getFiler()).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.of(ProjectConfig.defaults());
        }
        StageConfigReader.Result result = StageConfigReader.read(file.get());
        result.errors().forEach(this::error);
        result.warnings().forEach(warning ->
                processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, warning));
        return result.config();
    }

    private void error(String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
    }

    private void checkRoutesOutsideApps(RoundEnvironment round, ValidationReport report) {
        for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(Route.class))) {
            Element owner = method.getEnclosingElement();
            if (owner.getAnnotation(App.class) == null) {
                report.error(ErrorMessages.routeOutsideApp(method.getSimpleName().toString(),
                        ((TypeElement) owner).getQualifiedName().toString()), method);
            }
        }
    }

    /** App names are unique across the build: they name generated classes and the template's resources. */
    private boolean claimName(AppModel app, TypeElement type, ValidationReport report) {
        String owner = type.getQualifiedName().toString();
        String other = appNames.putIfAbsent(app.name(), owner);
        if (other != null && !other.equals(owner)) {
            report.error(ErrorMessages.duplicateApp(app.name(), other), type);
            return false;
        }
        return true;
    }
}
