package dev.goblet.example.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What ships: the service's {@code target/lambda.zip} holds its classes and its runtime jars, and nothing of
 * Goblet's test kit, local server or processor, in the zip or inside the framework jar it carries.
 */
class LambdaZipIT {
    private static final Path ZIP = Paths.get("target", "lambda.zip");
    /** The AWS SDK's version, from the BOM the parent pom imports. */
    private static final String SDK = sdkVersion();

    @Test
    void zipHoldsTheServiceAndItsRuntimeJarsOnly() throws IOException {
        List<String> entries = entries();
        assertThat(entries).contains("dev/goblet/example/users/UsersApi.class",
                "dev/goblet/example/users/WebApiHandler.class");
        assertThat(entries).anyMatch(entry -> entry.matches("lib/goblet-framework-.*\\.jar"));
        assertThat(entries).noneMatch(entry -> entry.startsWith("dev/goblet/testing/")
                || entry.startsWith("dev/goblet/local/") || entry.startsWith("dev/goblet/processor/"));
        // The API's bodies and answers are records the generated codecs bind, with no databind. The event
        // functions' entry points (goblet-events) read their events with databind, so it ships now, with the
        // annotations it needs at run time.
        assertThat(entries).contains("dev/goblet/example/users/WebApiJson.class");
        assertThat(entries).anyMatch(entry -> entry.matches("lib/goblet-events-.*\\.jar"));
        assertThat(entries).as("the event side's SDK modules, from the parent's BOM")
                .contains("lib/sqs-" + SDK + ".jar", "lib/sns-" + SDK + ".jar", "lib/dynamodb-" + SDK + ".jar");
        assertThat(entries).filteredOn(entry -> entry.startsWith("lib/"))
                .as("every client on the JDK's own HTTP client: no Netty or Apache client to load on a cold start")
                .noneMatch(jar -> jar.contains("netty") || jar.contains("apache-client")
                        || jar.contains("apache5-client") || jar.contains("httpclient"));
        assertThat(entries).filteredOn(entry -> entry.startsWith("lib/"))
                .noneMatch(jar -> jar.contains("goblet-testing") || jar.contains("goblet-local")
                        || jar.contains("goblet-processor") || jar.contains("swagger") || jar.contains("junit")
                        || jar.contains("jetty") || jar.contains("Java-WebSocket"));
    }

    @Test
    void frameworkJarHoldsNoTestKitOrLocalServerClass() throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            ZipEntry framework = Collections.list(zip.entries()).stream()
                    .filter(entry -> entry.getName().matches("lib/goblet-framework-.*\\.jar"))
                    .findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(framework); JarInputStream jar = new JarInputStream(in)) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    classes.add(entry.getName());
                }
            }
        }
        assertThat(classes).contains("dev/goblet/internal/ApiEntryPoint.class",
                "dev/goblet/function/ApiFunction.class");
        assertThat(classes).noneMatch(name -> name.startsWith("dev/goblet/local/")
                || name.startsWith("dev/goblet/testing/") || name.startsWith("dev/goblet/test/"));
    }

    private static String sdkVersion() {
        try {
            return entries().stream().filter(entry -> entry.matches("lib/sdk-core-.*\\.jar")).findFirst()
                    .orElseThrow().replaceAll("lib/sdk-core-(.*)\\.jar", "$1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> entries() throws IOException {
        assertThat(ZIP).as("the package phase writes the zip").isRegularFile();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(zip.entries()).forEach(entry -> names.add(entry.getName()));
            return names;
        }
    }
}
