package dev.goblet.benchmarks.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.goblet.benchmarks.build.AppSource;
import dev.goblet.benchmarks.report.Sample;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What SnapStart priming buys where the JVM has no CRaC: the first request's latency in a fresh JVM after the entry
 * point's {@code prime()} against without it. On Lambda with SnapStart, priming runs before the snapshot and the
 * first request after a restore gets this; without SnapStart an app could call {@code prime()} at start-up, paying
 * its time in the (boosted) init phase instead of in the first request.
 *
 * <p>The measured app is the users service's five routes ({@link AppSource} with the users API, delegated to the
 * service's {@code UsersApi} over the in-memory store), compiled here by javac with Goblet's processor and
 * {@code goblet-snapstart} on the classpath, so that its entry point primes itself; the benchmarks' own apps are
 * compiled without it. Each JVM ({@code -Xmx96m -XX:+UseSerialGC}, as the start driver) builds the handler, primes it
 * or not, then times two events by {@code System.nanoTime()} around {@code handleRequest}: the first {@code POST
 * /users}, then a {@code GET /users/{username}}. JVMs alternate between the two ways.
 *
 * <p>Arguments: JVMs per way (default 11). Prints Markdown rows for the table of {@code run.sh}.
 */
public final class PrimingDriver {
    static final String PACKAGE = "dev.goblet.benchmarks.primed";
    static final String APP = "PrimedUsersApi";

    private PrimingDriver() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        String classpath = System.getProperty("java.class.path");
        Path work = Files.createTempDirectory("goblet-priming");
        Path classes = compile(work, classpath);
        List<long[]> plain = new ArrayList<>();
        List<long[]> primed = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            plain.add(launch(classes, classpath, false));
            primed.add(launch(classes, classpath, true));
        }
        String jvms = runs + " JVMs each, in-memory store, -Xmx96m";
        row("First request (POST /users) in a fresh JVM: after prime() vs without", primed, plain, 2, jvms);
        row("Second request (GET /users/{username}): after prime() vs without", primed, plain, 3, jvms);
        compare("Handler built to first answer: prime() + first request vs first request alone",
                sum(primed, 1, 2), column(plain, 2), jvms);
        System.out.printf("| prime() itself, 5 routes and their answers' codecs (%s) | %s | — | — | — |%n", jvms,
                millis(column(primed, 1)).format(1, "ms"));
    }

    /** The users routes with priming: the app's source, the processor's handler, compiled against {@code classpath}. */
    private static Path compile(Path work, String classpath) throws IOException {
        Path sources = work.resolve("src/" + PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        Path source = sources.resolve(APP + ".java");
        Files.writeString(source, AppSource.app(PACKAGE, APP, "primed-users", 5, true), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, System.err, "--release", "17", "-classpath", classpath, "-d",
                classes.toString(), "-Agoblet.outputDirectory=" + work.resolve("goblet"), source.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
        if (!Files.exists(classes.resolve(PACKAGE.replace('.', '/') + "/PrimedUsersHandler.class"))) {
            throw new IllegalStateException("no handler was generated in " + classes);
        }
        return classes;
    }

    /** One fresh JVM: nanoseconds to build the handler, to prime it, to answer the first and the second event. */
    private static long[] launch(Path classes, String classpath, boolean prime) throws IOException,
            InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-cp", classes + File.pathSeparator + classpath,
                Launch.class.getName(), Boolean.toString(prime))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || !line.startsWith("TIMES ")) {
            throw new IllegalStateException("the launcher failed: " + line);
        }
        String[] parts = line.substring(6).split(" ");
        long[] times = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            times[i] = Long.parseLong(parts[i]);
        }
        return times;
    }

    private static void row(String figure, List<long[]> goblet, List<long[]> reference, int index, String jvms) {
        compare(figure, column(goblet, index), column(reference, index), jvms);
    }

    private static void compare(String figure, List<Long> withPriming, List<Long> without, String jvms) {
        Sample primed = millis(withPriming);
        Sample plain = millis(without);
        System.out.printf(Locale.ROOT, "| %s (%s) | %s | %s | %.2fx | — |%n", figure, jvms, primed.format(2, "ms"),
                plain.format(2, "ms"), primed.median() / plain.median());
    }

    private static Sample millis(List<Long> nanos) {
        Sample sample = new Sample();
        nanos.forEach(value -> sample.add(value / 1e6));
        return sample;
    }

    private static List<Long> column(List<long[]> runs, int index) {
        return runs.stream().map(run -> run[index]).toList();
    }

    private static List<Long> sum(List<long[]> runs, int first, int second) {
        return runs.stream().map(run -> run[first] + run[second]).toList();
    }

    /** The child JVM: builds the primed app's handler by reflection (it is compiled after this class), times it. */
    public static final class Launch {
        private Launch() {}

        public static void main(String[] args) throws Exception {
            boolean prime = Boolean.parseBoolean(args[0]);
            long start = System.nanoTime();
            Class<?> usersApi = Class.forName("dev.goblet.example.users.UsersApi");
            Class<?> store = Class.forName("dev.goblet.example.users.UserStore");
            Object users = usersApi.getConstructor(store).newInstance(
                    Class.forName("dev.goblet.benchmarks.users.InMemoryUserStore").getConstructor().newInstance());
            Class<?> appClass = Class.forName(PACKAGE + "." + APP);
            Object app = appClass.getConstructor(usersApi).newInstance(users);
            Class<?> handlerClass = Class.forName(PACKAGE + ".PrimedUsersHandler");
            RequestStreamHandler handler = (RequestStreamHandler) handlerClass.getConstructor(appClass)
                    .newInstance(app);
            long built = System.nanoTime();
            if (prime) {
                handlerClass.getMethod("prime").invoke(handler);
            }
            long primed = System.nanoTime();
            String first = answer(handler, ProxyEvents.createUser("ada"));
            long answered = System.nanoTime();
            String second = answer(handler, ProxyEvents.rest("GET", "/users/{username}", "/users/ada", Map.of(),
                    null));
            long again = System.nanoTime();
            if (!first.contains("\"statusCode\":201") || !second.contains("\"statusCode\":200")) {
                throw new IllegalStateException("unexpected answers: " + first + " / " + second);
            }
            System.out.println("TIMES " + (built - start) + " " + (primed - built) + " " + (answered - primed) + " "
                    + (again - answered));
        }

        private static String answer(RequestStreamHandler handler, String event) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                    (Context) null);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
