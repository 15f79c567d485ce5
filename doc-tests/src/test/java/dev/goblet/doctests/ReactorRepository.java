package dev.goblet.doctests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local repository the docs' projects are built with: the one this build uses ({@code goblet.localRepository}),
 * or, with {@code -Dgoblet.fromReactor=testing,local}, a folder that is that repository except for the named
 * modules, whose jar and pom are this checkout's {@code target/} ones, as {@code mvn install} would leave them. A
 * doc test can then run on a module changed here without installing it over the artifacts other checkouts share.
 *
 * <p>The folder links to the shared repository's entries, so a build reads what it holds (and keeps its
 * bookkeeping there, as any build on it does); only the named modules' version folders are copies of their own.
 * Maven 3.8 has no chained local repository ({@code maven.repo.local.tail} came with 3.9), hence the links.
 */
final class ReactorRepository {
    private static Path overlay;

    private ReactorRepository() {}

    /** The repository to pass as {@code -Dmaven.repo.local}, or null for Maven's default. */
    static synchronized Path localRepository() {
        String configured = System.getProperty("goblet.localRepository", "");
        Path shared = configured.isBlank() ? null : Paths.get(configured);
        String modules = System.getProperty("goblet.fromReactor", "");
        if (modules.isBlank()) {
            return shared;
        }
        if (overlay == null) {
            if (shared == null) {
                shared = Paths.get(System.getProperty("user.home"), ".m2", "repository");
            }
            try {
                overlay = build(shared, List.of(modules.split(",")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make the local repository for -Dgoblet.fromReactor", e);
            }
        }
        return overlay;
    }

    private static Path build(Path shared, List<String> modules) throws IOException {
        String version = System.getProperty("goblet.version");
        Path root = Files.createTempDirectory("goblet-reactor-repository-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteWithoutFollowingLinks(root)));
        for (String module : modules) {
            String artifactId = "goblet-" + module.strip();
            Path jar = Paths.get("..", module.strip(), "target", artifactId + "-" + version + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("-Dgoblet.fromReactor names " + module + ", whose " + jar + " is not"
                        + " built: build it in the same run (mvn verify -pl " + module + ",doc-tests -am)");
            }
            Path own = Paths.get("dev", "goblet", artifactId, version);
            Path folder = linkAllBut(shared, root, own);
            Path installed = shared.resolve(own);
            if (Files.isDirectory(installed)) {
                try (Stream<Path> files = Files.list(installed)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, folder.resolve(file.getFileName().toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Paths.get("..", module.strip(), "pom.xml"), folder.resolve(artifactId + "-" + version + ".pom"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return root;
    }

    /**
     * Makes {@code own} (a relative path) a real folder under {@code root}, each folder on the way real too, and
     * every other entry of {@code shared} on the way a link to it; returns that folder, empty.
     */
    private static Path linkAllBut(Path shared, Path root, Path own) throws IOException {
        Path from = shared;
        Path to = root;
        for (Path part : own) {
            Path next = to.resolve(part.toString());
            if (Files.isSymbolicLink(next)) {
                Files.delete(next); // linked for an earlier module: now it holds one of its own
            }
            Files.createDirectories(next);
            if (Files.isDirectory(from)) {
                try (Stream<Path> entries = Files.list(from)) {
                    for (Path entry : entries.toList()) {
                        Path link = to.resolve(entry.getFileName().toString());
                        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createSymbolicLink(link, entry.toAbsolutePath());
                        }
                    }
                }
            }
            from = from.resolve(part.toString());
            to = next;
        }
        return to;
    }

    /** Deletes the folder's own files and the links in it, never what a link points at. */
    private static void deleteWithoutFollowingLinks(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }
}
