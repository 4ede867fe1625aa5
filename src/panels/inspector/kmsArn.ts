/** §8: a customer managed key is named by its ARN (`arn:aws:kms:<region>:<account>:key/<id>`); aliases are not keys. */
const KMS_KEY_ARN = /^arn:aws(-[a-z]+)*:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/[A-Za-z0-9-]{1,128}$/

export function isKmsKeyArn(text: string): boolean {
  return KMS_KEY_ARN.test(text)
}
