"""Translates a SAM template to plain CloudFormation with the AWS SAM translator, as `sam deploy` would, offline.

Usage: python3 sam_translate.py TEMPLATE... Prints each template's translated resource ids; exits 1 with SAM's
message when SAM rejects any template. No AWS call is made: the managed policies are looked up in a fixed
table instead of IAM, and a local CodeUri becomes an S3 URI, as `sam package` makes it after uploading the file.
"""
import json
import sys

import yaml
from samtranslator.translator.transform import transform

MANAGED_POLICIES = {
    name: "arn:aws:iam::aws:policy/service-role/" + name
    for name in ("AWSLambdaBasicExecutionRole", "AWSLambdaVPCAccessExecutionRole", "AWSXRayDaemonWriteAccess")
}


class TemplateLoader(yaml.SafeLoader):
    """YAML as CloudFormation reads it: 2010-09-09 is the text of a version, not a date."""


TemplateLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


class ManagedPolicies:
    """The translator's ManagedPolicyLoader, without IAM."""

    def load(self):
        return MANAGED_POLICIES


def packaged(template):
    """The template as `sam package` leaves it: each local CodeUri replaced by where the upload went."""
    for resource in template.get("Resources", {}).values():
        properties = resource.get("Properties", {})
        code = properties.get("CodeUri")
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(code, str) \
                and not code.startswith("s3://"):
            properties["CodeUri"] = "s3://sam-package-bucket/" + code.rsplit("/", 1)[-1]
    return template


def main(path):
    with open(path, encoding="utf-8") as file:
        template = packaged(yaml.load(file, Loader=TemplateLoader))
    try:
        translated = transform(template, {}, ManagedPolicies())
    except Exception as error:  # the translator's errors list every problem in their message
        print("SAM translator rejected %s: %s" % (path, error))
        return 1
    print(path, json.dumps(sorted(translated["Resources"])))
    return 0


if __name__ == "__main__":
    sys.exit(max(main(path) for path in sys.argv[1:]))
