import { describe, expect, it } from 'vitest'
import { environmentAsHandlerSees } from './environment.ts'

describe('§8 environment as the handler sees it', () => {
  it('plaintext only with the AWS managed key; a stable ciphertext with a customer key (encryption helpers)', () => {
    expect(environmentAsHandlerSees({ DB_HOST: 'db.internal' }, null)).toEqual([
      { key: 'DB_HOST', plaintext: 'db.internal', ciphertext: null },
    ])
    const [row] = environmentAsHandlerSees({ DB_HOST: 'db.internal' }, 'arn:aws:kms:us-east-1:123456789012:key/k1')
    expect(row!.ciphertext).toMatch(/^AQICAH[A-Za-z0-9+/=]+$/)
    expect(row!.ciphertext).not.toContain('db.internal')
    expect(
      environmentAsHandlerSees({ DB_HOST: 'db.internal' }, 'arn:aws:kms:us-east-1:123456789012:key/k1')[0]!.ciphertext,
    ).toBe(row!.ciphertext)
  })
})
