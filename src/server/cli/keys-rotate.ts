import fs from 'node:fs';
import { readKeyring, retireKeys, rotateKeyring, writeKeyring } from '../crypto/keyring';
import { reencryptAll } from '../crypto/reencrypt-all';
import type { Database } from '../db/client';
import type { CliOutput } from './output';

/**
 * `signaalroute keys rotate`: a new key becomes current, everything is re-encrypted with it, and
 * keys no longer used are removed from the key file. Stop every Signaalroute instance first: a
 * running server keeps the old key file in memory.
 */
export async function keysRotate(database: Database, keyFile: string, out: CliOutput, now = new Date()): Promise<number> {
  if (!fs.existsSync(keyFile)) {
    out.error(`Er is geen sleutelbestand op ${keyFile}. Controleer ENCRYPTION_KEY_FILE of DATA_DIR.`);
    return 1;
  }
  const rotated = rotateKeyring(readKeyring(keyFile), now);
  // The new key is saved before anything is re-encrypted: if re-encryption fails, its transaction
  // rolls back and the file still holds every key the data needs.
  writeKeyring(keyFile, rotated);
  const { changed, keysInUse } = await reencryptAll(database.db, rotated);
  const retired = retireKeys(rotated, keysInUse);
  writeKeyring(keyFile, retired);
  const removed = rotated.keys.size - retired.keys.size;
  out.log(`Nieuwe sleutel ${retired.current} in gebruik; ${changed} versleutelde waarden opnieuw versleuteld; ${removed} oude sleutel(s) verwijderd.`);
  out.log(`Maak nu een nieuwe back-up van ${keyFile}.`);
  return 0;
}
