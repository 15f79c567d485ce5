package dev.goblet.processor.writing.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** The checker itself must catch what CloudFormation would reject, or the template tests prove nothing. */
class TemplateReferencesTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void findsEveryKindOfDanglingReference() throws Exception {
        JsonNode template = YAML.readTree("""
                Parameters:
                  RoleArn: {Type: String}
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Role: {Ref: RoleArn}
                      A: {Ref: Missing}
                      B: {"Fn::GetAtt": [Gone, Arn]}
                      C: {"Fn::GetAtt": "Fn.Arn"}
                      D: {"Fn::Sub": "${Fn.Arn}/${AWS::Region}/${Nope}/${!Literal}/${RoleArn}"}
                      E: {"Fn::Sub": ["${X}-${Y}", {X: {Ref: Fn}}]}
                      F: {"Fn::GetAtt": [RoleArn, Arn]}
                """);

        assertThat(TemplateReferences.unresolved(template)).containsExactlyInAnyOrder(
                "Ref Missing", "Fn::GetAtt Gone", "Fn::Sub ${Nope}", "Fn::Sub ${Y}", "Fn::GetAtt RoleArn");
    }
}
