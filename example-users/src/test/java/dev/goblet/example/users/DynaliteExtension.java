package dev.goblet.example.users;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link Dynalite} parameter: one server for the whole test run, started on first use and stopped
 * when the run ends (JUnit closes what the root store holds). Tests isolate themselves with a table each.
 */
public final class DynaliteExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Dynalite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Dynalite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("dynalite", key -> {
            try {
                return Dynalite.start();
            } catch (Exception e) {
                throw new ParameterResolutionException("Could not start dynalite: " + e.getMessage(), e);
            }
        }, Dynalite.class);
    }
}
