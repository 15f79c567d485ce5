package dev.goblet.example.users.infra;

import dev.goblet.cdk.FunctionConfig;
import dev.goblet.cdk.GobletApp;
import dev.goblet.cdk.StageConfig;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * One environment of the users service: the table and the API handler's role are made here, and the app's template
 * for its {@code cdk} stage (built by the example-users module next door) is brought in with a stage config that
 * points the function at them. That template makes no table: it takes the table's name and its stream's ARN as
 * parameters, which the stack gives, so the event functions' roles and the stream's event source name this
 * stack's table; the welcome-mails queue and the user-events topic are the template's own.
 */
public final class WebApi extends Stack {
    /** The users service's build output, relative to this module: {@code mvn package} of example-users makes them. */
    static final Path TEMPLATE = Path.of("..", "target", "goblet", "sam-cdk.yaml");
    static final Path LAMBDA_ZIP = Path.of("..", "target", "lambda.zip");

    private final Table usersTable;
    private final Role apiHandlerRole;
    private final GobletApp webApi;

    public WebApi(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        usersTable = Table.Builder.create(this, "UsersTable")
                .partitionKey(Attribute.builder().name("username").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                .build();
        CfnOutput.Builder.create(this, "UsersTableName").value(usersTable.getTableName()).build();

        apiHandlerRole = Role.Builder.create(this, "ApiHandlerLambdaRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .managedPolicies(List.of(
                        ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")))
                .build();
        usersTable.grantReadWriteData(apiHandlerRole);

        webApi = GobletApp.create(this, "WebApi")
                .templateFile(TEMPLATE)
                .codeFile(LAMBDA_ZIP)
                .stageConfig(stageConfig())
                .parameter("UsersTableName", usersTable.getTableName())
                .parameter("UsersTableStreamArn", usersTable.getTableStreamArn())
                .parameter("ApiHandlerRoleArn", apiHandlerRole.getRoleArn())
                .build();
    }

    /** The walkthrough's {@code _create_chalice_stage_config}, key for key. */
    private StageConfig stageConfig() {
        return StageConfig.builder()
                .apiGatewayStage("v1")
                .lambdaFunction("api_handler", FunctionConfig.builder()
                        .manageIamRole(false)
                        .iamRoleArn(apiHandlerRole.getRoleArn())
                        .environmentVariable("DYNAMODB_TABLE_NAME", usersTable.getTableName())
                        .lambdaMemorySize(128)
                        .lambdaTimeout(10)
                        .build())
                .build();
    }

    public Table getUsersTable() {
        return usersTable;
    }

    public Role getApiHandlerRole() {
        return apiHandlerRole;
    }

    public GobletApp getWebApi() {
        return webApi;
    }
}
