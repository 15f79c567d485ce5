package dev.goblet.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code goblet:invoke}: compiles the module, then runs one of its functions once with an event, as Lambda would,
 * and prints the answer. Chalice's {@code chalice invoke -n <name>}, without a deployment.
 */
@Mojo(name = "invoke", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class InvokeMojo extends ForkedGoal {
    static final String INVOKE = "dev.goblet.local.LocalInvoke";

    /** The function: its config key (as in {@code lambda_functions}, {@code api_handler} for the routes) or its
     * logical id. Optional when the module has one function. */
    @Parameter(property = "goblet.function")
    String function;

    /** The event, a JSON file; {@code -} reads standard input. */
    @Parameter(property = "goblet.event", defaultValue = "-")
    String event;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // -Dfunction= and -Devent= are the short forms, as in `mvn goblet:invoke -Dfunction=... -Devent=...`.
        String shortFunction = session.getUserProperties().getProperty("function");
        String shortEvent = session.getUserProperties().getProperty("event");
        if ((function == null || function.isBlank()) && shortFunction != null) {
            function = shortFunction;
        }
        if (event.equals("-") && shortEvent != null && !shortEvent.isBlank()) {
            event = shortEvent;
        }
        FunctionIndex.Function chosen = chosen(functions());
        List<String> arguments = new ArrayList<>(List.of("--handler", chosen.handler(), "--event", eventPath()));
        arguments.addAll(appArguments());
        getLog().info("Invoking " + chosen.label());
        int exit = fork(INVOKE, arguments);
        if (exit != 0) {
            throw new MojoFailureException("The function could not be invoked (exit code " + exit + "): see above");
        }
    }

    private FunctionIndex.Function chosen(FunctionIndex index) throws MojoFailureException {
        String names = index.all().stream().map(FunctionIndex.Function::label).collect(Collectors.joining(", "));
        if (function == null || function.isBlank()) {
            if (index.all().size() == 1) {
                return index.all().get(0);
            }
            throw new MojoFailureException("Name the function to invoke with -Dgoblet.function=<name>, one of "
                    + names);
        }
        return index.named(function).orElseThrow(() -> new MojoFailureException("No function '" + function
                + "' in the module: name one of " + names));
    }

    /** A relative event path is the user's, from the folder Maven was started in, as the shell would read it. */
    private String eventPath() {
        if (event.equals("-")) {
            return event;
        }
        java.nio.file.Path path = java.nio.file.Path.of(event);
        return path.isAbsolute() ? event : path.toAbsolutePath().toString();
    }
}
