package dev.goblet.processor.config;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one stage (or of the top level alone, for {@code sam.yaml}): the API's, and each function's by its
 * {@code lambda_functions} name.
 *
 * @param name the stage's name, or empty for the top-level settings alone
 * @param api the API's settings
 * @param functions each function's settings by function name, for every function of the build's apps
 */
public record StageConfig(Optional<String> name, ApiConfig api, Map<String, FunctionConfig> functions) {
    public StageConfig {
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }

    /** The defaults for the top level, for the given functions. */
    public static StageConfig defaults(Collection<String> functionNames) {
        Map<String, FunctionConfig> functions = new LinkedHashMap<>();
        functionNames.forEach(name -> functions.put(name, FunctionConfig.defaults()));
        return new StageConfig(Optional.empty(), ApiConfig.defaults(), functions);
    }

    /** The settings of the function named {@code name}; every function of the build's apps has some. */
    public FunctionConfig function(String name) {
        FunctionConfig function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("No settings for function " + name + ", only " + functions.keySet());
        }
        return function;
    }
}
