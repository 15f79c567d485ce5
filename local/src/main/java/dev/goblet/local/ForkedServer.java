package dev.goblet.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the local server in a child JVM whose environment holds the app's variables: a JVM cannot change its own,
 * and the app reads them with {@code System.getenv} as it does in Lambda. The child gets this JVM's class path and
 * the same arguments, and is stopped with this one.
 */
final class ForkedServer {
    /** Set in the child, so that it never starts another. */
    static final String MARKER = "GOBLET_LOCAL_FORKED";

    private ForkedServer() {}

    /** Starts the child, waits for it, and returns its exit code. */
    static int run(LaunchArguments launch, List<String> arguments) throws IOException, InterruptedException {
        if (System.getenv(MARKER) != null) {
            throw new IllegalStateException("The forked server still lacks its environment variables");
        }
        String resource = launch.handlerClass().replace('.', '/') + ".class";
        if (ClassLoader.getSystemClassLoader().getResource(resource) == null) {
            System.err.println("The app's environment variables need the server in a JVM of its own, and "
                    + launch.handlerClass() + " is not on this JVM's class path: start the server with"
                    + " exec:exec, as the Local development page shows, or set the variables before starting.");
            return 2;
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LocalServer.class.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(launch.options().environment());
        builder.environment().put(MARKER, "1");
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "goblet-local-stop-child"));
        return child.waitFor();
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(5, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
