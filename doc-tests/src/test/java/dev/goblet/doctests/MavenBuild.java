package dev.goblet.doctests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Maven on a project folder as its user would, with the Maven that runs this build and its local
 * repository, where the build has installed the Goblet artifacts the project depends on.
 */
final class MavenBuild {
    private static final long TIMEOUT_MINUTES = 5;
    private static final Pattern SERVING = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:\\d+)");

    /** What a run printed and how it ended. */
    record Result(int exitCode, String output) {}

    private MavenBuild() {}

    static Result run(Path project, String... goals) throws IOException, InterruptedException {
        Path log = project.resolve("build.log");
        Process maven = start(project, log, goals);
        if (!maven.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            maven.destroyForcibly().waitFor();
            throw new AssertionError("Maven did not finish in " + TIMEOUT_MINUTES + " minutes: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Starts Maven on {@code project} with its output going to {@code log}; the caller waits for it or stops it. */
    static Process start(Path project, Path log, String... goals) throws IOException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-ntp"));
        Path localRepository = ReactorRepository.localRepository();
        if (localRepository != null) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.addAll(List.of(goals));
        return new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * The address {@code goblet:local} serves on, once its {@code Serving on} line is in {@code log}; fails with
     * Maven's output when Maven ends first or the line does not come within three minutes.
     */
    static String awaitServing(Process maven, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher serving = SERVING.matcher(output);
            if (serving.find()) {
                return serving.group(1);
            }
            if (!maven.isAlive()) {
                throw new AssertionError("goblet:local ended without serving:\n" + output);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("goblet:local did not serve within 3 minutes:\n" + Files.readString(log));
    }

    /**
     * The installed Goblet artifact's jar in the local repository the projects are built with, to check it is this
     * build's: with {@code -Dgoblet.fromReactor}, a module it names is the one in its {@code target/}.
     */
    static Path installedJar(String artifactId, String version) {
        Path repository = ReactorRepository.localRepository();
        if (repository == null) {
            repository = Paths.get(System.getProperty("user.home"), ".m2", "repository");
        }
        return repository.resolve(Paths.get("dev", "goblet", artifactId, version, artifactId + "-" + version + ".jar"));
    }

    private static String mavenExecutable() {
        String home = System.getProperty("goblet.mavenHome");
        if (home != null && !home.isBlank() && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
            return Paths.get(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
