package dev.goblet.benchmarks.lambda;

import dev.goblet.benchmarks.report.Sample;
import dev.goblet.benchmarks.report.TableRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Starts each handler's deployable zip in fresh JVMs, the way Lambda does, and prints the table rows of start to
 * first answer, warm time per event, peak memory and artifact size: the users service on Goblet against the
 * hand-written baseline, both over an in-memory store, then both on DynamoDB (dynalite) end to end, and the
 * Spring Boot peer when it is built. Runs rotate between the handlers so that a change in the machine's load hits
 * all alike.
 *
 * <p>Arguments: the benchmarks module's {@code target} folder and the number of JVMs per handler and setting,
 * then optionally {@code --dynalite <node_modules/dynalite/cli.js>} and {@code --spring <spring-peer target>}.
 */
public final class ColdStartDriver {
    /** Heap of a 128 MB function: what is left after the JVM's own memory. Serial GC is what the JVM picks there. */
    static final List<String> LAMBDA_128 = List.of("-Xmx96m", "-XX:+UseSerialGC");
    static final int MEMORY_USERS = 100;
    static final int MEMORY_EVENTS = 60_000;
    static final int DYNALITE_USERS = 10;
    static final int DYNALITE_EVENTS = 400;
    static final int MAIL_BATCHES = 40;
    static final int MAIL_EVENTS = 20_000;

    private final Path work;
    private final Path launcher;
    private final Path memoryStream;
    private final Path dynaliteStream;
    private final Path mailStream;
    private int launches;

    private ColdStartDriver(Path work) throws IOException {
        this.work = work;
        this.launcher = copyLauncher(work.resolve("launcher"));
        this.memoryStream = Files.write(work.resolve("memory-stream.tsv"), ProxyEvents.userStream(MEMORY_USERS));
        this.dynaliteStream = Files.write(work.resolve("dynalite-stream.tsv"),
                ProxyEvents.userStream(DYNALITE_USERS));
        this.mailStream = Files.write(work.resolve("mail-stream.tsv"), ProxyEvents.mailStream(MAIL_BATCHES));
    }

    public static void main(String[] args) throws Exception {
        Path target = Paths.get(args[0]);
        int runs = Integer.parseInt(args[1]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        ColdStartDriver driver = new ColdStartDriver(Files.createTempDirectory("goblet-coldstart"));
        try {
            driver.run(target, runs, options).forEach(row -> System.out.println(row.markdown()));
        } finally {
            driver.deleteWork();
        }
    }

    private List<TableRow> run(Path target, int runs, Map<String, String> options) throws Exception {
        Deployable goblet = unpack("Goblet", zip(target, "goblet-memory"),
                "dev.goblet.benchmarks.goblet.InMemoryWebApiHandler", memoryStream, MEMORY_EVENTS, Map.of());
        Deployable baseline = unpack("baseline", zip(target, "baseline-memory"),
                "dev.goblet.benchmarks.baseline.InMemoryUsersStreamHandler", memoryStream, MEMORY_EVENTS, Map.of());
        Deployable spring = null;
        if (options.containsKey("--spring")) {
            spring = unpack("Spring", zip(Paths.get(options.get("--spring")), "spring-users"),
                    "dev.goblet.benchmarks.spring.StreamLambdaHandler", memoryStream, MEMORY_EVENTS, Map.of());
        }
        List<TableRow> rows = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            List<Deployable> all = new ArrayList<>(List.of(goblet, baseline));
            if (spring != null) {
                all.add(spring);
            }
            Map<Deployable, Runs> results = launchAll(all, setting, runs);
            rows.addAll(results.get(goblet).rows(results.get(baseline), "in-memory store, " + setting.label,
                    MEMORY_EVENTS));
            if (spring != null) {
                rows.addAll(results.get(goblet).peerRows(results.get(spring), setting.label));
            }
        }
        rows.addAll(artifactRows(target, goblet, baseline, "in-memory store"));
        rows.addAll(eventFunction(target, runs));
        if (options.containsKey("--dynalite")) {
            rows.addAll(endToEnd(target, runs, Paths.get(options.get("--dynalite"))));
        }
        if (spring != null) {
            rows.add(new TableRow("Deployable zip, Spring Boot 3 peer (in-memory store)", size(goblet.zip()),
                    size(spring.zip()) + ", " + jarCount(spring.zip()) + " jars",
                    TableRow.times((double) Files.size(goblet.zip()) / Files.size(spring.zip())), "—"));
        }
        return rows;
    }

