/**
 * §8 Environment variables as the handler reads them. At rest they are always encrypted (AWS managed key by default,
 * or the customer managed key chosen) and Lambda decrypts them before the handler runs: the handler sees plaintext.
 * With the console's encryption helpers a value is encrypted client-side with the customer key: the handler sees the
 * ciphertext (base64) and must call kms:Decrypt itself. The ciphertext here is a stable stand-in, not real KMS output.
 */
import { base64Text, hexOf } from '../events/encoding.ts'

export interface EnvRow {
  key: string
  plaintext: string
  /** What the handler reads when the value was encrypted with the helpers (null without a customer key). */
  ciphertext: string | null
}

export const AWS_MANAGED_LAMBDA_KEY = 'aws/lambda'

export function environmentAsHandlerSees(vars: Readonly<Record<string, string>>, kmsKeyArn: string | null): EnvRow[] {
  return Object.entries(vars).map(([key, plaintext]) => ({
    key,
    plaintext,
    // KMS ciphertext blobs start with the same version bytes, hence the familiar "AQICAH…" prefix
    ciphertext: kmsKeyArn === null ? null : `AQICAH${base64Text(hexOf(`${kmsKeyArn}/${key}/${plaintext}`, 48))}`,
  }))
}
