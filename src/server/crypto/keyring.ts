import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The keys that encrypt personal data at rest (the reporter's identity and free text). Several
 * keys may exist during a rotation: new data uses `current`, old data names the key it was
 * encrypted with. Kept in a JSON file outside the database, so a stolen database backup alone
 * reveals nothing.
 */
export interface Keyring {
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

const keyFileSchema = z.object({
  current: z.string().regex(/^[a-z0-9-]+$/),
  keys: z.record(z.string(), z.string().refine((k) => Buffer.from(k, 'base64').length === 32, 'een sleutel is 32 bytes (base64)')),
});

export function newKeyId(now: Date): string {
  return `k${now.toISOString().slice(0, 10).replaceAll('-', '')}-${crypto.randomBytes(3).toString('hex')}`;
}

function toFile(ring: Keyring): string {
  return `${JSON.stringify({ current: ring.current, keys: Object.fromEntries([...ring.keys].map(([id, key]) => [id, key.toString('base64')])) }, null, 2)}\n`;
}

export function readKeyring(file: string): Keyring {
  const parsed = keyFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`Sleutelbestand ${file} is ongeldig: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const keys = new Map(Object.entries(parsed.data.keys).map(([id, k]) => [id, Buffer.from(k, 'base64')]));
  if (!keys.has(parsed.data.current)) throw new Error(`Sleutelbestand ${file}: de huidige sleutel "${parsed.data.current}" ontbreekt.`);
  return { current: parsed.data.current, keys };
}

/** Writes atomically with owner-only permissions: a half-written key file would lose data. */
export function writeKeyring(file: string, ring: Keyring): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, toFile(ring), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** Opens the key file, creating it with a fresh key the first time (the embedded default). */
export function openKeyring(file: string, now: Date): { ring: Keyring; created: boolean } {
  if (fs.existsSync(file)) return { ring: readKeyring(file), created: false };
  const id = newKeyId(now);
  const ring: Keyring = { current: id, keys: new Map([[id, crypto.randomBytes(32)]]) };
  writeKeyring(file, ring);
  return { ring, created: true };
}

/** Adds a new key and makes it current; old keys stay until everything is re-encrypted. */
export function rotateKeyring(ring: Keyring, now: Date): Keyring {
  const id = newKeyId(now);
  return { current: id, keys: new Map([...ring.keys, [id, crypto.randomBytes(32)]]) };
}

/** Drops keys no longer used by any ciphertext (after re-encryption). */
export function retireKeys(ring: Keyring, stillUsed: ReadonlySet<string>): Keyring {
  return { current: ring.current, keys: new Map([...ring.keys].filter(([id]) => id === ring.current || stillUsed.has(id))) };
}
