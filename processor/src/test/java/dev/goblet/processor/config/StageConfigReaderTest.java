package dev.goblet.processor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file resolved for apps of several functions: each function takes the nearest level that sets a key,
 * its own {@code lambda_functions.<name>} levels included and no other function's.
 */
class StageConfigReaderTest {
    @TempDir
    Path dir;

    @Test
    void eachFunctionResolvesItsOwnPrecedence() throws IOException {
        StageConfigReader.Result result = read("""
                {"lambda_memory_size": 256, "lambda_timeout": 20,
                 "environment_variables": {"LEVEL": "top", "TOP": "yes"},
                 "lambda_functions": {"worker": {"lambda_timeout": 300, "environment_variables": {"LEVEL": "worker"}}},
                 "stages": {"prod": {"lambda_memory_size": 1024,
                                     "lambda_functions": {"api_handler": {"lambda_timeout": 5},
                                                          "worker": {"lambda_memory_size": 2048}}}}}
                """, Map.of("shop", List.of("api_handler", "worker")));

        assertThat(result.errors()).isEmpty();
        ProjectConfig config = result.config().orElseThrow();
        assertThat(config.base().functions()).containsOnlyKeys("api_handler", "worker");
        FunctionConfig api = config.base().function("api_handler");
        FunctionConfig worker = config.base().function("worker");
        assertThat(api.timeout()).as("the top level").isEqualTo(20);
        assertThat(worker.timeout()).as("top-level lambda_functions.worker beats the top level").isEqualTo(300);
        assertThat(api.environment()).containsOnlyKeys("LEVEL", "TOP");
        assertThat(api.environment().get("LEVEL").text()).isEqualTo("top");
        assertThat(worker.environment().get("LEVEL").text()).as("merged, the nearer level winning").isEqualTo("worker");
        assertThat(worker.environment().get("TOP").text()).isEqualTo("yes");

        StageConfig prod = config.stages().get("prod");
        assertThat(prod.function("api_handler").timeout()).as("the stage's lambda_functions wins").isEqualTo(5);
        assertThat(prod.function("api_handler").memorySize()).as("the stage beats the top level").isEqualTo(1024);
        assertThat(prod.function("worker").memorySize()).as("the stage's lambda_functions.worker").isEqualTo(2048);
        assertThat(prod.function("worker").timeout()).as("the stage sets none: top-level lambda_functions.worker")
                .isEqualTo(300);
        assertThat(prod.api().stageName()).isEqualTo(ApiConfig.DEFAULT_STAGE);
    }

    @Test
    void aFunctionNoAppHasIsAnErrorListingTheApps() throws IOException {
        Map<String, List<String>> apps = new LinkedHashMap<>();
        apps.put("shop", List.of("api_handler"));
        apps.put("billing", List.of("api_handler", "invoices"));

        StageConfigReader.Result result = read("{\"lambda_functions\": {\"invoice\": {}, \"invoices\": {}}}", apps);

        assertThat(result.config()).isEmpty();
        assertThat(result.errors()).containsExactly("[GobletConfigUnknownFunction] Key 'lambda_functions.invoice'"
                + " in " + dir.resolve("config.json") + " names no function of the apps 'shop', 'billing', whose"
                + " functions are 'api_handler', 'invoices'. Did you mean 'invoices'?");
    }

    @Test
    void anUnmanagedRoleWithoutArnNamesTheFunctionWhenThereAreSeveral() throws IOException {
        StageConfigReader.Result result = read("""
                {"stages": {"prod": {"manage_iam_role": false,
                                     "lambda_functions": {"api_handler": {"iam_role_arn": "${param:ApiRole}"}}}}}
                """, Map.of("shop", List.of("api_handler", "worker")));

        assertThat(result.errors()).containsExactly("[GobletConfigMissingRoleArn] In " + dir.resolve("config.json")
                + ", stage 'prod', function 'worker' sets manage_iam_role to false but gives no iam_role_arn: set"
                + " iam_role_arn to the role's ARN, or to \"${param:RoleArn}\" to pass it at deploy time.");
    }

    private StageConfigReader.Result read(String json, Map<String, List<String>> apps) throws IOException {
        Path file = Files.writeString(dir.resolve("config.json"), json);
        return StageConfigReader.read(file, new BuildFunctions(apps));
    }
}
