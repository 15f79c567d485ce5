package dev.goblet.processor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one function in one stage, every value already resolved with Chalice's precedence: the stage's
 * {@code lambda_functions.<name>}, then the stage, then the top-level {@code lambda_functions.<name>}, then the top
 * level, then the default. {@code environment_variables} and {@code tags} are merged across those levels instead,
 * the nearer level winning per name.
 *
 * @param xray {@code xray}: active tracing of the function (and of the API, for the API's function)
 * @param memorySize {@code lambda_memory_size}, in MB
 * @param timeout {@code lambda_timeout}, in seconds
 * @param ephemeralStorage {@code lambda_ephemeral_storage}, the size of /tmp in MB
 * @param environment {@code environment_variables}
 * @param manageIamRole {@code manage_iam_role}
 * @param iamRoleArn {@code iam_role_arn}, used when the role is not managed
 * @param autogenPolicy {@code autogen_policy}
 * @param iamPolicy the policy document of {@code iam_policy_file}, read when {@code autogen_policy} is false
 * @param tags {@code tags}
 * @param reservedConcurrency {@code reserved_concurrency}
 * @param layers {@code layers}
 * @param subnetIds {@code subnet_ids}
 * @param securityGroupIds {@code security_group_ids}
 * @param logRetentionInDays {@code log_retention_in_days}: how long the function's log group keeps its events
 * @param snapStart {@code snap_start}: Lambda SnapStart on the function's published versions, which an alias
 *     ({@value #SNAP_START_ALIAS}) serves
 */
public record FunctionConfig(
        boolean xray,
        int memorySize,
        int timeout,
        Optional<Integer> ephemeralStorage,
        Map<String, ConfigValue> environment,
        boolean manageIamRole,
        Optional<ConfigValue> iamRoleArn,
        boolean autogenPolicy,
        Optional<JsonNode> iamPolicy,
        Map<String, String> tags,
        Optional<Integer> reservedConcurrency,
        List<ConfigValue> layers,
        List<ConfigValue> subnetIds,
        List<ConfigValue> securityGroupIds,
        Optional<Integer> logRetentionInDays,
        boolean snapStart) {

    /** Java needs more than Chalice's Python default of 128 MB to start quickly; CPU grows with memory too. */
    public static final int DEFAULT_MEMORY_SIZE = 512;
    /** Chalice's default timeout, in seconds. */
    public static final int DEFAULT_TIMEOUT = 60;
    /**
     * The alias SAM publishes for a function with SnapStart, which its callers name: a snapshot is taken of published
     * versions only, never of {@code $LATEST}.
     */
    public static final String SNAP_START_ALIAS = "live";

    public FunctionConfig {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        iamPolicy = iamPolicy.map(JsonNode::deepCopy);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        layers = List.copyOf(layers);
        subnetIds = List.copyOf(subnetIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    /** The settings when there is no config file: Chalice's defaults, Goblet's memory size. */
    public static FunctionConfig defaults() {
        return new FunctionConfig(false, DEFAULT_MEMORY_SIZE, DEFAULT_TIMEOUT, Optional.empty(), Map.of(), true,
                Optional.empty(), true, Optional.empty(), Map.of(), Optional.empty(), List.of(), List.of(), List.of(),
                Optional.empty(), false);
    }
}
