package dev.goblet.processor.model;

import java.util.List;

/**
 * The name of a class the model speaks of: an app's class or a generated one. Writers turn it into their own
 * types (JavaPoet's {@code ClassName}, the template's handler string); the model holds no writer's types.
 *
 * @param packageName the package, empty for the unnamed one
 * @param simpleNames the simple names from the top-level class down to this one: {@code [Outer, Inner]}
 */
public record ClassRef(String packageName, List<String> simpleNames) {
    public ClassRef {
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("A class needs a name");
        }
    }

    /** A top-level class. */
    public static ClassRef of(String packageName, String simpleName) {
        return new ClassRef(packageName, List.of(simpleName));
    }

    /** The class's own simple name: {@code Inner} for {@code Outer.Inner}. */
    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    /** {@code com.example.Outer.Inner}, as Java source names it. */
    public String canonicalName() {
        String nested = String.join(".", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }

    /** {@code com.example.Outer$Inner}, as the class loader names it: what Lambda's {@code Handler} takes. */
    public String binaryName() {
        String nested = String.join("$", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }
}
