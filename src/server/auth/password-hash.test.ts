import { describe, expect, it, vi } from 'vitest';

// Count the argon2 verifications, to show an unknown account costs the same work as a known one.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...original,
    verify: (...args: Parameters<typeof original.verify>) => {
      verifications.count += 1;
      return original.verify(...args);
    },
  };
});

const { hashPassword, verifyPassword } = await import('./password-hash');

describe('password hashing', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('paarse olifant fietst');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'paarse olifant fietst')).toBe(true);
    expect(await verifyPassword(hash, 'paarse olifant fietst!')).toBe(false);
  });

  it('does a full verification against a dummy hash when there is no account or no password', async () => {
    verifications.count = 0;
    expect(await verifyPassword(null, 'wat dan ook')).toBe(false);
    expect(verifications.count).toBe(1);
  });

  it('treats a damaged stored hash as a wrong password', async () => {
    expect(await verifyPassword('geen-hash', 'x')).toBe(false);
  });
});
