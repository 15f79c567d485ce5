package dev.goblet.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link MotoServer} parameter, in a test method, a {@code @BeforeEach} method or a constructor: one
 * server for the whole test run, started before the first class that uses it and stopped, by its process handle,
 * when the run ends. moto keeps what every test made, so tests keep apart with queues, topics and buckets of their
 * own names:
 *
 * <pre>{@code
 * @ExtendWith(MotoExtension.class)
 * class WelcomeMailsTest {
 *     @BeforeEach
 *     void freshQueue(MotoServer moto) {
 *         SqsClient sqs = SqsClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1).build();
 *         String queue = sqs.createQueue(b -> b.queueName("welcome-mails-" + UUID.randomUUID())).queueUrl();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Without moto installed (see {@link MotoServer}), the class's tests are skipped with a message that says how to
 * install it, or fail where the environment variable {@code CI} is {@code true}.
 */
public final class MotoExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MotoServer.class);

    /** Checks that moto is there before any test of the class runs, so that a missing one skips (or fails) it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        requireInstalled(MotoServer.find(), System.getenv("CI"));
        moto(context);
    }

    /** Skips when {@code command} is empty, or fails when {@code ci} is {@code true}. */
    static void requireInstalled(Optional<Path> command, String ci) {
        InstalledTools.require(command, MotoServer.notFound(), "moto_server", ci);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return moto(context);
    }

    private static MotoServer moto(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("moto", key -> {
            try {
                return MotoServer.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ParameterResolutionException("Interrupted while starting moto_server", e);
            } catch (Exception e) {
                throw new ParameterResolutionException("Could not start moto_server: " + e.getMessage(), e);
            }
        }, MotoServer.class);
    }
}
