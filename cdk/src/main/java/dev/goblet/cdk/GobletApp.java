package dev.goblet.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.cloudformation.include.CfnInclude;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * A Goblet app in a CDK stack: the app module's SAM template ({@code target/goblet/sam.yaml}) included with
 * {@link CfnInclude}, its Lambda zip ({@code target/lambda.zip}) uploaded as an asset in place of each function's
 * {@code CodeUri}, and a {@link StageConfig} applied on top.
 *
 * <p>The stage config is applied by overriding properties of the included resources rather than through template
 * parameters: any template works, whatever stage it was built for, and a value may be any CDK token. The
 * template's resources keep their SAM types ({@code AWS::Serverless::*}, included as {@link CfnResource}); the
 * stack gets SAM's transform, which CloudFormation applies on deploy.
 *
 * <p>Logical ids are the template's ({@code APIHandler}, {@code RestAPI}, ...) unless {@code preserveLogicalIds}
 * is false, which a second app in the same stack needs: CDK then names each resource after its path, and the
 * references inside the template, {@code Fn::Sub} included, follow.
 */
public final class GobletApp extends Construct {
    /** The logical id and config name Chalice gives the function that serves the routes. */
    static final String API_HANDLER = "api_handler";
    private static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
    private static final String REST_API = "RestAPI";

    private final CfnInclude template;
    private final Asset code;
    private final Map<String, CfnResource> functions = new LinkedHashMap<>();
    private final Map<String, String> roleArns = new LinkedHashMap<>();
    private final Map<String, IRole> roles = new LinkedHashMap<>();

    private GobletApp(Construct scope, String id, Builder builder) {
        super(scope, id);
        this.template = CfnInclude.Builder.create(this, "Template")
                .templateFile(existing(builder.templateFile, "template").toString())
                .preserveLogicalIds(builder.preserveLogicalIds)
                .parameters(builder.parameters)
                .build();
        this.code = Asset.Builder.create(this, "Code").path(existing(builder.codeFile, "Lambda zip").toString())
                .build();
        for (IConstruct child : template.getNode().getChildren()) {
            if (child instanceof CfnResource resource && SERVERLESS_FUNCTION.equals(resource.getCfnResourceType())) {
                functions.put(functionName(child.getNode().getId()), resource);
            }
        }
        functions.values().forEach(function -> function.addPropertyOverride("CodeUri",
                Map.of("Bucket", code.getS3BucketName(), "Key", code.getS3ObjectKey())));
        apply(builder.stage);
    }

    /** Starts a {@code GobletApp} under {@code scope}, named {@code id}. */
    public static Builder create(Construct scope, String id) {
        return new Builder(scope, id);
    }

    /** The included template: every resource, output and parameter of the app's template. */
    public CfnInclude getTemplate() {
        return template;
    }

    /** The uploaded Lambda zip that every function's {@code CodeUri} points at. */
    public Asset getCode() {
        return code;
    }

    /** The app's functions ({@code AWS::Serverless::Function}) by their config name, in the template's order. */
    public Map<String, CfnResource> getFunctions() {
        return Collections.unmodifiableMap(functions);
    }

