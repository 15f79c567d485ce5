package dev.goblet.example.users.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * Checks a generated SAM template with the tools AWS users trust: {@code cfn-lint}, and the AWS SAM translator
 * (what {@code sam deploy} runs before CloudFormation sees the template), both from python3, with no AWS call.
 * When a tool is missing the check fails on CI ({@code CI=true}), where the tools must be, and is skipped elsewhere
 * with a message that names what to install. A copy of goblet-cdk's test class (itself the processor's, with a way
 * in for synthesized stacks): test classes of other modules are not shared.
 */
public final class TemplateChecks {
    private static final long TIMEOUT_MINUTES = 3;
    /** Whether each tool answers, asked once per test run. */
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Writes each stack's synthesized template to {@code folder} and checks them all. */
    public static void assertStacksDeployable(Path folder, List<Stack> stacks) {
        List<Path> files = new ArrayList<>();
        for (Stack stack : stacks) {
            Path file = folder.resolve(stack.getStackName() + ".template.json");
            try {
                Files.writeString(file, JSON.writeValueAsString(Template.fromStack(stack).toJSON()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            files.add(file);
        }
        assertDeployable(files);
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

    private static Path translator() {
        try {
            return Paths.get(TemplateChecks.class.getResource("/checks/sam_translate.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
