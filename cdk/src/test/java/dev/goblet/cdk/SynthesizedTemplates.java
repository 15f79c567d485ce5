package dev.goblet.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goblet.processor.testing.TemplateChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Synthesized stacks as template files, checked as the processor checks its own templates. */
public final class SynthesizedTemplates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SynthesizedTemplates() {}

    /** Writes each stack's template to {@code folder}, then runs cfn-lint and the SAM translator on them all. */
    public static void assertDeployable(Path folder, List<Stack> stacks) {
        List<Path> files = new ArrayList<>();
        for (Stack stack : stacks) {
            Path file = folder.resolve(stack.getStackName() + ".template.json");
            try {
                Files.writeString(file, JSON.writeValueAsString(Template.fromStack(stack).toJSON()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file);
        }
        TemplateChecks.assertDeployable(files);
    }
}
