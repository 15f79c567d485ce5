package dev.goblet.processor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys Goblet reads, where Chalice reads each (the top level, a stage, a function under
 * {@code lambda_functions}) and what its value must be. Every key of a file is checked before any is used: an
 * unknown key, a key out of place, a function the apps do not have, or a bad value becomes an error naming the key
 * by its path in the file ({@code stages.prod.lambda_timeout}). Nothing is silently ignored.
 */
final class ConfigKeys {
    static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Pattern LAYER_ARN =
            Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:layer:[A-Za-z0-9_-]+:\\d+");
    private static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-f]+");
    private static final Pattern SECURITY_GROUP = Pattern.compile("sg-[0-9a-f]+");
    private static final Pattern VPCE = Pattern.compile("vpce-[0-9a-f]+");
    private static final Set<String> ENDPOINT_TYPES = Set.of("EDGE", "REGIONAL", "PRIVATE");
    /** Chalice settings Goblet does not turn into the template yet; named apart so the message says so. */
    private static final Set<String> UNSUPPORTED = Set.of("websocket_api_custom_domain", "automatic_layer",
            "lambda_layers");
    private static final List<String> KNOWN = List.of("api_gateway_stage", "api_gateway_endpoint_type",
            "api_gateway_endpoint_vpce", "minimum_compression_size", "xray", "manage_iam_role", "autogen_policy",
            "lambda_memory_size", "lambda_timeout", "lambda_ephemeral_storage", "reserved_concurrency",
            "environment_variables", "tags", "iam_role_arn", "iam_policy_file", "layers", "subnet_ids",
            "security_group_ids", "stages", "lambda_functions", "version", "app_name", "usage_plan",
            "log_retention_in_days", "api_gateway_policy_file", "api_gateway_custom_domain", "snap_start",
            "api_type", "log_level");
    /** {@code log_level}: the levels of {@code dev.goblet.AppLog}. */
    private static final Pattern LOG_LEVEL = Pattern.compile("DEBUG|INFO|WARN|ERROR|OFF");
    private static final Set<String> QUOTA_PERIODS = Set.of("DAY", "WEEK", "MONTH");
    /** The retention periods CloudWatch Logs accepts, in days. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9 _.-]{1,128}");
    private static final Pattern DOMAIN_NAME = Pattern.compile("(\\*\\.)?([A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63}");
    private static final Pattern CERTIFICATE_ARN =
            Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[A-Za-z0-9-]+");
    private static final Pattern URL_PREFIX = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");
    private static final List<String> DOMAIN_KEYS = List.of("domain_name", "certificate_arn", "url_prefix",
            "tls_version", "tags");

    /** Where Chalice reads a key. */
    private enum Level { TOP, STAGE, FUNCTION }

    private final ConfigProblems problems;
    private final ConfigValueChecks values;
    private final BuildFunctions functions;

    ConfigKeys(ConfigProblems problems, BuildFunctions functions) {
        this.problems = problems;
        this.values = new ConfigValueChecks(problems);
        this.functions = functions;
    }

    /** Checks every key of the file, stages and functions included. */
    void check(ObjectNode top) {
        checkLevel(top, "", Level.TOP);
    }

    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node::fields;
    }

    private void checkLevel(ObjectNode node, String prefix, Level level) {
        for (Map.Entry<String, JsonNode> field : fields(node)) {
            String key = field.getKey();
            String path = prefix + key;
            JsonNode value = field.getValue();
            switch (key) {
                case "version", "app_name" -> {
                    if (placed(path, key, level, Level.TOP)) {
                        values.text(path, value);
                    }
                }
                case "stages" -> {
                    if (placed(path, key, level, Level.TOP) && values.object(path, value)) {
                        checkStages((ObjectNode) value, path);
                    }
                }
                case "lambda_functions" -> {
                    if (placed(path, key, level, Level.TOP, Level.STAGE) && values.object(path, value)) {
                        checkFunctions((ObjectNode) value, path);
                    }
                }
                default -> checkSetting(path, key, value, level);
            }
        }
    }

    private void checkStages(ObjectNode stages, String path) {
        for (Map.Entry<String, JsonNode> stage : fields(stages)) {
            String stagePath = path + "." + stage.getKey();
            if (!STAGE_NAME.matcher(stage.getKey()).matches()) {
                values.badValue(stagePath, "'" + stage.getKey() + "'",
                        "a stage name names a file (sam-<stage>.yaml): use letters, digits, '-' and '_'");
            } else if (values.object(stagePath, stage.getValue())) {
                checkLevel((ObjectNode) stage.getValue(), stagePath + ".", Level.STAGE);
            }
        }
    }

    /** Each key names a function of the build's apps; a typo would otherwise configure nothing, silently. */
    private void checkFunctions(ObjectNode entries, String path) {
        for (Map.Entry<String, JsonNode> function : fields(entries)) {
            String functionPath = path + "." + function.getKey();
            if (!functions.names().contains(function.getKey())) {
                String suggestion = Suggestions.closest(function.getKey(), functions.names());
                problems.error(ErrorMessages.configUnknownFunction(problems.fileName(), functionPath,
                        functions.apps(), functions.names(), suggestion));
            } else if (values.object(functionPath, function.getValue())) {
                checkLevel((ObjectNode) function.getValue(), functionPath + ".", Level.FUNCTION);
            }
        }
    }

    private void checkSetting(String path, String key, JsonNode value, Level level) {
        switch (key) {
            case "api_gateway_stage" -> {
                if (apiLevel(path, key, level) && values.text(path, value)) {
                    values.matches(path, value, STAGE_NAME, "an API stage name uses letters, digits, '-' and '_'");
                }
            }
            case "api_gateway_endpoint_type" -> {
                if (apiLevel(path, key, level) && values.text(path, value)
                        && !ENDPOINT_TYPES.contains(value.asText())) {
                    values.badValue(path, value.toString(), "it must be one of EDGE, REGIONAL or PRIVATE");
                }
            }
            case "api_type" -> {
                if (apiLevel(path, key, level) && values.text(path, value)
                        && !ApiType.names().contains(value.asText())) {
                    values.badValue(path, value.toString(), "it must be one of REST, HTTP or FUNCTION_URL");
                }
            }
            case "api_gateway_endpoint_vpce" -> {
                if (apiLevel(path, key, level)) {
                    if (value.isTextual()) {
                        values.matches(path, value, VPCE, "a VPC endpoint id looks like vpce-0123abcd");
                    } else {
                        values.textList(path, value, VPCE, "a VPC endpoint id looks like vpce-0123abcd");
                    }
                }
            }
            case "minimum_compression_size" -> {
                if (apiLevel(path, key, level)) {
                    values.integer(path, value, 0, 10_485_760);
                }
            }
            case "api_gateway_policy_file" -> {
                if (apiLevel(path, key, level)) {
                    values.text(path, value);
                }
            }
            case "usage_plan" -> {
                if (apiLevel(path, key, level) && values.object(path, value)) {
                    checkUsagePlan(path, (ObjectNode) value);
                }
            }
            case "api_gateway_custom_domain" -> {
                if (apiLevel(path, key, level) && values.object(path, value)) {
                    checkCustomDomain(path, (ObjectNode) value);
                }
            }
            default -> checkFunctionSetting(path, key, value);
        }
    }

    /** Goblet's {@code usage_plan}: the API key's name, its throttle and its quota. */
    /** Chalice's custom domain keys: the name and its certificate required, a base path, a TLS version, tags. */
    private void checkCustomDomain(String path, ObjectNode domain) {
        for (Map.Entry<String, JsonNode> field : fields(domain)) {
            String at = path + "." + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "domain_name" -> {
                    if (values.text(at, value)) {
                        values.matches(at, value, DOMAIN_NAME, "it must be a domain name such as api.example.com");
                    }
                }
                case "certificate_arn" -> {
                    if (values.text(at, value)) {
                        values.matches(at, value, CERTIFICATE_ARN, "it must be an ACM certificate ARN"
                                + " (arn:aws:acm:us-east-1:123456789012:certificate/...) or a deploy-time parameter");
                    }
                }
                case "url_prefix" -> {
                    if (values.text(at, value) && !value.asText().isEmpty()) {
                        values.matches(at, value, URL_PREFIX, "a base path is segments of letters, digits, '.',"
                                + " '_', '~' and '-' between '/', with no '/' at either end");
                    }
                }
                case "tls_version" -> {
                    if (values.text(at, value) && !Set.of("TLS_1_0", "TLS_1_2").contains(value.asText())) {
                        values.badValue(at, value.toString(), "it must be TLS_1_0 or TLS_1_2");
                    }
                }
                case "tags" -> values.tags(at, value);
                default -> problems.error(ErrorMessages.configUnknownKey(problems.fileName(), at,
                        Suggestions.closest(field.getKey(), DOMAIN_KEYS)));
            }
        }
        for (String required : List.of("domain_name", "certificate_arn")) {
            if (!domain.has(required)) {
                values.badValue(path, domain.toString(), "a custom domain needs " + required);
            }
        }
    }

    private void checkUsagePlan(String path, ObjectNode plan) {
        for (Map.Entry<String, JsonNode> field : fields(plan)) {
            String at = path + "." + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "key_name" -> {
                    if (values.text(at, value)) {
                        values.matches(at, value, KEY_NAME, "a key name uses letters, digits, ' ', '.', '-', '_'");
                    }
                }
                case "rate_limit" -> {
                    if (!value.isNumber() || value.doubleValue() < 0) {
                        values.badValue(at, value.toString(), "it must be a number of calls per second, 0 or more");
                    }
                }
                case "burst_limit" -> values.integer(at, value, 0, 1_000_000);
                case "quota_limit" -> values.integer(at, value, 1, Integer.MAX_VALUE);
                case "quota_period" -> {
                    if (values.text(at, value) && !QUOTA_PERIODS.contains(value.asText())) {
                        values.badValue(at, value.toString(), "it must be one of DAY, WEEK or MONTH");
                    }
                }
                default -> problems.error(ErrorMessages.configUnknownKey(problems.fileName(), at,
                        Suggestions.closest(field.getKey(),
                                List.of("key_name", "rate_limit", "burst_limit", "quota_limit", "quota_period"))));
            }
        }
        if (plan.has("quota_limit") != plan.has("quota_period")) {
            values.badValue(path, plan.toString(), "a quota needs both quota_limit and quota_period");
        }
    }

    /** The settings every level may hold. */
    private void checkFunctionSetting(String path, String key, JsonNode value) {
        switch (key) {
            case "xray", "manage_iam_role", "autogen_policy", "snap_start" -> values.bool(path, value);
            case "lambda_memory_size" -> values.integer(path, value, 128, 10_240);
            case "lambda_timeout" -> values.integer(path, value, 1, 900);
            case "lambda_ephemeral_storage" -> values.integer(path, value, 512, 10_240);
            case "reserved_concurrency" -> values.integer(path, value, 0, 1_000_000);
            case "log_retention_in_days" -> {
                if (values.integer(path, value, 1, 3653) && !RETENTION_DAYS.contains(value.intValue())) {
                    values.badValue(path, value.toString(), "CloudWatch Logs keeps events for one of " + RETENTION_DAYS
                            + " days");
                }
            }
            case "log_level" -> {
                if (values.text(path, value)) {
                    values.matches(path, value, LOG_LEVEL, "it must be DEBUG, INFO, WARN, ERROR or OFF");
                }
            }
            case "environment_variables" -> values.environment(path, value);
            case "tags" -> values.tags(path, value);
            case "iam_role_arn" -> {
                if (values.text(path, value)) {
                    values.matches(path, value, ROLE_ARN, "it must be a role ARN"
                            + " (arn:aws:iam::123456789012:role/name) or a deploy-time parameter such as"
                            + " \"${param:RoleArn}\"");
                }
            }
            case "iam_policy_file" -> {
                if (values.text(path, value) && value.asText().isBlank()) {
                    values.badValue(path, "\"\"", "it must name a JSON policy file in the .chalice folder");
                }
            }
            case "layers" -> values.textList(path, value, LAYER_ARN,
                    "a layer is a versioned layer ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)");
            case "subnet_ids" -> values.textList(path, value, SUBNET, "a subnet id looks like subnet-0123abcd");
            case "security_group_ids" -> values.textList(path, value, SECURITY_GROUP,
                    "a security group id looks like sg-0123abcd");
            default -> unknown(path, key);
        }
    }

    private void unknown(String path, String key) {
        if (UNSUPPORTED.contains(key) || key.startsWith("websocket_")) {
            problems.error(ErrorMessages.configUnsupportedKey(problems.fileName(), path));
            return;
        }
        problems.error(ErrorMessages.configUnknownKey(problems.fileName(), path, Suggestions.closest(key, KNOWN)));
    }

    private boolean apiLevel(String path, String key, Level level) {
        return placed(path, key, level, Level.TOP, Level.STAGE);
    }

    private boolean placed(String path, String key, Level level, Level... allowed) {
        if (List.of(allowed).contains(level)) {
            return true;
        }
        String where = switch (key) {
            case "version", "app_name", "stages" -> "it belongs at the top level of the file";
            case "lambda_functions" -> "it belongs at the top level or in a stage";
            default -> "it is a setting of the API, not of a function: move it to the stage or the top level";
        };
        problems.error(ErrorMessages.configMisplacedKey(problems.fileName(), path, where));
        return false;
    }
}