    /** The SQS mail sender on Goblet against its hand-written twin: batches of ten, one message failing in four. */
    private List<TableRow> eventFunction(Path target, int runs) throws Exception {
        String allSent = "{\"batchItemFailures\":[]}";
        Deployable goblet = unpack("Goblet-sqs", zip(target, "goblet-events"),
                "dev.goblet.benchmarks.events.MailQueueSendHandler", mailStream, MAIL_EVENTS, Map.of(),
                launch -> ProxyEvents.mailBatch(), allSent);
        Deployable baseline = unpack("baseline-sqs", zip(target, "baseline-events"),
                "dev.goblet.benchmarks.baseline.MailQueueStreamHandler", mailStream, MAIL_EVENTS, Map.of(),
                launch -> ProxyEvents.mailBatch(), allSent);
        List<TableRow> rows = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            Map<Deployable, Runs> results = launchAll(List.of(goblet, baseline), setting, runs);
            rows.addAll(results.get(goblet).eventRows(results.get(baseline), setting.label));
        }
        return rows;
    }

    /** The users service's own Lambda zip and the baseline on the same DynamoDB client, against dynalite. */
    private List<TableRow> endToEnd(Path target, int runs, Path cli) throws Exception {
        try (DynaliteServer dynalite = DynaliteServer.start(cli, work.resolve("dynalite.log"))) {
            Path serviceZip = target.resolve("../../example-users/target/lambda.zip").normalize();
            Deployable goblet = unpack("Goblet-dynamodb", serviceZip, "dev.goblet.example.users.WebApiHandler",
                    dynaliteStream, DYNALITE_EVENTS, dynalite.environment());
            Deployable baseline = unpack("baseline-dynamodb", zip(target, "baseline-dynamodb"),
                    "dev.goblet.benchmarks.baseline.UsersStreamHandler", dynaliteStream, DYNALITE_EVENTS,
                    dynalite.environment());
            Map<Deployable, Runs> results = launchAll(List.of(goblet, baseline), Setting.DEFAULT, runs);
            List<TableRow> rows = new ArrayList<>(results.get(goblet).rows(results.get(baseline),
                    "DynamoDB on dynalite, " + Setting.DEFAULT.label, DYNALITE_EVENTS));
            rows.addAll(artifactRows(target, goblet, baseline, "DynamoDB: example-users target/lambda.zip"));
            return rows;
        }
    }

    private Map<Deployable, Runs> launchAll(List<Deployable> all, Setting setting, int runs) throws Exception {
        Map<Deployable, Runs> results = new LinkedHashMap<>();
        all.forEach(deployable -> results.put(deployable, new Runs()));
        for (int run = 0; run < runs; run++) {
            List<Deployable> order = new ArrayList<>(all);
            Collections.rotate(order, run);
            for (Deployable deployable : order) {
                results.get(deployable).add(launch(deployable, setting.options, false));
            }
        }
        return results;
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

    /** A handler's zip unpacked as Lambda unpacks it into {@code /var/task}, with what it is given to serve. */
    record Deployable(String name, Path zip, Path directory, String handler, Path stream, int events,
            Map<String, String> environment, IntFunction<String> firstEvent, String firstAnswer) {}

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

        List<TableRow> rows(Runs baseline, String setting, int events) {
            String jvms = " (" + firstAnswer.size() + " JVMs, " + setting + ")";
            boolean micro = warm.median() < 1_000_000;
            return List.of(
                    TableRow.ratio("JVM start to first response" + jvms, firstAnswer, baseline.firstAnswer, 0, "ms",
                            "≤ 1.10x"),
                    micro ? TableRow.ratio("Warm time per event, mixed create/get/put/list/delete" + jvms, warm,
                            baseline.warm, 0, "ns", "≤ 1.30x")
                            : TableRow.ratio("Warm time per event, mixed create/get/put/list/delete" + jvms,
                                    scaled(warm, 1e-6), scaled(baseline.warm, 1e-6), 2, "ms", "≤ 1.30x"),
                    TableRow.ratio("Peak RSS after the first response" + jvms, peakAfterFirst,
                            baseline.peakAfterFirst, 1, "MB", "≤ 1.10x"),
                    TableRow.ratio("Peak RSS at exit, after " + 2 * events + " events" + jvms, peakAtExit,
                            baseline.peakAtExit, 1, "MB", "≤ 1.10x"));
        }

        /** An SQS function against its hand-written twin. */
        List<TableRow> eventRows(Runs baseline, String setting) {
            String jvms = " (" + firstAnswer.size() + " JVMs, " + setting + ")";
            return List.of(
                    TableRow.ratio("SQS function: JVM start to first batch answered" + jvms, firstAnswer,
                            baseline.firstAnswer, 0, "ms", "≤ 1.10x"),
                    TableRow.ratio("SQS function: warm time per batch of 10 messages" + jvms, warm, baseline.warm,
                            0, "ns", "—"),
                    TableRow.ratio("SQS function: peak RSS after the first batch" + jvms, peakAfterFirst,
                            baseline.peakAfterFirst, 1, "MB", "≤ 1.10x"));
        }

        /** Goblet against the Spring Boot peer: the ratio is Goblet's over Spring's, so 0.20x is 5x faster. */
        List<TableRow> peerRows(Runs spring, String setting) {
            String jvms = " (" + firstAnswer.size() + " JVMs, in-memory store, " + setting + ")";
            return List.of(
                    TableRow.ratio("Spring Boot 3 peer: JVM start to first response" + jvms, firstAnswer,
                            spring.firstAnswer, 0, "ms", "≤ 0.20x (5x faster)"),
                    TableRow.ratio("Spring Boot 3 peer: warm time per event" + jvms, warm, spring.warm, 0, "ns", "—"),
                    TableRow.ratio("Spring Boot 3 peer: peak RSS at exit" + jvms, peakAtExit, spring.peakAtExit, 1,
                            "MB", "—"));
        }

        private static Sample scaled(Sample sample, double factor) {
            Sample out = new Sample();
            sample.values().forEach(value -> out.add(value * factor));
            return out;
        }
    }

    /** An API handler: its first event creates a user, answered with 201. */
    private Deployable unpack(String name, Path zip, String handler, Path stream, int events,
            Map<String, String> environment) throws IOException {
        return unpack(name, zip, handler, stream, events, environment,
                launch -> ProxyEvents.createUser("cold-" + launch), "\"statusCode\":201");
    }

    private Deployable unpack(String name, Path zip, String handler, Path stream, int events,
            Map<String, String> environment, IntFunction<String> firstEvent, String firstAnswer)
            throws IOException {
        Path directory = work.resolve(name);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
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
        return new Deployable(name, zip, directory, handler, stream, events, environment, firstEvent, firstAnswer);
    }

    /**
     * Starts a JVM on the deployable, timed from just before the process is spawned to its first answer's line.
     * Each launch creates a user of its own first, so that a table kept between launches never answers 409.
     */
    Launch launch(Deployable deployable, List<String> options, boolean logClasses)
            throws IOException, InterruptedException {
        Path firstEvent = Files.writeString(work.resolve("first-event.json"),
                deployable.firstEvent().apply(launches++));
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        if (logClasses) {
            command.add("-Xlog:class+load=info:file=" + classLog(deployable));
        }
        command.addAll(List.of("-cp", deployable.directory() + ":" + deployable.directory().resolve("lib") + "/*:"
                + launcher, LambdaLauncher.class.getName(), deployable.handler(), firstEvent.toString(),
                deployable.stream().toString(), String.valueOf(logClasses ? 0 : deployable.events()),
                String.valueOf(logClasses ? 1 : deployable.events())));
        Path stderr = work.resolve("stderr.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(deployable.environment());
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
                    if (!line.contains(deployable.firstAnswer())) {
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
            throw new IllegalStateException(deployable.name() + " failed:\n" + Files.readString(stderr));
        }
        System.err.printf(Locale.ROOT, "%-18s %-50s first %6.0f ms, warm %9.0f ns, peak %5.1f / %5.1f MB%n",
                deployable.name(), String.join(" ", options), firstMs, warm, rss[0] / 1024, rss[1] / 1024);
        return new Launch(firstMs, warm, rss[0], rss[1]);
    }

    private Path classLog(Deployable deployable) {
        return work.resolve(deployable.name() + "-classes.log");
    }

    /** Sizes, contents, and whether every jar in each zip is used: the classes each JVM loads, jar by jar. */
    private List<TableRow> artifactRows(Path target, Deployable goblet, Deployable baseline, String label)
            throws IOException, InterruptedException {
        List<TableRow> rows = new ArrayList<>();
        if (label.startsWith("in-memory")) {
            long frameworkBytes = Files.size(frameworkJar(target));
            // The runtime is in every cold start: its budget is 72,000 bytes, the test kit and local server apart.
            rows.add(new TableRow("goblet-framework jar", String.format(Locale.ROOT, "%,d bytes", frameworkBytes),
                    "72,000 bytes", TableRow.times(frameworkBytes / 72_000.0), "≤ 72,000 bytes"));
        }
        rows.add(new TableRow("Deployable zip (" + label + ")", size(goblet.zip()) + ": " + contents(goblet.zip()),
                size(baseline.zip()) + ": " + contents(baseline.zip()),
                TableRow.times((double) Files.size(goblet.zip()) / Files.size(baseline.zip())), "—"));
        rows.add(new TableRow("Jars of the zip that supply no class to the first response and one stream pass ("
                + label + ")", unusedJars(goblet), unusedJars(baseline), "—", "none"));
        return rows;
    }

    /** Runs the first event and one stream pass with class loading logged, and names the jars that gave none. */
    private String unusedJars(Deployable deployable) throws IOException, InterruptedException {
        launch(deployable, LAMBDA_128, true);
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> jars = Files.list(deployable.directory().resolve("lib"))) {
            jars.forEach(jar -> counts.put(jar.getFileName().toString(), 0));
        }
        String root = "file:" + deployable.directory() + "/lib/";
        for (String line : Files.readAllLines(classLog(deployable))) {
            int at = line.indexOf("source: " + root);
            if (at >= 0) {
                counts.merge(line.substring(at + 8 + root.length()), 1, Integer::sum);
            }
        }
        List<String> unused = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .toList();
        return unused.isEmpty() ? "none of " + counts.size()
                : String.join(", ", unused) + " (of " + counts.size() + ")";
    }

    private static String contents(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            long classes = file.stream().filter(e -> e.getName().endsWith(".class")).count();
            List<String> jars = file.stream().filter(e -> e.getName().startsWith("lib/") && !e.isDirectory())
                    .map(e -> e.getName().substring(4).replaceAll("-[0-9][0-9.]*(-SNAPSHOT)?\\.jar$", "")).sorted()
                    .toList();
            String listed = jars.size() <= 8 ? String.join(", ", jars) : jars.size() + " jars (AWS SDK and its own)";
            return classes + " classes at the root; lib/: " + listed;
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
            return files.filter(f -> f.getFileName().toString().matches("goblet-framework-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No goblet-framework jar"));
        }
    }

    private static String size(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f KB", Files.size(file) / 1024.0);
    }

    private void deleteWork() throws IOException {
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Copies the launcher's classes alone, so that nothing else of this module is on the measured classpath. */
    private static Path copyLauncher(Path directory) throws IOException {
        String name = LambdaLauncher.class.getName().replace('.', '/');
        Path classes = Paths.get(URI.create(LambdaLauncher.class.getProtectionDomain().getCodeSource().getLocation()
                .toString()));
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
