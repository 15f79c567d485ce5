package dev.goblet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.function.ApiFunction;
import dev.goblet.function.AppResources;
import dev.goblet.function.GobletFunction;
import dev.goblet.testing.ApiFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/** Loads a generated entry point by its class name and calls its public no-argument constructor, as Lambda does. */
final class EntryPoints {
    private EntryPoints() {}

    /**
     * The app's API as deployed: the API function {@code className} and every other function that serves routes of
     * its app (from the app's function index, {@link AppResources#functions}), each request to the one whose route it
     * takes ({@link ApiFunctions}).
     */
    static ApiFunction loadApi(String className, ClassLoader loader) {
        ApiFunction given = load(className, loader, ApiFunction.class);
        List<ApiFunction> all = new ArrayList<>(List.of(given));
        for (String other : apiHandlers(given.appName(), loader)) {
            if (!other.equals(className)) {
                all.add(load(other, loader, ApiFunction.class));
            }
        }
        return ApiFunctions.of(all);
    }

    /** The entry points of the app's functions that serve routes; none when the index is not on the class path. */
    private static List<String> apiHandlers(String appName, ClassLoader loader) {
        List<String> handlers = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(AppResources.functions(appName))) {
            if (in == null) {
                return handlers;
            }
            for (JsonNode function : new ObjectMapper().readTree(in).path("functions")) {
                if (function.path("kind").asText().equals("api")) {
                    handlers.add(function.path("handler").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the function index of app " + appName, e);
        }
        return handlers;
    }

    /** An {@link IllegalArgumentException} says what to change when the class is missing or not of {@code kind}. */
    static <T extends GobletFunction> T load(String className, ClassLoader loader, Class<T> kind) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No class " + className + " on the classpath: compile the app"
                    + " first (mvn compile) and check the name of the class the processor generated", e);
        }
        if (!kind.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " is not a Goblet handler"
                    + (kind == GobletFunction.class ? "" : " of an app's routes")
                    + ": name a class the processor generated, as the template's Handler does, such as WebApiHandler");
        }
        try {
            return kind.cast(type.getConstructor().newInstance());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of " + className + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(className + " has no public no-argument constructor", e);
        }
    }
}
