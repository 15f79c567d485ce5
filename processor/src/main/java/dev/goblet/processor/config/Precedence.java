package dev.goblet.processor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.validation.ErrorMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a checked config file with Chalice's precedence, nearest level first: for a function, the stage's
 * {@code lambda_functions.<name>}, then the stage, then the top-level {@code lambda_functions.<name>}, then the top
 * level, then the default; for the API, the stage, then the top level. Rules that span keys (a role ARN for an
 * unmanaged role, a VPC needs subnets and groups, a PRIVATE API needs its endpoints) are checked on the resolved
 * values, as they may come from different levels.
 */
final class Precedence {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ObjectNode top;
    private final List<String> functionNames;
    private final ConfigProblems problems;

    Precedence(Path file, ObjectNode top, List<String> functionNames, ConfigProblems problems) {
        this.file = file;
        this.top = top;
        this.functionNames = functionNames;
        this.problems = problems;
    }

    /** The top-level settings alone, then each stage's. */
    ProjectConfig resolve() {
        StageConfig base = stage(Optional.empty(), null);
        Map<String, StageConfig> stages = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> stage : ConfigKeys.fields(top.path("stages"))) {
            stages.put(stage.getKey(), stage(Optional.of(stage.getKey()), (ObjectNode) stage.getValue()));
        }
        return new ProjectConfig(Optional.of(problems.fileName()), base, stages);
    }

    private StageConfig stage(Optional<String> stage, ObjectNode stageNode) {
        String label = stage.map(s -> "stage '" + s + "'").orElse("the top level");
        Map<String, FunctionConfig> functions = new LinkedHashMap<>();
        for (String name : functionNames) {
            String functionLabel = functionNames.size() == 1 ? label : label + ", function '" + name + "'";
            functions.put(name, function(stage, functionLabel, chain(stageNode, name)));
        }
        return new StageConfig(stage, api(label, chain(stageNode, null)), functions);
    }

    /** The levels to look a key up in, nearest first; without a function, the stage and the top level only. */
    private Lookup chain(ObjectNode stageNode, String function) {
        List<JsonNode> chain = new ArrayList<>();
        if (stageNode != null) {
            if (function != null) {
                chain.add(stageNode.path("lambda_functions").path(function));
            }
            chain.add(stageNode);
        }
        if (function != null) {
            chain.add(top.path("lambda_functions").path(function));
        }
        chain.add(top);
        return new Lookup(chain);
    }

    private ApiConfig api(String label, Lookup lookup) {
        String endpointType = lookup.find("api_gateway_endpoint_type").map(JsonNode::asText).orElse("EDGE");
        List<ConfigValue> vpces = lookup.find("api_gateway_endpoint_vpce").map(Precedence::values).orElse(List.of());
        if (endpointType.equals("PRIVATE") && vpces.isEmpty()) {
            problems.error(ErrorMessages.configBadValue(problems.fileName(), "api_gateway_endpoint_type",
                    "\"PRIVATE\"", "in " + label + " a PRIVATE API needs api_gateway_endpoint_vpce, the VPC endpoint"
                            + " allowed to call it"));
        } else if (!endpointType.equals("PRIVATE") && !vpces.isEmpty()) {
            problems.error(ErrorMessages.configBadValue(problems.fileName(), "api_gateway_endpoint_vpce",
                    vpces.toString(), "in " + label + " it applies only to a PRIVATE API; set"
                            + " api_gateway_endpoint_type to PRIVATE"));
        }
        ApiType type = lookup.find("api_type").map(value -> ApiType.valueOf(value.asText())).orElse(ApiType.REST);
        if (type != ApiType.REST) {
            checkRestOnly(label, type, lookup);
        }
        return new ApiConfig(lookup.find("api_gateway_stage").map(JsonNode::asText).orElse(ApiConfig.DEFAULT_STAGE),
                endpointType, vpces, lookup.find("minimum_compression_size").map(JsonNode::intValue),
                lookup.find("usage_plan").map(Precedence::usagePlan).orElse(UsagePlanConfig.NONE),
                lookup.find("api_gateway_policy_file").flatMap(name -> policyFile(name.asText(),
                        "api_gateway_policy_file", "the API's resource policy")),
                type == ApiType.REST ? customDomain(label, endpointType, lookup) : Optional.empty(), type);
    }

    /**
     * The API keys a stage that is not a REST API cannot honour. HTTP APIs are regional, have no usage plans, no
     * resource policies and no compression setting; a function URL has none of API Gateway's settings. Goblet writes
     * no custom domain for either yet. A key that would configure nothing is an error rather than ignored.
     */
    private void checkRestOnly(String label, ApiType type, Lookup lookup) {
        List<String> restOnly = new ArrayList<>(List.of("api_gateway_endpoint_vpce", "minimum_compression_size",
                "usage_plan", "api_gateway_policy_file", "api_gateway_custom_domain"));
        Optional<JsonNode> endpointType = lookup.find("api_gateway_endpoint_type");
        boolean regional = endpointType.isPresent() && endpointType.get().asText().equals("REGIONAL");
        if (type == ApiType.FUNCTION_URL || !regional) {
            restOnly.add(0, "api_gateway_endpoint_type");
        }
        if (type == ApiType.FUNCTION_URL) {
            restOnly.add(0, "api_gateway_stage");
        }
        for (String key : restOnly) {
            lookup.find(key).ifPresent(value -> problems.error(ErrorMessages.configRestOnly(problems.fileName(), key,
                    label, type.name(), type.description(), restOnlyReason(key, type))));
        }
    }

    private static String restOnlyReason(String key, ApiType type) {
        return switch (key) {
            case "api_gateway_stage" -> "a function URL has no stage: its URL is the function's own";
            case "api_gateway_endpoint_type" -> type == ApiType.HTTP
                    ? "HTTP APIs are REGIONAL only (remove the key or set it to REGIONAL)"
                    : "a function URL is no API Gateway endpoint";
            case "api_gateway_endpoint_vpce" -> "only a PRIVATE REST API is reached through VPC endpoints";
            case "minimum_compression_size" -> "only REST APIs compress answers";
            case "usage_plan" -> "API keys and usage plans are REST API features";
            case "api_gateway_policy_file" -> "only REST APIs have resource policies";
            default -> "Goblet writes custom domains for REST APIs only so far";
        };
    }

    /** A stage's {@code api_gateway_custom_domain} replaces the top level's whole, as {@code usage_plan} does. */
    private Optional<CustomDomainConfig> customDomain(String label, String endpointType, Lookup lookup) {
        Optional<JsonNode> found = lookup.find("api_gateway_custom_domain");
        if (found.isEmpty() || !found.get().has("domain_name") || !found.get().has("certificate_arn")) {
            return Optional.empty();
        }
        if (endpointType.equals("PRIVATE")) {
            problems.error(ErrorMessages.configBadValue(problems.fileName(), "api_gateway_custom_domain",
                    found.get().path("domain_name").toString(), "in " + label + " a PRIVATE API is reached through"
                            + " its VPC endpoint; a custom domain name needs an EDGE or REGIONAL API"));
            return Optional.empty();
        }
        JsonNode domain = found.get();
        Map<String, String> tags = new LinkedHashMap<>();
        domain.path("tags").fields().forEachRemaining(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        return Optional.of(new CustomDomainConfig(ConfigValue.of(domain.path("domain_name").asText()),
                ConfigValue.of(domain.path("certificate_arn").asText()),
                Optional.ofNullable(domain.get("url_prefix")).map(JsonNode::asText).filter(p -> !p.isEmpty()),
                Optional.ofNullable(domain.get("tls_version")).map(JsonNode::asText), tags));
    }

    /** A stage's {@code usage_plan} replaces the top level's whole, as any other key does. */
    private static UsagePlanConfig usagePlan(JsonNode plan) {
        return new UsagePlanConfig(
                Optional.ofNullable(plan.get("key_name")).map(JsonNode::asText),
                Optional.ofNullable(plan.get("rate_limit")).map(JsonNode::doubleValue),
                Optional.ofNullable(plan.get("burst_limit")).map(JsonNode::intValue),
                Optional.ofNullable(plan.get("quota_limit")).map(JsonNode::intValue),
                Optional.ofNullable(plan.get("quota_period")).map(JsonNode::asText));
    }

    private FunctionConfig function(Optional<String> stage, String label, Lookup lookup) {
        boolean manageRole = lookup.find("manage_iam_role").map(JsonNode::booleanValue).orElse(true);
        Optional<ConfigValue> roleArn = lookup.find("iam_role_arn").map(v -> ConfigValue.of(v.asText()));
        if (!manageRole && roleArn.isEmpty()) {
            problems.error(ErrorMessages.configMissingRoleArn(problems.fileName(), label));
        } else if (manageRole && roleArn.isPresent()) {
            problems.warning(ErrorMessages.configIgnoredRoleArn(problems.fileName(), label));
        }
        boolean autogen = lookup.find("autogen_policy").map(JsonNode::booleanValue).orElse(true);
        Optional<JsonNode> policy = manageRole && !autogen ? policy(lookup, stage) : Optional.empty();
        List<ConfigValue> subnets = lookup.find("subnet_ids").map(Precedence::values).orElse(List.of());
        List<ConfigValue> groups = lookup.find("security_group_ids").map(Precedence::values).orElse(List.of());
        if (subnets.isEmpty() != groups.isEmpty()) {
            problems.error(ErrorMessages.configBadValue(problems.fileName(),
                    subnets.isEmpty() ? "subnet_ids" : "security_group_ids", "[]",
                    "in " + label + " a function in a VPC needs both subnet_ids and security_group_ids"));
        }
        Map<String, ConfigValue> environment = new LinkedHashMap<>();
        lookup.merge("environment_variables").forEach((k, v) -> environment.put(k, ConfigValue.of(v)));
        // log_level reaches dev.goblet.AppLog as this variable; one set by hand in environment_variables wins.
        lookup.find("log_level").ifPresent(level -> environment.putIfAbsent("GOBLET_LOG_LEVEL",
                ConfigValue.of(level.asText())));
        return new FunctionConfig(
                lookup.find("xray").map(JsonNode::booleanValue).orElse(false),
                lookup.find("lambda_memory_size").map(JsonNode::intValue).orElse(FunctionConfig.DEFAULT_MEMORY_SIZE),
                lookup.find("lambda_timeout").map(JsonNode::intValue).orElse(FunctionConfig.DEFAULT_TIMEOUT),
                lookup.find("lambda_ephemeral_storage").map(JsonNode::intValue),
                environment, manageRole, roleArn, autogen, policy, lookup.merge("tags"),
                lookup.find("reserved_concurrency").map(JsonNode::intValue),
                lookup.find("layers").map(Precedence::values).orElse(List.of()),
                subnets, groups, lookup.find("log_retention_in_days").map(JsonNode::intValue),
                lookup.find("snap_start").map(JsonNode::booleanValue).orElse(false));
    }

    /** The policy file: {@code iam_policy_file}, else Chalice's {@code policy-<stage>.json}, in the config's folder. */
    private Optional<JsonNode> policy(Lookup lookup, Optional<String> stage) {
        String name = lookup.find("iam_policy_file").map(JsonNode::asText)
                .orElse("policy-" + stage.orElse("dev") + ".json");
        return policyFile(name, "iam_policy_file", "autogen_policy is false and the policy file");
    }

    /** A policy document in a file beside the config, as Chalice keeps both policy files in {@code .chalice/}. */
    private Optional<JsonNode> policyFile(String name, String key, String what) {
        Path policyFile = file.toAbsolutePath().getParent().resolve(name);
        try {
            JsonNode policy = JSON.readTree(Files.readString(policyFile));
            if (policy != null && policy.isObject() && policy.has("Statement")) {
                return Optional.of(policy);
            }
            problems.error(ErrorMessages.configBadValue(problems.fileName(), key, "\"" + name + "\"",
                    "the file " + policyFile + " must hold an IAM policy document with a Statement"));
        } catch (IOException e) {
            problems.error(ErrorMessages.configBadValue(problems.fileName(), key, "\"" + name + "\"",
                    what + " " + policyFile + " cannot be read (" + e.getMessage() + ")"));
        }
        return Optional.empty();
    }

    private static List<ConfigValue> values(JsonNode node) {
        List<ConfigValue> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(ConfigValue.of(node.asText()));
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            values.add(ConfigValue.of(it.next().asText()));
        }
        return values;
    }

    /** Looks a key up along the levels, nearest first. */
    private record Lookup(List<JsonNode> chain) {
        Optional<JsonNode> find(String key) {
            return chain.stream().filter(level -> level.has(key)).map(level -> level.get(key)).findFirst();
        }

        /** A map merged across levels: the farthest first, so that nearer levels win per name. */
        Map<String, String> merge(String key) {
            Map<String, String> merged = new LinkedHashMap<>();
            for (int i = chain.size() - 1; i >= 0; i--) {
                for (Map.Entry<String, JsonNode> entry : ConfigKeys.fields(chain.get(i).path(key))) {
                    merged.put(entry.getKey(), entry.getValue().asText());
                }
            }
            return merged;
        }
    }
}
