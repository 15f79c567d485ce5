package dev.goblet.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link Dynalite} parameter, in a test method, a {@code @BeforeEach} method or a constructor: one
 * server for the whole test run, started before the first class that uses it and stopped, by its process handle,
 * when the run ends (JUnit closes what the root store holds). Tests keep apart with tables of their own, which
 * {@link Dynalite#createTables(Class)} makes for the app:
 *
 * <pre>{@code
 * @ExtendWith(DynaliteExtension.class)
 * class UsersApiTest {
 *     @BeforeEach
 *     void freshTables(Dynalite dynalite) {
 *         Map<String, String> environment = dynalite.createTables(WebApiHandler.class);
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Without dynalite installed (see {@link Dynalite}), the class's tests are skipped with a message that says how to
 * install it, or fail where the environment variable {@code CI} is {@code true}: a CI build must not pass by testing
 * nothing.
 */
public final class DynaliteExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Dynalite.class);

    /** Checks that dynalite is there before any test of the class runs, so that a missing one skips (or fails) it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        requireInstalled(Dynalite.find(), System.getenv("CI"));
        dynalite(context);
    }

    /** Skips when {@code cli} is empty, or fails when {@code ci} is {@code true}. */
    static void requireInstalled(Optional<Path> cli, String ci) {
        InstalledTools.require(cli, Dynalite.notFound(), "dynalite", ci);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Dynalite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return dynalite(context);
    }

    private static Dynalite dynalite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("dynalite", key -> {
            try {
                return Dynalite.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ParameterResolutionException("Interrupted while starting dynalite", e);
            } catch (Exception e) {
                throw new ParameterResolutionException("Could not start dynalite: " + e.getMessage(), e);
            }
        }, Dynalite.class);
    }
}
