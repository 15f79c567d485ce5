package dev.goblet.benchmarks.build;

import dev.goblet.benchmarks.report.Sample;
import dev.goblet.benchmarks.report.TableRow;
import dev.goblet.processor.GobletProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated apps of 1, 100 and 1,000 routes with javac in this JVM, with Goblet's processor and without
 * it, and prints the processor's share of javac's time. The processor's cost is counted two ways: the time inside
 * its {@code init} and {@code process}, and the whole difference between the two builds, which adds compiling the
 * handler it writes; a third build compiles that handler as a plain source, to split the two, and a fourth runs a
 * processor that does nothing, the cost of annotation processing itself. Warm-up builds come first so that javac
 * itself runs compiled, as in a Maven daemon or an IDE.
 *
 * <p>Arguments: the number of measured builds per app and mode (the warm-up builds are as many).
 */
public final class BuildCostDriver {
    /** The app sizes; {@code -Dbenchmarks.routes=250,500,1000,2000} chooses others (at least three, ascending). */
    static final int[] ROUTES = java.util.Arrays.stream(System.getProperty("benchmarks.routes", "1,100,1000")
            .split(",")).mapToInt(Integer::parseInt).toArray();

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final String classpath = System.getProperty("java.class.path");

    public static void main(String[] args) throws IOException {
        int repetitions = Integer.parseInt(args[0]);
        BuildCostDriver driver = new BuildCostDriver();
        List<TableRow> rows = new ArrayList<>();
        double[] processorMedian = new double[ROUTES.length];
        for (int size = 0; size < ROUTES.length; size++) {
            int routes = ROUTES[size];
            String className = "bench.app.Routes" + routes + "Api";
            SourceText app = new SourceText(className, AppSource.app("bench.app", "Routes" + routes + "Api",
                    "routes-" + routes, routes, false));
            Sample with = new Sample();
            Sample without = new Sample();
            Sample handlerAsSource = new Sample();
            Sample idle = new Sample();
            Sample inProcessor = new Sample();
            for (int i = 0; i < 2 * repetitions; i++) {
                Build processed = driver.compile(List.of(app), className, true);
                Build plain = driver.compile(List.of(app), className, false);
                Build idling = driver.compile(List.of(app), className, new IdleProcessor());
                List<SourceText> asSources = new ArrayList<>(List.of(app));
                asSources.addAll(processed.generated());
                Build written = driver.compile(asSources, className, false);
                if (i >= repetitions) {
                    with.add(processed.millis());
                    inProcessor.add(processed.processorMillis());
                    without.add(plain.millis());
                    handlerAsSource.add(written.millis());
                    idle.add(idling.millis());
                }
            }
            processorMedian[size] = inProcessor.median();
            System.err.printf(Locale.ROOT, "%4d routes: javac %s with the processor, %s without, %s with its handler"
                    + " as a plain source, %s with an idle processor; %s in the processor%n", routes,
                    with.format(0, "ms"), without.format(0, "ms"), handlerAsSource.format(0, "ms"),
                    idle.format(0, "ms"), inProcessor.format(0, "ms"));
            String app1 = routes + " route" + (routes == 1 ? "" : "s");
            rows.add(new TableRow("javac, app of " + app1 + " (" + with.size() + " builds): with the processor vs"
                    + " without", with.format(0, "ms"), without.format(0, "ms"),
                    TableRow.times(with.median() / without.median()), "—"));
            rows.add(new TableRow("Processor share of javac time, " + app1 + ": in process() / compiling the"
                    + " handler it writes / rest of the extra round", percent(inProcessor.median() / with.median())
                    + " / " + percent((handlerAsSource.median() - without.median()) / with.median()) + " / "
                    + percent((with.median() - handlerAsSource.median() - inProcessor.median()) / with.median()),
                    "javac with the handler as a plain source: " + handlerAsSource.format(0, "ms")
                    + "; with a processor that does nothing: " + idle.format(0, "ms"), "—",
                    routes == 1000 ? "≤ 25% (process())" : "—"));
        }
        // Linear growth: each route added at the largest size costs the processor no more than one added earlier.
        int last = ROUTES.length - 1;
        double early = (processorMedian[1] - processorMedian[0]) / (ROUTES[1] - ROUTES[0]);
        double late = (processorMedian[last] - processorMedian[last - 1]) / (ROUTES[last] - ROUTES[last - 1]);
        rows.add(new TableRow(String.format(Locale.ROOT, "Processor time per added route: from %,d to %,d routes"
                + " vs from %,d to %,d", ROUTES[last - 1], ROUTES[last], ROUTES[0], ROUTES[1]),
                String.format(Locale.ROOT, "%.3f ms", late), String.format(Locale.ROOT, "%.3f ms", early),
                TableRow.times(late / early), "linear (≈ 1x or less)"));
        rows.forEach(row -> System.out.println(row.markdown()));
    }

    /** One build: its time, the time inside the processor, and the sources it wrote (handler, JSON codecs). */
    record Build(long nanos, long processorNanos, List<SourceText> generated) {
        double millis() {
            return nanos / 1e6;
        }

        double processorMillis() {
            return processorNanos / 1e6;
        }
    }

    /** One build of {@code sources} in a fresh folder, timed around javac's whole task. */
    Build compile(List<SourceText> sources, String className, boolean withProcessor) throws IOException {
        return compile(sources, className, withProcessor ? new GobletProcessor() : null);
    }

    /** As above, with {@code processor} as the only processor, or none when it is null. */
    Build compile(List<SourceText> sources, String className, Processor chosen) throws IOException {
        boolean withProcessor = chosen != null;
        Path out = Files.createTempDirectory("goblet-build");
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("--release", "17", "-classpath", classpath, "-d",
                    out.resolve("classes").toString(), "-s", out.resolve("generated").toString(), "-parameters",
                    "-implicit:none"));
            if (!withProcessor) {
                options.add("-proc:none");
            }
            Files.createDirectories(out.resolve("classes"));
            Files.createDirectories(out.resolve("generated"));
            StringWriter diagnostics = new StringWriter();
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, sources);
            TimedProcessor processor = new TimedProcessor(withProcessor ? chosen : new IdleProcessor());
            if (withProcessor) {
                task.setProcessors(List.of(processor));
            }
            long start = System.nanoTime();
            boolean ok = task.call();
            long total = System.nanoTime() - start;
            if (!ok) {
                throw new IllegalStateException("javac failed on " + className + ":\n" + diagnostics);
            }
            List<SourceText> generated = new ArrayList<>();
            if (chosen instanceof GobletProcessor) {
                Path source = out.resolve("generated/" + handlerName(className).replace('.', '/') + ".java");
                if (!Files.exists(source)) {
                    throw new IllegalStateException("The processor wrote no handler for " + className);
                }
                Path root = out.resolve("generated");
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                        generated.add(new SourceText(name, Files.readString(file)));
                    }
                }
            }
            return new Build(total, processor.nanos(), generated);
        } finally {
            delete(out);
        }
    }

    /** {@code bench.app.Routes100Api} is app {@code routes-100}; its handler is {@code bench.app.Routes100Handler}. */
    private static String handlerName(String className) {
        return className.substring(0, className.length() - "Api".length()) + "Handler";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A source file held in memory. */
    private static final class SourceText extends SimpleJavaFileObject {
        private final String text;

        SourceText(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                    JavaFileObject.Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
