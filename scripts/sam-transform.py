"""Runs the AWS SAM translator's transform on each template given (what `sam deploy` asks CloudFormation to do).

Usage: python3 scripts/sam-transform.py <template.yaml>...  Prints one line per template; exits 1 if any fails.
Managed policies are looked up offline: the loader answers every AWS managed policy name with its ARN.
"""
import os
import sys

# The translator asks boto3 for a Region to build ARNs; no credentials or network are used.
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

from cfnlint.decode import decode_str
from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform


class OfflinePolicyLoader:
    """Stands in for IAM's ListPolicies (no network): the translator only needs name -> ARN."""

    def load(self):
        return KnownPolicies()


class KnownPolicies(dict):
    def get(self, name, default=None):
        return f"arn:aws:iam::aws:policy/service-role/{name}"

    def __contains__(self, name):
        return True

    def __getitem__(self, name):
        return self.get(name)


def main(paths):
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            template, matches = decode_str(f.read())
        if template is None:
            failed += 1
            print(f"{path}: cannot parse: {matches}")
            continue
        params = {"AWS::Region": "us-east-1", "AWS::AccountId": "123456789012", "AWS::Partition": "aws", "AWS::StackName": "lambdascope"}
        try:
            out = transform(template, params, OfflinePolicyLoader())
        except InvalidDocumentException as e:
            failed += 1
            print(f"{path}: transform failed: " + "; ".join(str(c) for c in e.causes))
            continue
        except Exception as e:  # noqa: BLE001 - report any translator crash as a failure of this template
            failed += 1
            print(f"{path}: transform crashed: {type(e).__name__}: {e}")
            continue
        print(f"{path}: ok ({len(out.get('Resources', {}))} CloudFormation resources)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
