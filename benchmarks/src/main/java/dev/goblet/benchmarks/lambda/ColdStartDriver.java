package dev.goblet.benchmarks.lambda;

import dev.goblet.benchmarks.report.Sample;
import dev.goblet.benchmarks.report.TableRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Starts each handler's deployable zip in fresh JVMs, the way Lambda does, and prints the table rows of start to
 * first answer, warm time per event, peak memory and artifact size, the Goblet app against the hand-written
 * baseline. Runs alternate between the two handlers so that a change in the machine's load hits both alike.
 *
 * <p>Arguments: the benchmarks module's {@code target} folder, the number of JVMs per handler and setting, and
 * optionally the Spring Boot peer's {@code target} folder (the {@code spring-peer} profile builds it).
 */
public final class ColdStartDriver {
    /** Heap of a 128 MB function: what is left after the JVM's own memory. Serial GC is what the JVM picks there. */
    static final List<String> LAMBDA_128 = List.of("-Xmx96m", "-XX:+UseSerialGC");
    static final int STREAM_USERS = 100;
    static final int WARM_UP_EVENTS = 60_000;
    static final int MEASURED_EVENTS = 60_000;

    private final Path work;
    private final Path launcher;
    private final Path firstEvent;
    private final Path stream;

    private ColdStartDriver(Path work) throws IOException {
        this.work = work;
        this.launcher = copyLauncher(work.resolve("launcher"));
        this.firstEvent = Files.writeString(work.resolve("first-event.json"), ProxyEvents.createUser("jdoe"));
        this.stream = Files.write(work.resolve("stream.tsv"), ProxyEvents.userStream(STREAM_USERS));
    }

