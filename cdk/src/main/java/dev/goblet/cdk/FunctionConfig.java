package dev.goblet.cdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one Lambda function in a stage, named by Chalice's keys ({@code lambda_functions.<name>} in
 * {@code .chalice/config.json}). A value left unset keeps what the template has. Any value may be a CDK token, such
 * as a role's ARN or a table's name.
 */
public final class FunctionConfig {
    private final Boolean manageIamRole;
    private final String iamRoleArn;
    private final Map<String, String> environmentVariables;
    private final Number lambdaMemorySize;
    private final Number lambdaTimeout;

    private FunctionConfig(Builder builder) {
        this.manageIamRole = builder.manageIamRole;
        this.iamRoleArn = builder.iamRoleArn;
        this.environmentVariables = Map.copyOf(builder.environmentVariables);
        this.lambdaMemorySize = builder.lambdaMemorySize;
        this.lambdaTimeout = builder.lambdaTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code manage_iam_role}; {@code null} when unset. */
    public Boolean manageIamRole() {
        return manageIamRole;
    }

    /** {@code iam_role_arn}; {@code null} when unset. */
    public String iamRoleArn() {
        return iamRoleArn;
    }

    /** {@code environment_variables}, merged over the template's. */
    public Map<String, String> environmentVariables() {
        return environmentVariables;
    }

    /** {@code lambda_memory_size} in MB; {@code null} when unset. */
    public Number lambdaMemorySize() {
        return lambdaMemorySize;
    }

    /** {@code lambda_timeout} in seconds; {@code null} when unset. */
    public Number lambdaTimeout() {
        return lambdaTimeout;
    }

    /** Builds a {@link FunctionConfig}; {@link #build()} checks the keys together, as Goblet's processor does. */
    public static final class Builder {
        private Boolean manageIamRole;
        private String iamRoleArn;
        private final Map<String, String> environmentVariables = new LinkedHashMap<>();
        private Number lambdaMemorySize;
        private Number lambdaTimeout;

        private Builder() {}

        /** {@code manage_iam_role}: {@code false} to use {@link #iamRoleArn} instead of a role SAM makes. */
        public Builder manageIamRole(boolean manageIamRole) {
            this.manageIamRole = manageIamRole;
            return this;
        }

        /** {@code iam_role_arn}: the role the function runs as when {@code manage_iam_role} is false. */
        public Builder iamRoleArn(String iamRoleArn) {
            this.iamRoleArn = Objects.requireNonNull(iamRoleArn, "iamRoleArn");
            return this;
        }

        /** One of {@code environment_variables}. */
        public Builder environmentVariable(String name, String value) {
            environmentVariables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return this;
        }

        /** {@code environment_variables}, added to those given before. */
        public Builder environmentVariables(Map<String, String> variables) {
            variables.forEach(this::environmentVariable);
            return this;
        }

        /** {@code lambda_memory_size}: 128 to 10240 MB. */
        public Builder lambdaMemorySize(int megabytes) {
            if (megabytes < 128 || megabytes > 10240) {
                throw new IllegalArgumentException("lambda_memory_size is " + megabytes + "; it must be 128 to 10240");
            }
            this.lambdaMemorySize = megabytes;
            return this;
        }

        /** {@code lambda_timeout}: 1 to 900 seconds. */
        public Builder lambdaTimeout(int seconds) {
            if (seconds < 1 || seconds > 900) {
                throw new IllegalArgumentException("lambda_timeout is " + seconds + "; it must be 1 to 900");
            }
            this.lambdaTimeout = seconds;
            return this;
        }

        public FunctionConfig build() {
            if (Boolean.FALSE.equals(manageIamRole) && iamRoleArn == null) {
                throw new IllegalArgumentException("manage_iam_role is false but no iam_role_arn is given: "
                        + "give the ARN of the role the function runs as");
            }
            if (iamRoleArn != null && !Boolean.FALSE.equals(manageIamRole)) {
                throw new IllegalArgumentException("iam_role_arn is given but manage_iam_role is not false: "
                        + "set manageIamRole(false) to use that role");
            }
            return new FunctionConfig(this);
        }
    }
}
