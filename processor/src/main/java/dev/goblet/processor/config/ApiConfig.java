package dev.goblet.processor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The settings of one stage for the app's API, which Chalice reads only at the top level and in a stage (never
 * under {@code lambda_functions}).
 *
 * @param stageName {@code api_gateway_stage}: the API's stage name and URL prefix
 * @param endpointType {@code api_gateway_endpoint_type}: EDGE, REGIONAL or PRIVATE
 * @param endpointVpces {@code api_gateway_endpoint_vpce}: the VPC endpoints of a PRIVATE API
 * @param minimumCompressionSize {@code minimum_compression_size}, in bytes
 * @param usagePlan {@code usage_plan}: the throttle and quota of the API's key, for routes that require one
 * @param resourcePolicy the policy document of {@code api_gateway_policy_file}: who may call the API
 * @param customDomain {@code api_gateway_custom_domain}: the API's own domain name
 * @param type {@code api_type}: a REST API, an HTTP API or a function URL
 */
public record ApiConfig(String stageName, String endpointType, List<ConfigValue> endpointVpces,
        Optional<Integer> minimumCompressionSize, UsagePlanConfig usagePlan, Optional<JsonNode> resourcePolicy,
        Optional<CustomDomainConfig> customDomain, ApiType type) {
    /** A REST API without a usage plan or a resource policy of its own. */
    public ApiConfig(String stageName, String endpointType, List<ConfigValue> endpointVpces,
            Optional<Integer> minimumCompressionSize) {
        this(stageName, endpointType, endpointVpces, minimumCompressionSize, UsagePlanConfig.NONE, Optional.empty(),
                Optional.empty(), ApiType.REST);
    }

    /** Chalice's default API stage name. */
    public static final String DEFAULT_STAGE = "api";

    public ApiConfig {
        endpointVpces = List.copyOf(endpointVpces);
        resourcePolicy = resourcePolicy.map(JsonNode::deepCopy);
    }

    /** Chalice's defaults. */
    public static ApiConfig defaults() {
        return new ApiConfig(DEFAULT_STAGE, "EDGE", List.of(), Optional.empty());
    }
}