    public static void main(String[] args) throws Exception {
        Path target = Paths.get(args[0]);
        int runs = Integer.parseInt(args[1]);
        ColdStartDriver driver = new ColdStartDriver(Files.createTempDirectory("goblet-coldstart"));
        Deployable goblet = driver.unpack("Goblet", zip(target, "goblet-users"),
                "dev.goblet.benchmarks.goblet.WebApiHandler");
        Deployable baseline = driver.unpack("baseline", zip(target, "baseline-users"),
                "dev.goblet.benchmarks.baseline.UsersStreamHandler");
        List<Deployable> all = new ArrayList<>(List.of(goblet, baseline));
        Deployable spring = null;
        if (args.length > 2) {
            spring = driver.unpack("Spring", zip(Paths.get(args[2]), "spring-users"),
                    "dev.goblet.benchmarks.spring.StreamLambdaHandler");
            all.add(spring);
        }
        List<TableRow> rows = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            Map<Deployable, Runs> results = new LinkedHashMap<>();
            all.forEach(deployable -> results.put(deployable, new Runs()));
            for (int run = 0; run < runs; run++) {
                List<Deployable> order = new ArrayList<>(all);
                java.util.Collections.rotate(order, run);
                for (Deployable deployable : order) {
                    results.get(deployable).add(driver.launch(deployable, setting.options));
                }
            }
            rows.addAll(results.get(goblet).rows(results.get(baseline), setting.label));
            if (spring != null) {
                rows.addAll(results.get(goblet).peerRows(results.get(spring), setting.label));
            }
        }
        rows.addAll(artifactRows(target, goblet, baseline, driver));
        if (spring != null) {
            rows.add(new TableRow("Deployable zip, Spring Boot 3 peer", kb(Files.size(goblet.zip())),
                    kb(Files.size(spring.zip())) + ", " + jarCount(spring.zip()) + " jars",
                    TableRow.times((double) Files.size(goblet.zip()) / Files.size(spring.zip())), "—"));
        }
        rows.forEach(row -> System.out.println(row.markdown()));
        driver.deleteWork();
    }

    private void deleteWork() throws IOException {
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The JVM settings each handler is started with. */
    enum Setting {
        DEFAULT("-Xmx96m", LAMBDA_128),
        C1_ONLY("-Xmx96m -XX:TieredStopAtLevel=1",
                Stream.concat(LAMBDA_128.stream(), Stream.of("-XX:TieredStopAtLevel=1")).toList());

        final String label;
        final List<String> options;

        Setting(String label, List<String> options) {
            this.label = label;
            this.options = options;
        }
    }

    /** A handler's zip unpacked as Lambda unpacks it into {@code /var/task}. */
    record Deployable(String name, Path zip, Path directory, String handler) {}

    /** What one fresh JVM reported. */
    record Launch(double firstAnswerMs, double warmNsPerEvent, double peakKbAfterFirst, double peakKbAtExit) {}

    /** The launches of one handler with one setting. */
    static final class Runs {
        final Sample firstAnswer = new Sample();
        final Sample warm = new Sample();
        final Sample peakAfterFirst = new Sample();
        final Sample peakAtExit = new Sample();

        void add(Launch launch) {
            firstAnswer.add(launch.firstAnswerMs());
            warm.add(launch.warmNsPerEvent());
            peakAfterFirst.add(launch.peakKbAfterFirst() / 1024);
            peakAtExit.add(launch.peakKbAtExit() / 1024);
        }

        /** Goblet against the Spring Boot peer: the ratio is Goblet's over Spring's, so 0.20x is 5x faster. */
        List<TableRow> peerRows(Runs spring, String setting) {
            String jvms = " (" + firstAnswer.size() + " JVMs, " + setting + ")";
            return List.of(
                    TableRow.ratio("Spring Boot 3 peer: JVM start to first response" + jvms, firstAnswer,
                            spring.firstAnswer, 0, "ms", "≤ 0.20x (5x faster)"),
                    TableRow.ratio("Spring Boot 3 peer: warm time per event" + jvms, warm, spring.warm, 0, "ns", "—"),
                    TableRow.ratio("Spring Boot 3 peer: peak RSS at exit" + jvms, peakAtExit, spring.peakAtExit, 1,
                            "MB", "—"));
        }

        List<TableRow> rows(Runs baseline, String setting) {
            String jvms = " (" + firstAnswer.size() + " JVMs, " + setting + ")";
            return List.of(
                    TableRow.ratio("JVM start to first response" + jvms, firstAnswer, baseline.firstAnswer, 0, "ms",
                            "≤ 1.15x"),
                    TableRow.ratio("Warm time per event, mixed create/get/put/list/delete" + jvms, warm, baseline.warm,
                            0, "ns", "≤ 1.25x"),
                    TableRow.ratio("Peak RSS after the first response" + jvms, peakAfterFirst,
                            baseline.peakAfterFirst, 1, "MB", "≤ 1.10x"),
                    TableRow.ratio("Peak RSS at exit, after " + (WARM_UP_EVENTS + MEASURED_EVENTS) + " events" + jvms,
                            peakAtExit, baseline.peakAtExit, 1, "MB", "≤ 1.10x"));
        }
    }

    private Deployable unpack(String name, Path zip, String handler) throws IOException {
        Path directory = work.resolve(name);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path out = directory.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                }
            }
        }
        return new Deployable(name, zip, directory, handler);
    }

    /** Starts a JVM on the deployable, timed from just before the process is spawned to its first answer's line. */
    Launch launch(Deployable deployable, List<String> options) throws IOException, InterruptedException {
        List<String> command = command(deployable, options);
        command.addAll(List.of(deployable.handler(), firstEvent.toString(), stream.toString(),
                String.valueOf(WARM_UP_EVENTS), String.valueOf(MEASURED_EVENTS)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve("stderr.log").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        long start = System.nanoTime();
        Process process = builder.start();
        double firstMs = -1;
        double warm = -1;
        double[] rss = {-1, -1};
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("FIRST ")) {
                    firstMs = (System.nanoTime() - start) / 1e6;
                    if (!line.contains("\"statusCode\":201")) {
                        throw new IllegalStateException(deployable.name() + " answered the first event with " + line);
                    }
                } else if (line.startsWith("WARM ")) {
                    warm = Double.parseDouble(line.substring(5));
                } else if (line.startsWith("RSS ")) {
                    String[] kb = line.substring(4).split(" ");
                    rss = new double[] {Double.parseDouble(kb[0]), Double.parseDouble(kb[1])};
                }
            }
        }
        if (process.waitFor() != 0 || warm < 0 || rss[1] < 0) {
            throw new IllegalStateException(deployable.name() + " failed; see " + work.resolve("stderr.log") + ":\n"
                    + Files.readString(work.resolve("stderr.log")));
        }
        System.err.printf(Locale.ROOT, "%-8s %-40s first %6.0f ms, warm %6.0f ns, peak %5.1f / %5.1f MB%n",
                deployable.name(), String.join(" ", options), firstMs, warm, rss[0] / 1024, rss[1] / 1024);
        return new Launch(firstMs, warm, rss[0], rss[1]);
    }

    private List<String> command(Deployable deployable, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(deployable.directory() + ":" + deployable.directory().resolve("lib") + "/*:" + launcher);
        command.add(LambdaLauncher.class.getName());
        return command;
    }

    /** Sizes, contents, and whether every jar in each zip is used: the classes each JVM loads, jar by jar. */
    private static List<TableRow> artifactRows(Path target, Deployable goblet, Deployable baseline,
            ColdStartDriver driver) throws IOException, InterruptedException {
        Path frameworkJar = frameworkJar(target);
        long frameworkBytes = Files.size(frameworkJar);
        Map<String, Integer> gobletClasses = driver.classesBySource(goblet);
        Map<String, Integer> baselineClasses = driver.classesBySource(baseline);
        return List.of(
                new TableRow("goblet-framework jar", kb(frameworkBytes), "100 KB",
                        TableRow.times(frameworkBytes / 102400.0), "≤ 100 KB"),
                new TableRow("Deployable zip", kb(Files.size(goblet.zip())), kb(Files.size(baseline.zip())),
                        TableRow.times((double) Files.size(goblet.zip()) / Files.size(baseline.zip())), "—"),
                new TableRow("Zip contents", contents(goblet.zip()), contents(baseline.zip()), "—", "only what runs"),
                new TableRow("Classes loaded over the first response and one stream pass, by source", describe(gobletClasses),
                        describe(baselineClasses), "—", "no unused jar"));
    }

    /** Runs the first event once with class loading logged, and counts the classes each entry of the zip gave. */
    private Map<String, Integer> classesBySource(Deployable deployable) throws IOException, InterruptedException {
        Path log = work.resolve(deployable.name() + "-classes.log");
        List<String> options = new ArrayList<>(LAMBDA_128);
        options.add("-Xlog:class+load=info:file=" + log);
        List<String> command = command(deployable, options);
        command.addAll(List.of(deployable.handler(), firstEvent.toString(), stream.toString(), "0", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("classes.out").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(deployable.name() + " failed to run with class logging");
        }
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> jars = Files.list(deployable.directory().resolve("lib"))) {
            jars.forEach(jar -> counts.put(jar.getFileName().toString(), 0));
        }
        counts.put("classes", 0);
        String root = "file:" + deployable.directory() + "/";
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("source: " + root);
            if (at < 0) {
                continue;
            }
            String source = line.substring(at + 8 + root.length());
            String key = source.startsWith("lib/") ? source.substring(4) : "classes";
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().replace(".jar", "") + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String contents(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            long classes = file.stream().filter(e -> e.getName().endsWith(".class")).count();
            String jars = file.stream().filter(e -> e.getName().startsWith("lib/") && !e.isDirectory())
                    .map(e -> e.getName().substring(4) + " " + kb(e.getSize())).sorted()
                    .collect(Collectors.joining(", "));
            return classes + " app classes; lib/: " + jars;
        }
    }

    private static long jarCount(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().filter(e -> e.getName().endsWith(".jar")).count();
        }
    }

    private static Path zip(Path target, String id) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-" + id + ".zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No *-" + id + ".zip in " + target
                            + ": build with mvn -pl benchmarks -am package first"));
        }
    }

    private static Path frameworkJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target.resolve("../../framework/target").normalize())) {
            return files.filter(f -> f.getFileName().toString().matches("goblet-framework-.*(?<!sources)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No goblet-framework jar"));
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** Copies the launcher's classes alone, so that nothing else of this module is on the measured classpath. */
    private static Path copyLauncher(Path directory) throws IOException {
        String name = LambdaLauncher.class.getName().replace('.', '/');
        Path classes = Paths.get(java.net.URI.create(LambdaLauncher.class.getProtectionDomain().getCodeSource()
                .getLocation().toString()));
        Path out = directory.resolve(name).getParent();
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(classes.resolve(name).getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("LambdaLauncher")).toList()) {
                Files.copy(file, out.resolve(file.getFileName()));
            }
        }
        return directory;
    }
}
