import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyIdOf } from '../crypto/field-cipher';
import { openKeyring, readKeyring } from '../crypto/keyring';
import { municipalities, signalEvents, signals, users } from '../db/schema';
import { inTenant, queryRows } from '../db/tenant';
import { appendEvent, sealContext, unseal } from '../signals/signal-store';
import { insertTestSignal } from '../test-support/signal-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { keysRotate } from './keys-rotate';

let database: TestDatabase;
let keyFile: string;
let signalId: string;
let oldKey: string;

beforeAll(async () => {
  database = await openTestDatabase();
  keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-rotate-')), 'encryption-keys.json');
  const { ring } = openKeyring(keyFile, new Date('2026-01-01T00:00:00Z'));
  oldKey = ring.current;
  await database.db.insert(municipalities).values({ code: 'GM0546', name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' });
  const [user] = await database.db.insert(users).values({ municipality: 'GM0546', email: 'mila@leiden.example', name: 'Mila', roles: ['medewerker'] }).returning();
  const signal = await insertTestSignal(database.db, ring, { municipality: 'GM0546', reporterUserId: user!.id, reporter: { name: 'Mila Melder', email: 'mila@leiden.example' } });
  signalId = signal.id;
  await inTenant(database.db, 'GM0546', async (tx) => {
    const [row] = await tx.select().from(signals).where(eq(signals.id, signalId));
    await appendEvent(tx, ring, row!, { userId: null, kind: 'aandachtsfunctionaris' }, { kind: 'notitie', text: 'Gebeld met de wijkagent.' }, new Date());
  });
});

afterAll(() => database?.close());

const sealedValues = async () =>
  [
    ...(await queryRows<{ v: string }>(database.db, sql`select reporter_sealed as v from signals union all select submission_sealed from signals`)),
    ...(await queryRows<{ v: string }>(database.db, sql`select text_sealed as v from signal_events where text_sealed is not null`)),
  ].map((r) => r.v);

describe('signaalroute keys rotate', () => {
  it('re-encrypts everything with a new key, keeps it readable, and removes the old key', async () => {
    const lines: string[] = [];
    const code = await keysRotate(database, keyFile, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, new Date('2027-01-01T00:00:00Z'));
    expect(code).toBe(0);
    const ring = readKeyring(keyFile);
    expect(ring.current).not.toBe(oldKey);
    expect([...ring.keys.keys()]).toEqual([ring.current]);
    const values = await sealedValues();
    expect(values).toHaveLength(3);
    for (const v of values) expect(keyIdOf(v)).toBe(ring.current);
    const [row] = await database.db.select().from(signals).where(eq(signals.id, signalId));
    expect(unseal<{ name: string }>(ring, sealContext.reporter(signalId), row!.reporterSealed).name).toBe('Mila Melder');
    const [event] = await database.db.select().from(signalEvents).where(eq(signalEvents.kind, 'notitie'));
    expect(unseal<string>(ring, sealContext.eventText(signalId), event!.textSealed!)).toBe('Gebeld met de wijkagent.');
    expect(lines.join('\n')).toContain('3 versleutelde waarden opnieuw versleuteld; 1 oude sleutel(s) verwijderd');
  });

  it('leaves the history append-only outside a rotation', async () => {
    await expect(database.db.execute(sql`update signal_events set text_sealed = text_sealed`)).rejects.toSatisfy((e: unknown) =>
      /append-only/.test(`${(e as Error).message} ${(e as Error & { cause?: Error }).cause?.message ?? ''}`),
    );
  });

  it('says where it looked when there is no key file', async () => {
    const lines: string[] = [];
    expect(await keysRotate(database, '/nonexistent/keys.json', { log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(1);
    expect(lines[0]).toContain('/nonexistent/keys.json');
  });
});
