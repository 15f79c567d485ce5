package dev.goblet.function;

/**
 * Where the processor leaves, on the class path, what tools read of an app: documents in one folder per app,
 * {@code META-INF/goblet/<app-name>/}. The processor writes these names and tools read them from here only.
 */
public final class AppResources {
    private AppResources() {}

    /** The folder of an app's resources. */
    public static String folder(String appName) {
        return "META-INF/goblet/" + appName + "/";
    }

    /** The app's OpenAPI document, as JSON: the local server serves it at {@code /openapi.json}. */
    public static String openApiJson(String appName) {
        return folder(appName) + "openapi.json";
    }

    /** The app's functions: name, logical id and entry point of each, for {@code goblet:invoke}. */
    public static String functions(String appName) {
        return folder(appName) + "functions.json";
    }

    /** Each route's authorizer and API key, and the app's authorizers, for the local server to play them. */
    public static String security(String appName) {
        return folder(appName) + "security.json";
    }

    /**
     * Each stage's environment variables, from the stage config, for the local server's {@code --stage}. It lies
     * beside the generated handler's class, {@code <handler>.stages.json}, so that a tool finds it from the class's
     * name before building the handler, which may need those very variables.
     */
    public static String stages(String handlerClassName) {
        return handlerClassName.replace('.', '/') + ".stages.json";
    }
}
