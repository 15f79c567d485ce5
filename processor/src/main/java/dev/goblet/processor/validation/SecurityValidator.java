package dev.goblet.processor.validation;

import dev.goblet.ApiKeyRequired;
import dev.goblet.Authorized;
import dev.goblet.CognitoAuthorizer;
import dev.goblet.CustomAuthorizer;
import dev.goblet.Route;
import dev.goblet.event.Authorizer;
import dev.goblet.processor.model.AuthorizerModel;
import dev.goblet.processor.model.ClassRef;
import dev.goblet.processor.model.RouteSecurity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads and checks an app's authorizers ({@code @CognitoAuthorizer}, {@code @CustomAuthorizer} beside {@code @App},
 * {@code @Authorizer} methods) and each route's {@code @Authorized} and {@code @ApiKeyRequired}: names that exist
 * and are unique, scopes only for Cognito, sound values, authorizer methods of the right shape.
 */
public final class SecurityValidator {
    /** OpenAPI's rule for a security scheme's key, which the name becomes. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final String AUTH_REQUEST = "dev.goblet.event.AuthRequest";
    private static final String AUTH_RESULT = "dev.goblet.event.AuthResult";

    private final ValidationReport report;
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final List<AuthorizerModel> authorizers = new ArrayList<>();
    private boolean clean = true;

    public SecurityValidator(ValidationReport report) {
        this.report = report;
        authorizers.add(new AuthorizerModel.Iam());
    }

    /** Reads the authorizers declared beside {@code @App}; call before {@link #builtIn} and {@link #route}. */
    public void readDeclared(TypeElement app) {
        CognitoAuthorizer cognito = app.getAnnotation(CognitoAuthorizer.class);
        if (cognito != null) {
            AnnotationMirror mirror = AnnotationMirrors.of(app, CognitoAuthorizer.class);
            boolean ok = name(cognito.name(), "@CognitoAuthorizer", app, mirror)
                    & header(cognito.header(), "@CognitoAuthorizer", app, mirror);
            if (cognito.providerArns().length == 0) {
                report.error(ErrorMessages.authBadValue("@CognitoAuthorizer", "providerArns", "{}",
                        "name at least one user pool's ARN"), app, mirror);
                ok = false;
            }
            if (ok) {
                authorizers.add(new AuthorizerModel.Cognito(cognito.name(), List.of(cognito.providerArns()),
                        cognito.header(), List.of(cognito.audiences())));
            }
            clean &= ok;
        }
        CustomAuthorizer custom = app.getAnnotation(CustomAuthorizer.class);
        if (custom != null) {
            AnnotationMirror mirror = AnnotationMirrors.of(app, CustomAuthorizer.class);
            boolean ok = name(custom.name(), "@CustomAuthorizer", app, mirror)
                    & header(custom.header(), "@CustomAuthorizer", app, mirror)
                    & ttl(custom.ttlSeconds(), "@CustomAuthorizer", app, mirror);
            if (custom.functionArn().isEmpty() == custom.uri().isEmpty()) {
                report.error(ErrorMessages.authCustomTarget(custom.name()), app, mirror);
                ok = false;
            }
            if (ok) {
                String uri = custom.uri().isEmpty() ? AuthorizerModel.Custom.uriOf(custom.functionArn())
                        : custom.uri();
                authorizers.add(new AuthorizerModel.Custom(custom.name(), uri, custom.ttlSeconds(), custom.header(),
                        present(custom.invokeRoleArn())));
            }
            clean &= ok;
        }
    }

