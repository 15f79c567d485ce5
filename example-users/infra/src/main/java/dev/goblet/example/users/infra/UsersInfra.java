package dev.goblet.example.users.infra;

import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/** The CDK app: a personal dev environment and two production regions, each a {@link WebApi} stack. */
public final class UsersInfra {
    static final String PRODUCTION_ACCOUNT = "123456789012";

    private UsersInfra() {}

    /** What {@code cdk synth} and {@code cdk deploy} run (see cdk.json). */
    public static void main(String[] args) {
        App app = new App();
        stacks(app);
        app.synth();
    }

    /** Adds the three environments' stacks to {@code app}. */
    static List<WebApi> stacks(App app) {
        // The dev stack goes wherever the caller's AWS profile points, as CDK sets these two variables for it.
        Environment dev = Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION"))
                .build();
        return List.of(
                new WebApi(app, "WebApiDev", StackProps.builder().env(dev).build()),
                new WebApi(app, "WebApiProdEuWest1", StackProps.builder().env(production("eu-west-1")).build()),
                new WebApi(app, "WebApiProdUsEast1", StackProps.builder().env(production("us-east-1")).build()));
    }

    private static Environment production(String region) {
        return Environment.builder().account(PRODUCTION_ACCOUNT).region(region).build();
    }
}
