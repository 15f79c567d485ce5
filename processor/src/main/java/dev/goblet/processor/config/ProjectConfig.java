package dev.goblet.processor.config;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A whole config file, resolved: the top-level settings (for {@code sam.yaml}) and each stage's (for
 * {@code sam-<stage>.yaml}), in the file's order, each for every function of the build's apps.
 *
 * @param file where the settings came from, for messages; empty when the project has no config file
 * @param base the top-level settings alone
 * @param stages each stage's settings by stage name
 */
public record ProjectConfig(Optional<String> file, StageConfig base, Map<String, StageConfig> stages) {
    public ProjectConfig {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** A project without a config file: the defaults for each function, no stages. */
    public static ProjectConfig defaults(Collection<String> functionNames) {
        return new ProjectConfig(Optional.empty(), StageConfig.defaults(functionNames), Map.of());
    }
}
