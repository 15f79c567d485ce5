package dev.goblet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaZipTest {

    @TempDir
    Path folder;

    @Test
    void theSameInputsGiveTheSameBytesWhateverTheFilesTimes() throws Exception {
        Path classes = classes();
        List<Path> jars = List.of(jar("jackson-core-2.21.3.jar"), jar("goblet-framework-0.1.0.jar"));
        Path first = folder.resolve("first/lambda.zip");
        new LambdaZip(classes, jars, LambdaZip.DEFAULT_TIME).writeTo(first);

        // A rebuild touches every file and may list dependencies in another order.
        for (Path path : List.of(classes.resolve("com/example/Api.class"), jars.get(0))) {
            Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2030-05-05T10:00:00Z")));
        }
        List<Path> reordered = new ArrayList<>(jars);
        Collections.reverse(reordered);
        Path second = folder.resolve("second/lambda.zip");
        new LambdaZip(classes, reordered, LambdaZip.DEFAULT_TIME).writeTo(second);

        assertThat(sha256(second)).isEqualTo(sha256(first));
    }

    @Test
    void classesAreAtTheRootAndJarsUnderLibWithFixedTimesAndModes() throws Exception {
        Instant time = Instant.parse("2026-01-02T03:04:06Z");
        Path zip = folder.resolve("target/lambda.zip");
        new LambdaZip(classes(), List.of(jar("jackson-core-2.21.3.jar")), time).writeTo(zip);

        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            assertThat(entries).extracting(ZipArchiveEntry::getName).containsExactly(
                    "com/", "com/example/", "com/example/Api.class", "com/example/ApiHandler.stages.json",
                    "lib/", "lib/jackson-core-2.21.3.jar");
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.getTime()).isEqualTo(time.toEpochMilli());
                assertThat(entry.getUnixMode()).isEqualTo(entry.isDirectory() ? 040755 : 0100644);
            });
            assertThat(new String(file.getInputStream(file.getEntry("com/example/Api.class")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("class bytes");
        }
    }

    @Test
    void twoJarsOfOneNameAreAnError() throws Exception {
        Path one = jar("util-1.0.jar");
        Path other = Files.createDirectories(folder.resolve("elsewhere")).resolve("util-1.0.jar");
        Files.writeString(other, "other jar");

        assertThatThrownBy(() -> new LambdaZip(classes(), List.of(one, other), LambdaZip.DEFAULT_TIME)
                .writeTo(folder.resolve("lambda.zip")))
                .isInstanceOf(IOException.class)
                .hasMessage("Two dependencies are both named util-1.0.jar; Lambda's lib/ folder can hold only one"
                        + " of them");
    }

    @Test
    void theEntryTimeComesFromOutputTimestampAsMavenWritesIt() throws MojoExecutionException {
        assertThat(PackageMojo.entryTime(null)).isEqualTo(LambdaZip.DEFAULT_TIME);
        assertThat(PackageMojo.entryTime("")).isEqualTo(LambdaZip.DEFAULT_TIME);
        assertThat(PackageMojo.entryTime("2026-01-02T03:04:06Z")).isEqualTo(Instant.parse("2026-01-02T03:04:06Z"));
        assertThat(PackageMojo.entryTime("1767323046")).isEqualTo(Instant.ofEpochSecond(1767323046));
        assertThat(PackageMojo.entryTime("10")).isEqualTo(LambdaZip.DEFAULT_TIME);
        assertThatThrownBy(() -> PackageMojo.entryTime("yesterday"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("give an ISO-8601 date-time");
    }

    private Path classes() throws IOException {
        Path classes = folder.resolve("classes");
        Path example = Files.createDirectories(classes.resolve("com/example"));
        Files.writeString(example.resolve("Api.class"), "class bytes");
        Files.writeString(example.resolve("ApiHandler.stages.json"), "{}");
        return classes;
    }

    private Path jar(String name) throws IOException {
        Path repository = Files.createDirectories(folder.resolve("repository"));
        Path jar = repository.resolve(name);
        if (!Files.exists(jar)) {
            Files.writeString(jar, "jar " + name);
        }
        return jar;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
