package dev.goblet.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool of goblet-local again in a child JVM whose environment holds the app's variables: a JVM cannot change
 * its own, and the app reads them with {@code System.getenv} as it does in Lambda. The child gets this JVM's class
 * path and the same arguments, and is stopped with this one: by a shutdown hook when this JVM is told to stop, and
 * by the child itself ({@link #exitWithParent()}) when this one is killed outright.
 */
final class ForkedJvm {
    /** Set in the child, so that it never starts another. */
    static final String MARKER = "GOBLET_LOCAL_FORKED";
    /** The process whose end ends the child: set by whoever starts a goblet-local JVM (this class, the plugin). */
    static final String PARENT_PID = "GOBLET_PARENT_PID";

    private ForkedJvm() {}

    /** Starts {@code main} in a child with {@code environment} added, waits for it, and returns its exit code. */
    static int run(Class<?> main, String handlerClass, Map<String, String> environment, List<String> arguments)
            throws IOException, InterruptedException {
        if (System.getenv(MARKER) != null) {
            throw new IllegalStateException("The forked JVM still lacks its environment variables");
        }
        String resource = handlerClass.replace('.', '/') + ".class";
        if (ClassLoader.getSystemClassLoader().getResource(resource) == null) {
            System.err.println("The app's environment variables need a JVM of their own, and " + handlerClass
                    + " is not on this JVM's class path: start it with the Maven plugin (goblet:local,"
                    + " goblet:invoke) or exec:exec, as the docs show, or set the variables before starting.");
            return 2;
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The one system property of the server's that a child must keep: it was given to this JVM's command line.
        String requestSeconds = System.getProperty(LocalServer.REQUEST_SECONDS_PROPERTY);
        if (requestSeconds != null) {
            command.add("-D" + LocalServer.REQUEST_SECONDS_PROPERTY + "=" + requestSeconds);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        builder.environment().put(MARKER, "1");
        builder.environment().put(PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "goblet-local-stop-child"));
        return child.waitFor();
    }

    /**
     * Ends this JVM when the process named by {@value #PARENT_PID} ends, however it ends: a parent killed with
     * SIGKILL runs no shutdown hook, and its child would go on serving the port.
     */
    static void exitWithParent() {
        String pid = System.getenv(PARENT_PID);
        if (pid == null || pid.isBlank()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(143)),
                () -> System.exit(143));
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
