package dev.goblet.local;

import dev.goblet.function.GobletFunction;
import dev.goblet.testing.InvocationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs one function of an app once, on this machine, as Lambda would: the event from a file or standard input goes
 * to the generated entry point's {@code handleRequest}; the answer goes to standard output, the function's log to
 * standard error. It is Chalice's {@code chalice invoke}, without a deployment; {@code goblet:invoke} runs it.
 */
public final class LocalInvoke {
    static final String USAGE = String.join("\n",
            "Usage: java dev.goblet.local.LocalInvoke --handler <class> [options]",
            "  --handler <class>     the function's generated entry point, e.g. com.example.WebApiHandler",
            "  --event <file|->      the event, as JSON; '-' (the default) reads standard input",
            "  --stage <name>        the stage whose environment variables the function gets; default api",
            "  --env <NAME=VALUE>    an environment variable for the function; repeat for several");

    private LocalInvoke() {}

    /** What the command line asks for. */
    record Invocation(String handlerClass, String event, String stage, Map<String, String> overrides) {
        static Invocation parse(List<String> args) {
            Map<String, String> given = new LinkedHashMap<>();
            Map<String, String> overrides = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i += 2) {
                String name = args.get(i);
                if (!name.startsWith("--") || i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name.startsWith("--")
                            ? "Option " + name + " needs a value" : "Unexpected argument '" + name + "'");
                }
                String value = args.get(i + 1);
                if (name.equals("--env")) {
                    int equals = value.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--env takes NAME=VALUE, not '" + value + "'");
                    }
                    overrides.put(value.substring(0, equals), value.substring(equals + 1));
                } else if (List.of("--handler", "--event", "--stage").contains(name)) {
                    given.put(name.substring(2), value);
                } else {
                    throw new IllegalArgumentException("Unknown option " + name);
                }
            }
            String handler = given.get("handler");
            if (handler == null || handler.isBlank()) {
                throw new IllegalArgumentException("Name the function's entry point with --handler <class>");
            }
            return new Invocation(handler, given.getOrDefault("event", "-"), given.getOrDefault("stage", "api"),
                    overrides);
        }

        /** The function's variables: the stage's, then this process's, then {@code --env}, later ones winning. */
        Map<String, String> environment(StageConfig stages, Map<String, String> current) {
            Map<String, String> environment = new LinkedHashMap<>(stages.environment(stage));
            environment.keySet().removeAll(current.keySet());
            environment.putAll(overrides);
            return environment;
        }
    }

    public static void main(String[] args) throws Exception {
        ForkedJvm.exitWithParent();
        List<String> arguments = List.of(args);
        if (arguments.contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Invocation invocation;
        try {
            invocation = Invocation.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Map<String, String> environment = invocation.environment(
                ConfiguredStages.load(loader, invocation.handlerClass()), System.getenv());
        boolean missing = environment.entrySet().stream()
                .anyMatch(entry -> !entry.getValue().equals(System.getenv(entry.getKey())));
        if (missing) {
            System.exit(ForkedJvm.run(LocalInvoke.class, invocation.handlerClass(), environment, arguments));
            return;
        }
        System.exit(invoke(invocation, loader, System.in, System.out, System.err));
    }

    /** Runs the function once; returns the exit code: 0 when it answered, 2 when it could not be started. */
    static int invoke(Invocation invocation, ClassLoader loader, InputStream stdin, PrintStream out, PrintStream err)
            throws IOException {
        byte[] event;
        try {
            event = invocation.event().equals("-") ? stdin.readAllBytes()
                    : Files.readAllBytes(Path.of(invocation.event()));
        } catch (NoSuchFileException e) {
            err.println("No event file " + invocation.event() + ": give a JSON file, or '-' for standard input");
            return 2;
        }
        GobletFunction function;
        try {
            function = EntryPoints.load(invocation.handlerClass(), loader, GobletFunction.class);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        function.handleRequest(new java.io.ByteArrayInputStream(event), answer,
                InvocationContext.of(UUID.randomUUID().toString(), function.functionName(), err));
        out.println(answer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
