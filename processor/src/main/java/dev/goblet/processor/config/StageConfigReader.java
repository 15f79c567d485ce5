package dev.goblet.processor.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Chalice's {@code .chalice/config.json} into a {@link ProjectConfig}. Every key is checked before any is
 * used: an unknown key, a value of the wrong type or out of range, or a key at a level where Chalice does not read
 * it becomes an error naming the key (by its path in the file, as {@code stages.prod.lambda_timeout}) and the file.
 * Nothing is silently ignored.
 */
public final class StageConfigReader {
    /** The processor option naming the config file. */
    public static final String OPTION = "goblet.config";
    /** Chalice's name for the function that serves the API; the only function of a Goblet app. */
    public static final String FUNCTION = "api_handler";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Pattern LAYER_ARN =
            Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:layer:[A-Za-z0-9_-]+:\\d+");
    private static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-f]+");
    private static final Pattern SECURITY_GROUP = Pattern.compile("sg-[0-9a-f]+");
    private static final Pattern VPCE = Pattern.compile("vpce-[0-9a-f]+");
    private static final Set<String> ENDPOINT_TYPES = Set.of("EDGE", "REGIONAL", "PRIVATE");
    /** Chalice settings Goblet does not turn into the template yet; named apart so the message says so. */
    private static final Set<String> UNSUPPORTED = Set.of("api_gateway_custom_domain", "api_gateway_policy_file",
            "websocket_api_custom_domain", "automatic_layer", "log_retention_in_days", "lambda_layers");

    /** Where Chalice reads a key. */
    private enum Level { TOP, STAGE, FUNCTION }

    /** What the reader found: the config when the file is clean, and every error and warning. */
    public record Result(Optional<ProjectConfig> config, List<String> errors, List<String> warnings) {}

    private final Path file;
    private final String fileName;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private StageConfigReader(Path file) {
        this.file = file;
        this.fileName = file.toString();
    }

    /** Reads and checks the file, then resolves the top-level settings and each stage's. */
    public static Result read(Path file) {
        return new StageConfigReader(file).read();
    }

    private Result read() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            errors.add(ErrorMessages.configUnreadable(fileName, e.getOriginalMessage()));
            return result(null);
        } catch (IOException e) {
            errors.add(ErrorMessages.configUnreadable(fileName, String.valueOf(e.getMessage())));
            return result(null);
        }
        if (root == null || !root.isObject()) {
            errors.add(ErrorMessages.configUnreadable(fileName, "the file must hold one JSON object"));
            return result(null);
        }
        ObjectNode top = (ObjectNode) root;
        checkLevel(top, "", Level.TOP);
        if (!errors.isEmpty()) {
            return result(null);
        }
        StageConfig base = resolve(Optional.empty(), top, null);
        Map<String, StageConfig> stages = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> stage : fields(top.path("stages"))) {
            stages.put(stage.getKey(), resolve(Optional.of(stage.getKey()), top, (ObjectNode) stage.getValue()));
        }
        return result(errors.isEmpty() ? new ProjectConfig(Optional.of(fileName), base, stages) : null);
    }

    private Result result(ProjectConfig config) {
        return new Result(Optional.ofNullable(config), List.copyOf(errors), List.copyOf(warnings));
    }

    // ---- checking: every key of every level, before anything is resolved ----

    private void checkLevel(ObjectNode node, String prefix, Level level) {
        for (Map.Entry<String, JsonNode> field : fields(node)) {
            String key = field.getKey();
            String path = prefix + key;
            JsonNode value = field.getValue();
            switch (key) {
                case "version", "app_name" -> {
                    if (placed(path, key, level, Level.TOP)) {
                        text(path, value);
                    }
                }
                case "stages" -> {
                    if (placed(path, key, level, Level.TOP) && object(path, value)) {
                        checkStages((ObjectNode) value, path);
                    }
                }
                case "lambda_functions" -> {
                    if (placed(path, key, level, Level.TOP, Level.STAGE) && object(path, value)) {
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
                errors.add(ErrorMessages.configBadValue(fileName, stagePath, "'" + stage.getKey() + "'",
                        "a stage name names a file (sam-<stage>.yaml): use letters, digits, '-' and '_'"));
            } else if (object(stagePath, stage.getValue())) {
                checkLevel((ObjectNode) stage.getValue(), stagePath + ".", Level.STAGE);
            }
        }
    }

    private void checkFunctions(ObjectNode functions, String path) {
        for (Map.Entry<String, JsonNode> function : fields(functions)) {
            String functionPath = path + "." + function.getKey();
            if (!function.getKey().equals(FUNCTION)) {
                errors.add(ErrorMessages.configUnknownFunction(fileName, functionPath));
            } else if (object(functionPath, function.getValue())) {
                checkLevel((ObjectNode) function.getValue(), functionPath + ".", Level.FUNCTION);
            }
        }
    }

    private void checkSetting(String path, String key, JsonNode value, Level level) {
        switch (key) {
            case "api_gateway_stage" -> {
                if (apiLevel(path, key, level) && text(path, value)) {
                    matches(path, value, STAGE_NAME, "an API stage name uses letters, digits, '-' and '_'");
                }
            }
            case "api_gateway_endpoint_type" -> {
                if (apiLevel(path, key, level) && text(path, value) && !ENDPOINT_TYPES.contains(value.asText())) {
                    errors.add(ErrorMessages.configBadValue(fileName, path, quoted(value),
                            "it must be one of EDGE, REGIONAL or PRIVATE"));
                }
            }
            case "api_gateway_endpoint_vpce" -> {
                if (apiLevel(path, key, level)) {
                    if (value.isTextual()) {
                        matches(path, value, VPCE, "a VPC endpoint id looks like vpce-0123abcd");
                    } else {
                        textList(path, value, VPCE, "a VPC endpoint id looks like vpce-0123abcd");
                    }
                }
            }
            case "minimum_compression_size" -> {
                if (apiLevel(path, key, level)) {
                    integer(path, value, 0, 10_485_760);
                }
            }
            case "xray", "manage_iam_role", "autogen_policy" -> bool(path, value);
            case "lambda_memory_size" -> integer(path, value, 128, 10_240);
            case "lambda_timeout" -> integer(path, value, 1, 900);
            case "lambda_ephemeral_storage" -> integer(path, value, 512, 10_240);
            case "reserved_concurrency" -> integer(path, value, 0, 1_000_000);
            case "environment_variables" -> environment(path, value);
            case "tags" -> tags(path, value);
            case "iam_role_arn" -> {
                if (text(path, value)) {
                    matches(path, value, ROLE_ARN, "it must be a role ARN (arn:aws:iam::123456789012:role/name)"
                            + " or a deploy-time parameter such as \"${param:RoleArn}\"");
                }
            }
            case "iam_policy_file" -> {
                if (text(path, value) && value.asText().isBlank()) {
                    errors.add(ErrorMessages.configBadValue(fileName, path, "\"\"",
                            "it must name a JSON policy file in the .chalice folder"));
                }
            }
            case "layers" -> textList(path, value, LAYER_ARN,
                    "a layer is a versioned layer ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)");
            case "subnet_ids" -> textList(path, value, SUBNET, "a subnet id looks like subnet-0123abcd");
            case "security_group_ids" -> textList(path, value, SECURITY_GROUP,
                    "a security group id looks like sg-0123abcd");
            default -> unknown(path, key);
        }
    }

    private void unknown(String path, String key) {
        if (UNSUPPORTED.contains(key) || key.startsWith("websocket_")) {
            errors.add(ErrorMessages.configUnsupportedKey(fileName, path));
            return;
        }
        List<String> known = List.of("api_gateway_stage", "api_gateway_endpoint_type", "api_gateway_endpoint_vpce",
                "minimum_compression_size", "xray", "manage_iam_role", "autogen_policy", "lambda_memory_size",
                "lambda_timeout", "lambda_ephemeral_storage", "reserved_concurrency", "environment_variables",
                "tags", "iam_role_arn", "iam_policy_file", "layers", "subnet_ids", "security_group_ids", "stages",
                "lambda_functions", "version", "app_name");
        errors.add(ErrorMessages.configUnknownKey(fileName, path, Suggestions.closest(key, known)));
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
        errors.add(ErrorMessages.configMisplacedKey(fileName, path, where));
        return false;
    }

    private boolean object(String path, JsonNode value) {
        return type(path, value, value.isObject(), "an object");
    }

    private boolean text(String path, JsonNode value) {
        return type(path, value, value.isTextual(), "a string");
    }

    private void bool(String path, JsonNode value) {
        type(path, value, value.isBoolean(), "true or false");
    }

    private void integer(String path, JsonNode value, int min, int max) {
        if (type(path, value, value.isIntegralNumber() && value.canConvertToInt(), "a whole number")
                && (value.intValue() < min || value.intValue() > max)) {
            errors.add(ErrorMessages.configBadValue(fileName, path, value.toString(),
                    "it must be from " + min + " to " + max));
        }
    }

    private boolean type(String path, JsonNode value, boolean ok, String expected) {
        if (!ok) {
            errors.add(ErrorMessages.configWrongType(fileName, path, expected, describe(value)));
        }
        return ok;
    }

    private void matches(String path, JsonNode value, Pattern pattern, String rule) {
        String text = value.asText();
        if (!parametersValid(path, text)) {
            return;
        }
        if (ConfigValue.of(text).parameters().isEmpty() && !pattern.matcher(text).matches()) {
            errors.add(ErrorMessages.configBadValue(fileName, path, quoted(value), rule));
        }
    }

    /** Each {@code ${param:Name}} names a template parameter: letters and digits, starting with a letter. */
    private boolean parametersValid(String path, String text) {
        for (String name : ConfigValue.of(text).parameters()) {
            if (!ConfigValue.PARAMETER_NAME.matcher(name).matches()) {
                errors.add(ErrorMessages.configBadValue(fileName, path, "\"" + text + "\"", "the parameter name '"
                        + name + "' must be letters and digits, starting with a letter, as in ${param:RoleArn}"));
                return false;
            }
        }
        return true;
    }

    private void textList(String path, JsonNode value, Pattern pattern, String rule) {
        if (!type(path, value, value.isArray(), "a list of strings")) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (text(path + "[" + i + "]", value.get(i))) {
                matches(path + "[" + i + "]", value.get(i), pattern, rule);
            }
        }
    }

    private void environment(String path, JsonNode value) {
        if (!object(path, value)) {
            return;
        }
        for (Map.Entry<String, JsonNode> variable : fields(value)) {
            String variablePath = path + "." + variable.getKey();
            if (!VARIABLE_NAME.matcher(variable.getKey()).matches()) {
                errors.add(ErrorMessages.configBadValue(fileName, variablePath, "'" + variable.getKey() + "'",
                        "an environment variable name uses letters, digits and '_', starting with a letter"));
            } else if (text(variablePath, variable.getValue())) {
                parametersValid(variablePath, variable.getValue().asText());
            }
        }
    }

    private void tags(String path, JsonNode value) {
        if (object(path, value)) {
            for (Map.Entry<String, JsonNode> tag : fields(value)) {
                text(path + "." + tag.getKey(), tag.getValue());
            }
        }
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the string " + value;
            case NUMBER, BOOLEAN -> value.toString();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> "null";
        };
    }

    private static String quoted(JsonNode value) {
        return value.toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node::fields;
    }

    // ---- resolving: Chalice's precedence, nearest level first ----

    private StageConfig resolve(Optional<String> stage, ObjectNode top, ObjectNode stageNode) {
        List<JsonNode> chain = new ArrayList<>();
        if (stageNode != null) {
            chain.add(stageNode.path("lambda_functions").path(FUNCTION));
            chain.add(stageNode);
        }
        chain.add(top.path("lambda_functions").path(FUNCTION));
        chain.add(top);
        String label = stage.map(s -> "stage '" + s + "'").orElse("the top level");
        Lookup lookup = new Lookup(chain);
        boolean manageRole = lookup.find("manage_iam_role").map(JsonNode::booleanValue).orElse(true);
        Optional<ConfigValue> roleArn = lookup.find("iam_role_arn").map(v -> ConfigValue.of(v.asText()));
        if (!manageRole && roleArn.isEmpty()) {
            errors.add(ErrorMessages.configMissingRoleArn(fileName, label));
        } else if (manageRole && roleArn.isPresent()) {
            warnings.add(ErrorMessages.configIgnoredRoleArn(fileName, label));
        }
        boolean autogen = lookup.find("autogen_policy").map(JsonNode::booleanValue).orElse(true);
        Optional<JsonNode> policy = manageRole && !autogen ? policy(lookup, stage) : Optional.empty();
        String endpointType = lookup.find("api_gateway_endpoint_type").map(JsonNode::asText).orElse("EDGE");
        List<ConfigValue> vpces = lookup.find("api_gateway_endpoint_vpce").map(StageConfigReader::values)
                .orElse(List.of());
        checkEndpoint(label, endpointType, vpces);
        List<ConfigValue> subnets = lookup.find("subnet_ids").map(StageConfigReader::values).orElse(List.of());
        List<ConfigValue> groups = lookup.find("security_group_ids").map(StageConfigReader::values)
                .orElse(List.of());
        if (subnets.isEmpty() != groups.isEmpty()) {
            errors.add(ErrorMessages.configBadValue(fileName, subnets.isEmpty() ? "subnet_ids" : "security_group_ids",
                    "[]", "in " + label + " a function in a VPC needs both subnet_ids and security_group_ids"));
        }
        Map<String, ConfigValue> environment = new LinkedHashMap<>();
        lookup.merge("environment_variables").forEach((k, v) -> environment.put(k, ConfigValue.of(v)));
        return new StageConfig(stage,
                lookup.find("api_gateway_stage").map(JsonNode::asText).orElse(StageConfig.DEFAULT_API_STAGE),
                endpointType, vpces,
                lookup.find("minimum_compression_size").map(JsonNode::intValue),
                lookup.find("xray").map(JsonNode::booleanValue).orElse(false),
                lookup.find("lambda_memory_size").map(JsonNode::intValue).orElse(StageConfig.DEFAULT_MEMORY_SIZE),
                lookup.find("lambda_timeout").map(JsonNode::intValue).orElse(StageConfig.DEFAULT_TIMEOUT),
                lookup.find("lambda_ephemeral_storage").map(JsonNode::intValue),
                environment, manageRole, roleArn, autogen, policy, lookup.merge("tags"),
                lookup.find("reserved_concurrency").map(JsonNode::intValue),
                lookup.find("layers").map(StageConfigReader::values).orElse(List.of()),
                subnets, groups);
    }

    private void checkEndpoint(String label, String endpointType, List<ConfigValue> vpces) {
        if (endpointType.equals("PRIVATE") && vpces.isEmpty()) {
            errors.add(ErrorMessages.configBadValue(fileName, "api_gateway_endpoint_type", "\"PRIVATE\"",
                    "in " + label + " a PRIVATE API needs api_gateway_endpoint_vpce, the VPC endpoint allowed to"
                            + " call it"));
        } else if (!endpointType.equals("PRIVATE") && !vpces.isEmpty()) {
            errors.add(ErrorMessages.configBadValue(fileName, "api_gateway_endpoint_vpce", vpces.toString(),
                    "in " + label + " it applies only to a PRIVATE API; set api_gateway_endpoint_type to PRIVATE"));
        }
    }

    /** The policy file: {@code iam_policy_file}, else Chalice's {@code policy-<stage>.json}, in the config's folder. */
    private Optional<JsonNode> policy(Lookup lookup, Optional<String> stage) {
        String name = lookup.find("iam_policy_file").map(JsonNode::asText)
                .orElse("policy-" + stage.orElse("dev") + ".json");
        Path policyFile = file.toAbsolutePath().getParent().resolve(name);
        String key = "iam_policy_file";
        try {
            JsonNode policy = JSON.readTree(Files.readString(policyFile));
            if (policy != null && policy.isObject() && policy.has("Statement")) {
                return Optional.of(policy);
            }
            errors.add(ErrorMessages.configBadValue(fileName, key, "\"" + name + "\"",
                    "the file " + policyFile + " must hold an IAM policy document with a Statement"));
        } catch (IOException e) {
            errors.add(ErrorMessages.configBadValue(fileName, key, "\"" + name + "\"", "autogen_policy is false"
                    + " and the policy file " + policyFile + " cannot be read (" + e.getMessage() + ")"));
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

    /** Looks a key up along the levels of one stage, nearest first. */
    private record Lookup(List<JsonNode> chain) {
        Optional<JsonNode> find(String key) {
            return chain.stream().filter(level -> level.has(key)).map(level -> level.get(key)).findFirst();
        }

        /** A map merged across levels: the farthest first, so that nearer levels win per name. */
        Map<String, String> merge(String key) {
            Map<String, String> merged = new LinkedHashMap<>();
            for (int i = chain.size() - 1; i >= 0; i--) {
                for (Map.Entry<String, JsonNode> entry : fields(chain.get(i).path(key))) {
                    merged.put(entry.getKey(), entry.getValue().asText());
                }
            }
            return merged;
        }
    }
}
