package dev.goblet.processor;

import dev.goblet.App;
import dev.goblet.Route;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.reading.AppReader;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.ValidationReport;
import dev.goblet.processor.writing.HandlerWriter;
import dev.goblet.processor.writing.OutputDirectory;
import dev.goblet.processor.writing.openapi.OpenApiWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
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
 * point, and (as later writers arrive) a SAM template and an OpenAPI document.
 *
 * <p>One pipeline, one direction: each {@code @App} class is <em>read</em> into an immutable {@link AppModel}
 * while every broken rule is reported on its element; the apps are then <em>validated</em> together (names are
 * unique); and only a clean app is <em>written</em>, the Java while a round is left, so that javac compiles it in
 * this same build.
 *
 * <p>The processor never lets an exception escape {@code process()}: a bug of its own becomes one compile error
 * carrying the stack trace.
 */
public final class GobletProcessor extends AbstractProcessor {
    private final Map<String, String> appNames = new HashMap<>();
    /** The apps written so far; their documents are written once the last round is over. */
    private final List<AppModel> apps = new ArrayList<>();

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OutputDirectory.OPTION);
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
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, ErrorMessages.processorBug(trace.toString()));
        }
        return false;
    }

    private void processRound(RoundEnvironment round) throws IOException {
        if (round.processingOver()) {
            writeDocuments(OutputDirectory.of(processingEnv.getOptions(), processingEnv.getFiler()));
            return;
        }
        ValidationReport report = new ValidationReport();
        checkRoutesOutsideApps(round, report);
        Map<AppModel, TypeElement> clean = new LinkedHashMap<>();
        AppReader reader = new AppReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), report);
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(App.class))) {
            Optional<AppModel> app = reader.read(type);
            if (app.isPresent() && claimName(app.get(), type, report)) {
                clean.put(app.get(), type);
            }
        }
        report.printTo(processingEnv.getMessager());
        for (Map.Entry<AppModel, TypeElement> app : clean.entrySet()) {
            HandlerWriter.write(app.getKey(), app.getValue()).writeTo(processingEnv.getFiler());
            apps.add(app.getKey());
        }
    }

    /** The documents describe every route of an app, so they wait until all rounds are done. */
    private void writeDocuments(OutputDirectory output) throws IOException {
        for (AppModel app : apps) {
            // Each document writer adds its call here: OpenAPI first, then the SAM templates that embed it.
            OpenApiWriter.write(app, output, apps.size() == 1 ? "openapi" : "openapi-" + app.name());
        }
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
