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
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated apps of 1, 100 and 1,000 routes with javac in this JVM, with Goblet's processor and without
 * it, and prints the processor's share of javac's time. The processor's cost is counted two ways: the time inside
 * its {@code init} and {@code process}, and the whole difference between the two builds, which adds compiling the
 * handler it writes. Warm-up builds come first so that javac itself runs compiled, as in a Maven daemon or an IDE.
 *
 * <p>Arguments: the number of measured builds per app and mode (the warm-up builds are as many).
 */
public final class BuildCostDriver {
    static final int[] ROUTES = {1, 100, 1000};

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final String classpath = System.getProperty("java.class.path");

    public static void main(String[] args) throws IOException {
        int repetitions = Integer.parseInt(args[0]);
        BuildCostDriver driver = new BuildCostDriver();
        List<TableRow> rows = new ArrayList<>();
        double perRouteAt100 = 0;
        for (int routes : ROUTES) {
            String source = AppSource.app("bench.app", "Routes" + routes + "Api", "routes-" + routes, routes, false);
            Sample with = new Sample();
            Sample without = new Sample();
            Sample inProcessor = new Sample();
            for (int i = 0; i < 2 * repetitions; i++) {
                boolean measured = i >= repetitions;
                long[] timed = driver.compile(source, "bench.app.Routes" + routes + "Api", true);
                double plain = driver.compile(source, "bench.app.Routes" + routes + "Api", false)[0] / 1e6;
                if (measured) {
                    with.add(timed[0] / 1e6);
                    inProcessor.add(timed[1] / 1e6);
                    without.add(plain);
                }
            }
            double difference = with.median() - without.median();
            System.err.printf(Locale.ROOT, "%4d routes: javac %s with, %s without, %s in the processor%n", routes,
                    with.format(0, "ms"), without.format(0, "ms"), inProcessor.format(0, "ms"));
            rows.add(new TableRow("javac with the processor, " + routes + " route" + (routes == 1 ? "" : "s")
                    + " (" + with.size() + " builds)", with.format(0, "ms"), "without: " + without.format(0, "ms"),
                    TableRow.times(with.median() / without.median()), "—"));
            rows.add(new TableRow("Processor share of javac time, " + routes + " route" + (routes == 1 ? "" : "s"),
                    percent(inProcessor.median() / with.median()) + " in process()",
                    percent(difference / with.median()) + " with − without", "—",
                    routes == 1000 ? "≤ 25%" : "—"));
            if (routes == 100) {
                perRouteAt100 = inProcessor.median() / routes;
            }
            if (routes == 1000) {
                double perRoute = inProcessor.median() / routes;
                rows.add(new TableRow("Processor time per route, 1,000 vs 100 routes",
                        String.format(Locale.ROOT, "%.3f ms", perRoute),
                        String.format(Locale.ROOT, "%.3f ms", perRouteAt100),
                        TableRow.times(perRoute / perRouteAt100), "linear (≈ 1x)"));
            }
        }
        rows.forEach(row -> System.out.println(row.markdown()));
    }

    /** One build in a fresh folder: total nanoseconds, and nanoseconds in the processor (0 without it). */
    long[] compile(String source, String className, boolean withProcessor) throws IOException {
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
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
                    List.of(new SourceText(className, source)));
            TimedProcessor processor = new TimedProcessor(new GobletProcessor());
            if (withProcessor) {
                task.setProcessors(List.of(processor));
            }
            long start = System.nanoTime();
            boolean ok = task.call();
            long total = System.nanoTime() - start;
            if (!ok) {
                throw new IllegalStateException("javac failed on " + className + ":\n" + diagnostics);
            }
            if (withProcessor && !Files.exists(out.resolve("classes/bench/app/" + handlerName(className)
                    + ".class"))) {
                throw new IllegalStateException("The processor wrote no handler for " + className);
            }
            return new long[] {total, processor.nanos()};
        } finally {
            delete(out);
        }
    }

    /** {@code bench.app.Routes100Api} is app {@code routes-100}, whose handler is {@code Routes100Handler}. */
    private static String handlerName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple.substring(0, simple.length() - "Api".length()) + "Handler";
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
