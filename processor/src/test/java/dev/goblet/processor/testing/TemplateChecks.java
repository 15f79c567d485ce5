package dev.goblet.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks a generated SAM template with the tools AWS users trust: {@code cfn-lint}, and the AWS SAM translator
 * (what {@code sam deploy} runs before CloudFormation sees the template), both from python3, with no AWS call.
 * When a tool is missing the check fails on CI ({@code CI=true}), where the tools must be, and is skipped elsewhere
 * with a message that names what to install.
 */
public final class TemplateChecks {
    private static final long TIMEOUT_MINUTES = 3;
    /** Whether each tool answers, asked once per test run. */
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();
    private static Path translator;

    private TemplateChecks() {}

    /** Checks each template with cfn-lint and the SAM translator; every finding fails the test. */
    public static void assertDeployable(List<Path> templates) {
        requireTools();
        List<String> files = templates.stream().map(Path::toString).toList();
        Run lint = run(concat(List.of("cfn-lint", "--"), files));
        assertThat(lint.exitCode()).as("cfn-lint %s found:%n%s", files, lint.output()).isZero();
        Run translation = run(concat(List.of("python3", translator().toString()), files));
        assertThat(translation.exitCode()).as("%s", translation.output()).isZero();
    }

    /** Checks every {@code sam*.yaml} of {@code folder}, and says which it checked. */
    public static List<Path> assertAllDeployable(Path folder) throws IOException {
        List<Path> templates;
        try (var files = Files.list(folder)) {
            templates = files.filter(file -> file.getFileName().toString().matches("sam(-.+)?\\.yaml")).sorted()
                    .toList();
        }
        assertThat(templates).as("templates in %s", folder).isNotEmpty();
        assertDeployable(templates);
        return templates;
    }

    private static List<String> concat(List<String> command, List<String> arguments) {
        List<String> all = new ArrayList<>(command);
        all.addAll(arguments);
        return all;
    }

    /** Fails on CI, and skips the test elsewhere, when cfn-lint or the SAM translator is missing. */
    public static void requireTools() {
        requireTool("cfn-lint", List.of("cfn-lint", "--version"), "pip install cfn-lint");
        requireTool("the AWS SAM translator", List.of("python3", "-c", "import samtranslator"),
                "pip install aws-sam-translator");
    }

    private static void requireTool(String name, List<String> probe, String install) {
        boolean available = AVAILABLE.computeIfAbsent(name, key -> answers(probe));
        if (available) {
            return;
        }
        String message = name + " is missing (" + String.join(" ", probe) + " failed); " + install
                + " to check the generated templates";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + ". CI must check them.");
        }
        Assumptions.assumeTrue(false, message + ". Skipped, as CI is not true.");
    }

    private static boolean answers(List<String> probe) {
        try {
            return run(probe).exitCode() == 0;
        } catch (IllegalStateException notInstalled) {
            return false;
        }
    }

    /** The translator's script, copied out once: other modules take this class from the processor's test jar. */
    private static synchronized Path translator() {
        if (translator == null) {
            try (var script = TemplateChecks.class.getResourceAsStream("/checks/sam_translate.py")) {
                Path file = Files.createTempFile("goblet-sam-translate", ".py");
                file.toFile().deleteOnExit();
                Files.copy(script, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                translator = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return translator;
    }

    private static Run run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        // The translator names the region in ARNs; it never calls AWS.
        builder.environment().putIfAbsent("AWS_DEFAULT_REGION", "us-east-1");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String output) {}
}