    /** The function of that config name ({@code api_handler}, or an event function's name). */
    public CfnResource getFunction(String name) {
        CfnResource function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("The app has no function '" + name + "'; its functions are "
                    + functions.keySet());
        }
        return function;
    }

    /** The REST API ({@code RestAPI}, an {@code AWS::Serverless::Api}); {@code null} for an app without routes. */
    public CfnResource getRestApi() {
        return (CfnResource) template.getNode().tryFindChild(REST_API);
    }

    /**
     * The role the function runs as: the stage config's ({@code iam_role_arn}), else the one the template writes for
     * it ({@code <Id>Role}, with only what the function needs); {@code null} for a template without either.
     */
    public IRole getRole(String functionName) {
        getFunction(functionName);
        return roles.get(functionName);
    }

    /** A resource of the template by its logical id in the template, to change with CDK's overrides. */
    public CfnResource getResource(String logicalId) {
        return template.getResource(logicalId);
    }

    /** An output of the template ({@code EndpointURL}, {@code RestAPIId}, {@code APIHandlerArn}, ...). */
    public CfnOutput getOutput(String logicalId) {
        return template.getOutput(logicalId);
    }

    /**
     * Drops a resource or output of the template, for one the stack makes itself (a table CDK creates instead of
     * the app's). Whatever still refers to it must have been replaced first.
     */
    public void remove(String logicalId) {
        IConstruct element = template.getNode().tryFindChild(logicalId);
        if (element == null) {
            element = findOutput(logicalId);
        }
        if (element == null) {
            throw new IllegalArgumentException("The template has no resource or output '" + logicalId + "'");
        }
        element.getNode().getScope().getNode().tryRemoveChild(logicalId);
    }

    /** The template's output of that logical id, or {@code null}; CfnInclude keeps outputs in a scope of theirs. */
    private CfnOutput findOutput(String logicalId) {
        return template.getNode().findAll().stream()
                .filter(element -> element instanceof CfnOutput && element.getNode().getId().equals(logicalId))
                .map(CfnOutput.class::cast).findFirst().orElse(null);
    }

    /** Sets an environment variable of one function; {@code value} may be a token. */
    public void addEnvironment(String functionName, String name, String value) {
        getFunction(functionName).addPropertyOverride("Environment.Variables." + name, value);
    }

    private void apply(StageConfig stage) {
        if (stage.apiGatewayStage() != null) {
            applyApiStage(stage.apiGatewayStage());
        }
        // A name that is none of the app's functions fails, naming them, before any function is changed.
        stage.lambdaFunctions().keySet().forEach(this::getFunction);
        functions.forEach((name, function) -> {
            apply(name, function, stage.allFunctions());
            FunctionConfig own = stage.lambdaFunctions().get(name);
            if (own != null) {
                apply(name, function, own);
            }
        });
        // Made here, not in the getter: a stack's tree must not change once it has been synthesized.
        functions.forEach((name, function) -> {
            String arn = roleArns.get(name);
            CfnResource own = ownRole(function);
            if (arn != null || own != null) {
                roles.put(name, Role.fromRoleArn(this, name + "_role", arn != null ? arn : own.getAtt("Arn")
                        .toString()));
            }
        });
    }

    private void applyApiStage(String stageName) {
        CfnResource api = getRestApi();
        if (api == null) {
            throw new IllegalArgumentException("api_gateway_stage is set but the app has no REST API");
        }
        api.addPropertyOverride("StageName", stageName);
        CfnOutput endpoint = findOutput("EndpointURL");
        if (endpoint != null) {
            endpoint.setValue(Fn.sub("https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + stageName + "/",
                    Map.of("Api", api.getRef())));
        }
    }

    private void apply(String name, CfnResource function, FunctionConfig config) {
        if (config.iamRoleArn() != null) {
            // A role of the stack's own: SAM makes none, and the template's generated policies have no role to go on.
            CfnResource own = ownRole(function);
            function.addPropertyOverride("Role", config.iamRoleArn());
            function.addPropertyDeletionOverride("Policies");
            roleArns.put(name, config.iamRoleArn());
            if (own != null) {
                // The role the template wrote for the function would be left unused.
                template.getNode().tryRemoveChild(own.getNode().getId());
            }
        }
        config.environmentVariables().forEach((variable, value) -> addEnvironment(name, variable, value));
        if (config.lambdaMemorySize() != null) {
            function.addPropertyOverride("MemorySize", config.lambdaMemorySize());
        }
        if (config.lambdaTimeout() != null) {
            function.addPropertyOverride("Timeout", config.lambdaTimeout());
        }
    }

    /** The role the template writes for {@code function}, {@code <Id>Role}; null when it has none (any longer). */
    private CfnResource ownRole(CfnResource function) {
        IConstruct role = template.getNode().tryFindChild(function.getNode().getId() + "Role");
        return role instanceof CfnResource resource && "AWS::IAM::Role".equals(resource.getCfnResourceType())
                ? resource : null;
    }

    /** The config name of a function from its logical id: Chalice's CamelCase back to snake_case. */
    static String functionName(String logicalId) {
        if (logicalId.equals("APIHandler")) {
            return API_HANDLER;
        }
        return logicalId.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Path existing(Path file, String what) {
        Objects.requireNonNull(file, what);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The app's " + what + " " + file.toAbsolutePath()
                    + " does not exist: build the app module first (mvn package)");
        }
        return file;
    }

    /** Builds a {@link GobletApp}: the template and the zip are required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private Path templateFile;
        private Path codeFile;
        private StageConfig stage = StageConfig.none();
        private boolean preserveLogicalIds = true;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** The app module's template, {@code target/goblet/sam.yaml} or a stage's {@code sam-<stage>.yaml}. */
        public Builder templateFile(Path templateFile) {
            this.templateFile = templateFile;
            return this;
        }

        /** The app module's Lambda zip, {@code target/lambda.zip}. */
        public Builder codeFile(Path codeFile) {
            this.codeFile = codeFile;
            return this;
        }

        /** The stage config to apply to the template's functions and API. */
        public Builder stageConfig(StageConfig stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /** A value for a template parameter (one a stage left open with {@code ${param:Name}}). */
        public Builder parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** {@code false} for a second app (or a second copy of one) in a stack: CDK makes the logical ids unique. */
        public Builder preserveLogicalIds(boolean preserveLogicalIds) {
            this.preserveLogicalIds = preserveLogicalIds;
            return this;
        }

        public GobletApp build() {
            return new GobletApp(scope, id, this);
        }
    }
}
