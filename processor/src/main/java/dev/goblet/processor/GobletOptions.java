package dev.goblet.processor;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processor's options ({@code -Agoblet.<name>=value}, or {@code <compilerArgs>} in Maven), every one of them:
 * the processor declares these and no other, and every class that needs one reads it here. An option left unset or
 * blank takes its default.
 *
 * @param config {@link Option#CONFIG}
 * @param outputDirectory {@link Option#OUTPUT_DIRECTORY}
 * @param codeUri {@link Option#CODE_URI}
 * @param projectDir {@link Option#PROJECT_DIR}
 */
public record GobletOptions(Optional<String> config, Optional<String> outputDirectory, Optional<String> codeUri,
        Optional<String> projectDir) {

    /** Each option: its name, its default and what it changes. docs/build-outputs.md repeats this table. */
    public enum Option {
        CONFIG("goblet.config", "the project's .chalice/config.json when there is one, else Chalice's defaults",
                "the stage config, Chalice's config.json; a relative path counts from the project folder"),
        OUTPUT_DIRECTORY("goblet.outputDirectory", "target/goblet",
                "the folder of the SAM templates and OpenAPI documents; each app gets a folder of its own in it"
                        + " when the module has more than one app"),
        CODE_URI("goblet.codeUri", "target/lambda.zip, written relative to each template",
                "the templates' CodeUri, taken as it is, for a Lambda artifact built some other way"),
        PROJECT_DIR("goblet.projectDir", "the folder above the build folder (target/classes in Maven,"
                + " build/classes/java/main in Gradle)",
                "the project folder, where .chalice/config.json is looked for and a relative goblet.config counts"
                        + " from; a relative path counts from javac's working folder");

        private final String key;
        private final String defaultValue;
        private final String meaning;

        Option(String key, String defaultValue, String meaning) {
            this.key = key;
            this.defaultValue = defaultValue;
            this.meaning = meaning;
        }

        /** The name javac takes after {@code -A}. */
        public String key() {
            return key;
        }

        /** What applies when the option is not set, in words. */
        public String defaultValue() {
            return defaultValue;
        }

        /** What the option changes. */
        public String meaning() {
            return meaning;
        }
    }

    /** The options as javac passes them to the processor. */
    public static GobletOptions read(Map<String, String> options) {
        return new GobletOptions(value(options, Option.CONFIG), value(options, Option.OUTPUT_DIRECTORY),
                value(options, Option.CODE_URI), value(options, Option.PROJECT_DIR));
    }

    /** Every option's name, for {@code getSupportedOptions()}. */
    public static Set<String> names() {
        return Arrays.stream(Option.values()).map(Option::key).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<String> value(Map<String, String> options, Option option) {
        return Optional.ofNullable(options.get(option.key())).filter(text -> !text.isBlank());
    }
}
