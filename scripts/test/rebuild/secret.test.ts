import { describe, expect, it } from 'vitest';
import { secretMatches } from '../../src/rebuild/secret.ts';

describe('webhook secret check', () => {
  const secret = 'f3a9c0e1b2d4c6a8e0f1a2b3c4d5e6f7';
  it('accepts exactly the secret', () => {
    expect(secretMatches(secret, secret)).toBe(true);
  });
  it('refuses a missing, empty, repeated, shorter, longer or different secret', () => {
    for (const wrong of [undefined, '', [secret, secret], secret.slice(0, -1), `${secret}0`, secret.toUpperCase(), ` ${secret}`]) {
      expect(secretMatches(wrong, secret), JSON.stringify(wrong)).toBe(false);
    }
  });
  it('never accepts anything when no secret is configured', () => {
    expect(secretMatches('', '')).toBe(false);
    expect(secretMatches('x', '')).toBe(false);
  });
});
