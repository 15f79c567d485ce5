package dev.goblet.local;

import dev.goblet.function.GobletFunction;
import java.lang.reflect.InvocationTargetException;

/** Loads a generated entry point by its class name and calls its public no-argument constructor, as Lambda does. */
final class EntryPoints {
    private EntryPoints() {}

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
