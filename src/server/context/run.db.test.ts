import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { municipalities } from '../db/schema';
import { allAuditRecords, openedAuditRecords } from '../test-support/login-as';
import { openTestDatabase } from '../test-support/test-database';
import { testServices } from '../test-support/test-services';
import { systemContext } from './context';
import { defineCommand, run } from './run';

let database: Database;
const LEIDEN = 'GM0546';

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(municipalities).values({ code: LEIDEN, name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' });
});

afterAll(() => database?.close());

// Audit records are written with the commit, their values as quoted literals on a server (ADR 35):
// what a user typed must come back exactly as typed, quotes and all.
const awkward = `O'Brien \\ "quoted" $1 $2 -- ; commit; 'n'-tje 𝔘nicode\nnext line`;

const recordTwice = defineCommand('test.record', async (ctx, input: { fail: boolean }) => {
  await ctx.audit({ action: 'test.first', objectType: 'test', objectId: awkward, details: { text: awkward }, sealedDetails: { query: awkward } });
  await ctx.audit({ action: 'test.second', objectType: 'test', details: { n: 2 } });
  if (input.fail) throw new Error('the work fails after asking for its audit records');
  return 'done';
});

describe('a command’s audit records', () => {
  it('are stored exactly as given, sealed part included, in the order asked, when the command succeeds', async () => {
    const services = testServices(database.db);
    expect(await run(systemContext(services, { municipality: LEIDEN }), recordTwice, { fail: false })).toBe('done');
    const stored = (await allAuditRecords(database.db)).filter((r) => r.action.startsWith('test.'));
    expect(stored.map((r) => r.action)).toEqual(['test.first', 'test.second']);
    expect(stored[0]).toMatchObject({ municipality: LEIDEN, object_id: awkward, details: { text: awkward } });
    const [opened] = (await openedAuditRecords(database.db, services.keyring)).filter((r) => r.action === 'test.first');
    expect(opened!.details).toEqual({ text: awkward, query: awkward });
  });

  it('are not stored when the command fails after asking for them', async () => {
    const services = testServices(database.db);
    const before = (await allAuditRecords(database.db)).length;
    await expect(run(systemContext(services, { municipality: LEIDEN }), recordTwice, { fail: true })).rejects.toThrow('the work fails');
    expect((await allAuditRecords(database.db)).length).toBe(before);
  });
});