    /**
     * The built-in authorizer of an {@code @Authorizer} method, or empty when it breaks a rule (reported).
     *
     * @param name its function's name: the annotation's, else the method's in snake case
     * @param logicalId its function's logical id
     * @param entryPoint its function's generated entry point
     */
    public Optional<AuthorizerModel.BuiltIn> builtIn(ExecutableElement method, String name, String logicalId,
            ClassRef entryPoint) {
        Authorizer authorizer = method.getAnnotation(Authorizer.class);
        AnnotationMirror mirror = AnnotationMirrors.of(method, Authorizer.class);
        String methodName = method.getSimpleName().toString();
        boolean ok = true;
        if (method.getAnnotation(Route.class) != null) {
            report.error(ErrorMessages.authorizerWithOther(methodName, "a @Route"), method, mirror);
            ok = false;
        }
        boolean shape = method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC)
                && method.getParameters().size() == 1
                && method.getParameters().get(0).asType().toString().equals(AUTH_REQUEST)
                && method.getReturnType().toString().equals(AUTH_RESULT);
        if (!shape) {
            report.error(ErrorMessages.authorizerSignature(methodName), method);
            ok = false;
        }
        ok &= name(name, "@Authorizer", method, mirror) & header(authorizer.header(), "@Authorizer", method, mirror)
                & ttl(authorizer.ttlSeconds(), "@Authorizer", method, mirror);
        clean &= ok;
        if (!ok) {
            return Optional.empty();
        }
        AuthorizerModel.BuiltIn model = new AuthorizerModel.BuiltIn(name, logicalId, entryPoint,
                authorizer.ttlSeconds(), authorizer.header(), present(authorizer.executionRole()));
        authorizers.add(model);
        return Optional.of(model);
    }

    /** The app's default for its routes, from {@code @Authorized} and {@code @ApiKeyRequired} beside {@code @App}. */
    public RouteSecurity appDefault(TypeElement app) {
        return security(app, RouteSecurity.NONE);
    }

    /** A route's security: its own annotations over the app's default. */
    public RouteSecurity route(ExecutableElement method, RouteSecurity appDefault) {
        return security(method, appDefault);
    }

    /** Reports {@code @Authorized} and {@code @ApiKeyRequired} on the app's methods that are not routes. */
    public void checkNonRoutes(TypeElement app) {
        for (ExecutableElement method : ElementFilter.methodsIn(app.getEnclosedElements())) {
            if (method.getAnnotation(Route.class) != null) {
                continue;
            }
            for (Class<?> kind : List.of(Authorized.class, ApiKeyRequired.class)) {
                @SuppressWarnings("unchecked")
                boolean has = method.getAnnotation((Class<? extends java.lang.annotation.Annotation>) kind) != null;
                if (has) {
                    report.error(ErrorMessages.authNotOnRoute(kind.getSimpleName(),
                            method.getSimpleName().toString()), method, AnnotationMirrors.of(method, kind));
                    clean = false;
                }
            }
        }
    }

    /** Every authorizer the routes may name, IAM first. */
    public List<AuthorizerModel> authorizers() {
        return List.copyOf(authorizers);
    }

    /** Whether every authorizer and route read so far is sound. */
    public boolean clean() {
        return clean;
    }

    private RouteSecurity security(Element element, RouteSecurity fallback) {
        Authorized authorized = element.getAnnotation(Authorized.class);
        ApiKeyRequired apiKey = element.getAnnotation(ApiKeyRequired.class);
        boolean key = apiKey == null ? fallback.apiKeyRequired() : apiKey.value();
        if (authorized == null) {
            return new RouteSecurity(fallback.authorizer(), fallback.scopes(), key);
        }
        AnnotationMirror mirror = AnnotationMirrors.of(element, Authorized.class);
        String name = authorized.value();
        List<String> scopes = List.of(authorized.scopes());
        if (name.equals(Authorized.NONE)) {
            if (!scopes.isEmpty()) {
                report.error(ErrorMessages.authScopes(name), element, mirror, AnnotationMirrors.written(mirror,
                        "scopes"));
                clean = false;
            }
            return new RouteSecurity(Optional.empty(), List.of(), key);
        }
        Optional<AuthorizerModel> authorizer = authorizers.stream().filter(a -> a.name().equals(name)).findFirst();
        String what = element instanceof TypeElement ? "@Authorized beside @App"
                : "@Authorized on " + element.getSimpleName() + "()";
        if (authorizer.isEmpty()) {
            List<String> known = authorizers.stream().map(AuthorizerModel::name)
                    .filter(n -> !n.equals(Authorized.IAM)).toList();
            List<String> candidates = new ArrayList<>(known);
            candidates.add(Authorized.IAM);
            report.error(ErrorMessages.authUnknown(name, what, known, Suggestions.closest(name, candidates)),
                    element, mirror, AnnotationMirrors.written(mirror, "value"));
            clean = false;
            return fallback;
        }
        if (!scopes.isEmpty() && !authorizer.get().takesScopes()) {
            report.error(ErrorMessages.authScopes(name), element, mirror, AnnotationMirrors.written(mirror, "scopes"));
            clean = false;
        }
        return new RouteSecurity(Optional.of(name), scopes, key);
    }

    private boolean name(String name, String annotation, Element element, AnnotationMirror mirror) {
        if (name.equals(Authorized.IAM) || name.equals(Authorized.NONE)) {
            report.error(ErrorMessages.authReservedName(name), element, mirror);
            return false;
        }
        if (!NAME.matcher(name).matches()) {
            report.error(ErrorMessages.authBadValue(annotation, "name", name,
                    "use letters, digits, '.', '-' and '_' only"), element, mirror);
            return false;
        }
        String other = owners.putIfAbsent(name, describe(element, annotation));
        if (other != null) {
            report.error(ErrorMessages.authDuplicate(name, other), element, mirror);
            return false;
        }
        return true;
    }

    private boolean header(String header, String annotation, Element element, AnnotationMirror mirror) {
        if (HEADER.matcher(header).matches()) {
            return true;
        }
        report.error(ErrorMessages.authBadValue(annotation, "header", header, "a header name is a token, such as"
                + " Authorization"), element, mirror, AnnotationMirrors.written(mirror, "header"));
        return false;
    }

    private boolean ttl(int seconds, String annotation, Element element, AnnotationMirror mirror) {
        if (seconds >= 0 && seconds <= 3600) {
            return true;
        }
        report.error(ErrorMessages.authBadValue(annotation, "ttlSeconds", String.valueOf(seconds),
                "API Gateway keeps an answer 0 to 3600 seconds"), element, mirror,
                AnnotationMirrors.written(mirror, "ttlSeconds"));
        return false;
    }

    private static String describe(Element element, String annotation) {
        return element instanceof ExecutableElement ? "the " + annotation + " method " + element.getSimpleName()
                + "()" : "the " + annotation + " beside @App";
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
