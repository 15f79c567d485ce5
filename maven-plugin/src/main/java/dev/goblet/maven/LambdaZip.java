package dev.goblet.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The Lambda artifact as Lambda reads it: the module's classes at the root of the zip and each runtime dependency jar
 * under {@code lib/}. The same inputs give the same bytes: entries are sorted by name, and every entry carries the
 * same time and the same Unix permissions, so a rebuild that changed nothing changes no hash.
 */
public final class LambdaZip {

    /** The time written when the build names none: 1980-01-01T00:00:02Z, the earliest a zip's DOS time holds. */
    public static final Instant DEFAULT_TIME = Instant.parse("1980-01-01T00:00:02Z");

    private static final int FILE_MODE = 0100644;
    private static final int DIRECTORY_MODE = 040755;

    private final Path classes;
    private final List<Path> libraries;
    private final Instant time;

    /**
     * @param classes the module's output folder; it may be absent when the module has no classes
     * @param libraries the runtime dependency jars, each written as {@code lib/<file name>}
     * @param time the time every entry carries
     */
    public LambdaZip(Path classes, List<Path> libraries, Instant time) {
        this.classes = classes;
        this.libraries = List.copyOf(libraries);
        this.time = time;
    }

    /** Writes the zip to {@code target}, creating its folder. */
    public void writeTo(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        TreeMap<String, Path> entries = entries();
        try (OutputStream file = Files.newOutputStream(target);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                write(zip, entry.getKey(), entry.getValue());
            }
        }
    }

    /** Every entry's name (folders end in {@code /}) with the file it holds, or null for a folder; sorted. */
    private TreeMap<String, Path> entries() throws IOException {
        TreeMap<String, Path> entries = new TreeMap<>();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> paths = Files.walk(classes)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    if (path.equals(classes)) {
                        continue;
                    }
                    String name = classes.relativize(path).toString().replace('\\', '/');
                    if (Files.isDirectory(path)) {
                        entries.put(name + "/", null);
                    } else {
                        entries.put(name, path);
                    }
                }
            }
        }
        if (!libraries.isEmpty()) {
            entries.put("lib/", null);
        }
        for (Path library : libraries) {
            String name = "lib/" + library.getFileName();
            if (entries.put(name, library) != null) {
                throw new IOException("Two dependencies are both named " + library.getFileName()
                        + "; Lambda's lib/ folder can hold only one of them");
            }
        }
        return entries;
    }

    private void write(ZipArchiveOutputStream zip, String name, Path file) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        // Only the DOS time: the extended-time field would add the local zone's view of the same instant.
        entry.setTime(FileTime.from(time).toMillis());
        entry.setUnixMode(file == null ? DIRECTORY_MODE : FILE_MODE);
        zip.putArchiveEntry(entry);
        if (file != null) {
            Files.copy(file, zip);
        }
        zip.closeArchiveEntry();
    }
}
