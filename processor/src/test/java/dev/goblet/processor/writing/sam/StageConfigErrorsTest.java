package dev.goblet.processor.writing.sam;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.GobletProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config file the processor cannot honour fails the build, naming the key and the file; nothing is ignored. */
class StageConfigErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownKeyIsAnErrorWithTheLikelyKey() throws IOException {
        Compilation compilation = compileWith("{\"stages\": {\"prod\": {\"lambda_timout\": 10}}}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[GobletConfigUnknownKey] Unknown key 'stages.prod.lambda_timout' in "
                + config() + ". Did you mean 'lambda_timeout'?");
    }

    @Test
    void aWrongTypeIsAnError() throws IOException {
        Compilation compilation = compileWith("{\"lambda_memory_size\": \"512\", \"xray\": 1}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[GobletConfigWrongType] Key 'lambda_memory_size' in " + config()
                + " must be a whole number, not the string \"512\"");
        assertThat(compilation).hadErrorContaining("[GobletConfigWrongType] Key 'xray' in " + config()
                + " must be true or false, not 1");
    }

    @Test
    void aBadValueIsAnError() throws IOException {
        Compilation compilation = compileWith("""
                {"lambda_functions": {"api_handler": {"lambda_timeout": 901}},
                 "stages": {"dev": {"api_gateway_endpoint_type": "GLOBAL", "iam_role_arn": "admin",
                                    "manage_iam_role": false}}}
                """);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Key 'lambda_functions.api_handler.lambda_timeout' in " + config()
                + " has the value 901, but it must be from 1 to 900");
        assertThat(compilation).hadErrorContaining("Key 'stages.dev.api_gateway_endpoint_type' in " + config()
                + " has the value \"GLOBAL\", but it must be one of EDGE, REGIONAL or PRIVATE");
        assertThat(compilation).hadErrorContaining("[GobletConfigBadValue] Key 'stages.dev.iam_role_arn'");
    }

    @Test
    void aBadParameterNameIsAnError() throws IOException {
        Compilation compilation = compileWith("{\"environment_variables\": {\"TABLE\": \"${param:table-name}\"}}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Key 'environment_variables.TABLE' in " + config()
                + " has the value \"${param:table-name}\", but the parameter name 'table-name' must be letters");
    }

    @Test
    void aCustomDomainNeedsItsCertificateKnownKeysAndAPublicApi() throws IOException {
        Compilation misspelt = compileWith("""
                {"api_gateway_custom_domain": {"domain_name": "api.example.com", "certficate_arn": "x"}}
                """);

        assertThat(misspelt).failed();
        assertThat(misspelt).hadErrorContaining("[GobletConfigUnknownKey] Unknown key"
                + " 'api_gateway_custom_domain.certficate_arn' in " + config() + ". Did you mean 'certificate_arn'?");
        assertThat(misspelt).hadErrorContaining("a custom domain needs certificate_arn");

        Compilation privateApi = compileWith("""
                {"stages": {"office": {"api_gateway_endpoint_type": "PRIVATE",
                                       "api_gateway_endpoint_vpce": ["vpce-0abc1234"],
                                       "api_gateway_custom_domain": {"domain_name": "in.example.com",
                                           "certificate_arn": "arn:aws:acm:eu-west-1:123456789012:certificate/ab-12"}}}}
                """);
        assertThat(privateApi).failed();
        assertThat(privateApi).hadErrorContaining("a PRIVATE API is reached through its VPC endpoint");
    }

    @Test
    void anApiPolicyFileThatIsMissingIsAnError() throws IOException {
        Compilation compilation = compileWith("{\"api_gateway_policy_file\": \"no-such-policy.json\"}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Key 'api_gateway_policy_file' in " + config()
                + " has the value \"no-such-policy.json\", but the API's resource policy");
    }

    @Test
    void aLogRetentionCloudWatchDoesNotOfferIsAnError() throws IOException {
        Compilation compilation = compileWith("{\"log_retention_in_days\": 15}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Key 'log_retention_in_days' in " + config()
                + " has the value 15, but CloudWatch Logs keeps events for one of [1, 3, 5, 7, 14, 30,");
    }

    @Test
    void aLogLevelTheAppLogDoesNotHaveIsAnError() throws IOException {
        Compilation compilation = compileWith("{\"log_level\": \"VERBOSE\"}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Key 'log_level' in " + config()
                + " has the value \"VERBOSE\", but it must be DEBUG, INFO, WARN, ERROR or OFF");
    }

    @Test
    void aGeneratedSecretIsAWholeValueWithAParameterName() throws IOException {
        Compilation compilation = compileWith("""
                {"environment_variables": {"KEY": "k-${secret:CursorKey}", "OTHER": "${secret:cursor-key}"}}""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("Key 'environment_variables.KEY' in " + config()
                + " has the value \"k-${secret:CursorKey}\", but a generated secret is the whole value");
        assertThat(compilation).hadErrorContaining("Key 'environment_variables.OTHER' in " + config()
                + " has the value \"${secret:cursor-key}\", but the secret name 'cursor-key' must be letters");
    }

    @Test
    void anUnmanagedRoleNeedsAnArn() throws IOException {
        Compilation compilation = compileWith("{\"stages\": {\"prod\": {\"manage_iam_role\": false}}}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[GobletConfigMissingRoleArn] In " + config()
                + ", stage 'prod' sets manage_iam_role to false but gives no iam_role_arn");
    }

    @Test
    void keysOutOfPlaceAndOtherFunctionsAreErrors() throws IOException {
        Compilation compilation = compileWith("""
                {"lambda_functions": {"api_handler": {"api_gateway_stage": "v1"}, "worker": {}},
                 "automatic_layer": true}
                """);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[GobletConfigMisplacedKey] Key "
                + "'lambda_functions.api_handler.api_gateway_stage' in " + config());
        assertThat(compilation).hadErrorContaining("[GobletConfigUnknownFunction] Key 'lambda_functions.worker' in "
                + config() + " names no function of app 'shop-api', whose functions are 'api_handler'. Rename it to"
                + " one of them, or remove it.");
        assertThat(compilation).hadErrorContaining("[GobletConfigUnsupportedKey] Key 'automatic_layer'");
    }

    @Test
    void aMisspeltFunctionInAStageIsAnErrorWithTheLikelyName() throws IOException {
        Compilation compilation = compileWith("{\"stages\": {\"prod\": {\"lambda_functions\": {\"api_handlr\": {}}}}}");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GobletConfigUnknownFunction] Key "
                + "'stages.prod.lambda_functions.api_handlr' in " + config() + " names no function of app 'shop-api',"
                + " whose functions are 'api_handler'. Did you mean 'api_handler'?");
        org.assertj.core.api.Assertions.assertThat(dir.resolve("out/sam.yaml"))
                .as("no template from a config with errors").doesNotExist();
    }

    @Test
    void aMissingOrBrokenFileIsAnError() throws IOException {
        Compilation missing = compile(dir.resolve("nowhere.json"));
        assertThat(missing).failed();
        assertThat(missing)
                .hadErrorContaining("[GobletConfigNotFound] The stage config " + dir.resolve("nowhere.json"));

        Compilation broken = compileWith("{\"stages\": ");
        assertThat(broken).failed();
        assertThat(broken).hadErrorContaining("[GobletConfigUnreadable] The stage config " + config());
    }

    @Test
    void aRoleArnTheConfigIgnoresIsAWarning() throws IOException {
        Compilation compilation = compileWith("{\"iam_role_arn\": \"arn:aws:iam::123456789012:role/api\"}");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[GobletConfigIgnoredRoleArn]");
    }

    @Test
    void aBadUsagePlanIsAnErrorAndAnUnusedOneAWarning() throws IOException {
        Compilation bad = compileWith("{\"stages\": {\"prod\": {\"usage_plan\": {\"quota_limit\": 10,"
                + " \"quota_period\": \"YEAR\", \"burst\": 5}}}}");
        assertThat(bad).failed();
        assertThat(bad).hadErrorContaining("Key 'stages.prod.usage_plan.quota_period' in " + config());
        assertThat(bad).hadErrorContaining("it must be one of DAY, WEEK or MONTH");
        assertThat(bad).hadErrorContaining("[GobletConfigUnknownKey] Unknown key 'stages.prod.usage_plan.burst'");

        Compilation unused = compileWith("{\"usage_plan\": {\"rate_limit\": 5}}");
        assertThat(unused).succeeded();
        assertThat(unused).hadWarningContaining("[GobletUsagePlanUnused] The stage config sets usage_plan, but no"
                + " route of app shop-api requires an API key");
    }

    private Path config() {
        return dir.resolve("config.json");
    }

    private Compilation compileWith(String json) throws IOException {
        Files.writeString(config(), json);
        return compile(config());
    }

    private Compilation compile(Path config) {
        return javac().withProcessors(new GobletProcessor())
                .withOptions("-Agoblet.config=" + config, "-Agoblet.outputDirectory=" + dir.resolve("out"))
                .compile(JavaFileObjects.forResource("sam/good/ShopApi.java"));
    }
}
