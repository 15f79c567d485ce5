package dev.goblet.processor.validation;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.Route;
import dev.goblet.processor.model.AppModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The rules across a module's apps, which no single app's reading can check: every {@code @Route} is on an app,
 * and app names are unique in the build (they name generated classes, folders and template resources). Lives for
 * the whole build, since apps may come in different rounds.
 */
public final class ModuleValidator {
    private final Map<String, String> appNames = new HashMap<>();

    /**
     * Reports every {@code @Route} or {@code functionKinds} method of the round whose class is not an {@code @App}, but
     * for a {@code @Blueprint}'s routes and {@code blueprintKinds} methods, which the registering app reads.
     */
    public void checkRoutesOutsideApps(RoundEnvironment round, ValidationReport report,
            List<Class<? extends Annotation>> functionKinds, List<Class<? extends Annotation>> blueprintKinds) {
        List<Class<? extends Annotation>> kinds = new ArrayList<>(List.of(Route.class));
        kinds.addAll(functionKinds);
        // A method with two of the annotations is reported once, for the first.
        Set<ExecutableElement> reported = new HashSet<>();
        for (Class<? extends Annotation> kind : kinds) {
            for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(kind))) {
                Element owner = method.getEnclosingElement();
                // A blueprint's routes and event functions are read with the app that registers it; its WebSocket
                // handlers are not, as an app has one WebSocket API.
                boolean blueprintMember = owner.getAnnotation(Blueprint.class) != null
                        && (kind == Route.class || blueprintKinds.contains(kind));
                if (owner.getAnnotation(App.class) == null && !blueprintMember && reported.add(method)) {
                    report.error(ErrorMessages.routeOutsideApp(method.getSimpleName().toString(),
                            kind.getSimpleName(), ((TypeElement) owner).getQualifiedName().toString()), method);
                }
            }
        }
    }

    /** Claims {@code app}'s name for {@code type}; false, with the error reported, when another app has it. */
    public boolean claimName(AppModel app, TypeElement type, ValidationReport report) {
        String owner = type.getQualifiedName().toString();
        String other = appNames.putIfAbsent(app.name(), owner);
        if (other != null && !other.equals(owner)) {
            report.error(ErrorMessages.duplicateApp(app.name(), other), type);
            return false;
        }
        return true;
    }
}
