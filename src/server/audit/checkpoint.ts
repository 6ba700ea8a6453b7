import crypto from 'node:crypto';
import type { Keyring } from '../crypto/keyring';

/** Where retention cut a chain of the audit trail (docs/decisions/0019-audit-trail-retention.md). */
export interface Checkpoint {
  municipality: string | null;
  /** The last removed record's number and hash: the first remaining record links to them. */
  seq: number;
  hash: string;
  removed: number;
  firstAt: Date;
  lastAt: Date;
  cutAt: Date;
}

const FORMAT = 'v1';

/** A key for signing only, derived from the key file's key, so a signature never reuses an encryption key as is. */
const signingKey = (key: Buffer) => Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), 'signaalroute audit checkpoint', 32));

const signed = (c: Checkpoint) => JSON.stringify([c.municipality, c.seq, c.hash, c.removed, c.firstAt.toISOString(), c.lastAt.toISOString(), c.cutAt.toISOString()]);

const mac = (key: Buffer, c: Checkpoint) => crypto.createHmac('sha256', signingKey(key)).update(signed(c)).digest('base64url');

/** `v1.<keyId>.<HMAC>` with the current key: without the key file, nobody can make or change a checkpoint. */
export function signCheckpoint(ring: Keyring, checkpoint: Checkpoint): string {
  return `${FORMAT}.${ring.current}.${mac(ring.keys.get(ring.current)!, checkpoint)}`;
}

/** Whether the signature holds; `unknown-key` when the key file lacks the key it was made with. */
export function checkCheckpoint(ring: Keyring, checkpoint: Checkpoint, signature: string): 'valid' | 'invalid' | 'unknown-key' {
  const [format, keyId, given] = signature.split('.');
  if (format !== FORMAT || !keyId || !given) return 'invalid';
  const key = ring.keys.get(keyId);
  if (!key) return 'unknown-key';
  const expected = Buffer.from(mac(key, checkpoint));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? 'valid' : 'invalid';
}

/** The key id a signature was made with (key rotation keeps such keys). */
export const checkpointKeyId = (signature: string) => signature.split('.')[1] ?? '';
