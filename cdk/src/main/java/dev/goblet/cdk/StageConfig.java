package dev.goblet.cdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stage of a Goblet app given in Java, with the keys of a stage in Chalice's {@code .chalice/config.json}: the API's
 * {@code api_gateway_stage}, settings for every function (the stage's own level) and {@code lambda_functions} by
 * function name ({@code api_handler} for the function that serves the routes). A function's own setting wins over
 * the stage's; environment variables are merged, the function's winning per name.
 */
public final class StageConfig {
    private final String apiGatewayStage;
    private final FunctionConfig allFunctions;
    private final Map<String, FunctionConfig> lambdaFunctions;

    private StageConfig(Builder builder) {
        this.apiGatewayStage = builder.apiGatewayStage;
        this.allFunctions = builder.allFunctions;
        this.lambdaFunctions = Map.copyOf(builder.lambdaFunctions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A stage that changes nothing in the template. */
    public static StageConfig none() {
        return builder().build();
    }

    /** {@code api_gateway_stage}; {@code null} keeps the template's. */
    public String apiGatewayStage() {
        return apiGatewayStage;
    }

    /** The settings at the stage's own level, for every function. */
    public FunctionConfig allFunctions() {
        return allFunctions;
    }

    /** {@code lambda_functions}, by function name. */
    public Map<String, FunctionConfig> lambdaFunctions() {
        return lambdaFunctions;
    }

    /** Builds a {@link StageConfig}. */
    public static final class Builder {
        private String apiGatewayStage;
        private FunctionConfig allFunctions = FunctionConfig.builder().build();
        private final Map<String, FunctionConfig> lambdaFunctions = new LinkedHashMap<>();

        private Builder() {}

        /** {@code api_gateway_stage}: the REST API's stage name, the path in the {@code EndpointURL} output. */
        public Builder apiGatewayStage(String stage) {
            if (!stage.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("api_gateway_stage is '" + stage
                        + "'; use letters, digits and underscores only");
            }
            this.apiGatewayStage = stage;
            return this;
        }

        /** The stage's own function settings ({@code lambda_memory_size} at the stage level, ...). */
        public Builder allFunctions(FunctionConfig config) {
            this.allFunctions = Objects.requireNonNull(config, "config");
            return this;
        }

        /** {@code lambda_functions.<name>}: the settings of one function. */
        public Builder lambdaFunction(String name, FunctionConfig config) {
            lambdaFunctions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(config, name));
            return this;
        }

        public StageConfig build() {
            return new StageConfig(this);
        }
    }
}
