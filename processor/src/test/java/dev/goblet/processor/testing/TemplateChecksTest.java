package dev.goblet.processor.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template checks fail on what CloudFormation or SAM would refuse, so that their passing means something. */
class TemplateChecksTest {
    @TempDir
    Path dir;

    @BeforeEach
    void toolsArePresent() {
        TemplateChecks.requireTools();
    }

    @Test
    void cfnLintRejectsATableWithoutKeys() throws IOException {
        Path template = write("""
                AWSTemplateFormatVersion: 2010-09-09
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                """);

        assertThatThrownBy(() -> TemplateChecks.assertDeployable(List.of(template)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cfn-lint").hasMessageContaining("KeySchema");
    }

    @Test
    void theSamTranslatorRejectsAFunctionWithoutCode() throws IOException {
        Path template = write("""
                AWSTemplateFormatVersion: 2010-09-09
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Handler: a.B::handleRequest
                """);

        assertThatThrownBy(() -> TemplateChecks.assertDeployable(List.of(template)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Fn");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("sam.yaml"), text);
    }
}
