import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecryptionError, decryptField, encryptField, isSealed, keyIdOf, reencryptField } from './field-cipher';
import { openKeyring, readKeyring, retireKeys, rotateKeyring, writeKeyring } from './keyring';

const now = new Date('2026-11-22T10:00:00Z');
const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-keys-')), 'encryption-keys.json');

describe('field encryption', () => {
  it('round-trips text and hides it', () => {
    const { ring } = openKeyring(tempFile(), now);
    const sealed = encryptField(ring, 'signal:1:reporter', 'Jan de Melder <jan@gemeente.example>');
    expect(sealed).not.toContain('Jan');
    expect(decryptField(ring, 'signal:1:reporter', sealed)).toBe('Jan de Melder <jan@gemeente.example>');
  });

  it('refuses a value moved to another row or field', () => {
    const { ring } = openKeyring(tempFile(), now);
    const sealed = encryptField(ring, 'signal:1:reporter', 'geheim');
    expect(() => decryptField(ring, 'signal:2:reporter', sealed)).toThrow(DecryptionError);
  });

  it('tells a sealed value from plain text, also text that starts like one', () => {
    const { ring } = openKeyring(tempFile(), now);
    expect(isSealed(encryptField(ring, 'c', 'geheim'))).toBe(true);
    expect(isSealed(encryptField(ring, 'c', ''))).toBe(true);
    for (const plain of ['JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'AVIM (politie)', 'v1.2 team zeden', `v1.${ring.current}.kort.kort.x`, '']) expect(isSealed(plain), plain).toBe(false);
  });

  it('refuses a changed ciphertext', () => {
    const { ring } = openKeyring(tempFile(), now);
    const parts = encryptField(ring, 'c', 'geheim').split('.');
    parts[4] = Buffer.from('anders').toString('base64url');
    expect(() => decryptField(ring, 'c', parts.join('.'))).toThrow(DecryptionError);
  });

  it('creates the key file once, owner-readable only, and reopens the same key', () => {
    const file = tempFile();
    const first = openKeyring(file, now);
    expect(first.created).toBe(true);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const again = openKeyring(file, now);
    expect(again.created).toBe(false);
    expect(decryptField(again.ring, 'c', encryptField(first.ring, 'c', 'x'))).toBe('x');
  });

  it('rotates: old data stays readable, re-encryption moves it to the new key, the old key can then go', () => {
    const file = tempFile();
    const { ring: old } = openKeyring(file, now);
    const sealed = encryptField(old, 'c', 'geheim');
    const rotated = rotateKeyring(old, new Date('2027-01-01T00:00:00Z'));
    writeKeyring(file, rotated);
    const ring = readKeyring(file);
    expect(ring.current).not.toBe(old.current);
    expect(decryptField(ring, 'c', sealed)).toBe('geheim');
    const moved = reencryptField(ring, 'c', sealed)!;
    expect(keyIdOf(moved)).toBe(ring.current);
    expect(reencryptField(ring, 'c', moved)).toBeNull();
    const retired = retireKeys(ring, new Set([keyIdOf(moved)!]));
    expect([...retired.keys.keys()]).toEqual([ring.current]);
    expect(decryptField(retired, 'c', moved)).toBe('geheim');
    expect(() => decryptField(retired, 'c', sealed)).toThrow(/ontbreekt/);
  });
});
