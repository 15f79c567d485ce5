package dev.goblet.processor.reading;

import dev.goblet.event.Authorizer;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventSource;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.SecurityValidator;
import dev.goblet.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads an {@code @Authorizer} method into the function it is deployed as (Chalice's built-in authorizer: a Lambda
 * function named after the method, {@code <App><Id>Handler} its entry point), and its authorizer into the
 * {@link SecurityValidator}, which checks it.
 */
final class BuiltInAuthorizerReader {
    private BuiltInAuthorizerReader() {}

    static boolean isAuthorizer(ExecutableElement method) {
        return method.getAnnotation(Authorizer.class) != null;
    }

    /**
     * The function of the authorizer method, or empty when it breaks a rule (reported).
     *
     * @param shared what every function of the app may do, as its API does
     */
    static Optional<EventFunctionModel> read(ExecutableElement method, ClassRef appClass, String appName,
            List<PolicyStatement> shared, SecurityValidator security, ValidationReport report) {
        String methodName = method.getSimpleName().toString();
        if (EventFunctionReader.isFunction(method) || ExceptionHandlerReader.isExceptionHandler(method)) {
            report.error(ErrorMessages.authorizerWithOther(methodName, "a function or exception handler"), method);
            return Optional.empty();
        }
        String given = method.getAnnotation(Authorizer.class).name();
        String name = given.isEmpty() ? EventFunctionReader.snakeCase(methodName) : given;
        String logicalId = EventSource.logicalIdOf(name);
        ClassRef entryPoint = ClassRef.of(appClass.packageName(),
                EventSource.logicalIdOf(appName) + logicalId + "Handler");
        return security.builtIn(method, name, logicalId, entryPoint).map(authorizer -> new EventFunctionModel(name,
                logicalId, entryPoint, methodName, new EventSource.Authorizer(), List.of(), Optional.empty(), shared));
    }
}
