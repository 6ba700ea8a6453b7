import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPacks } from '../../domain/content/pack-diff';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import { readRegionPack } from '../content/commands/pack-commands';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { seedDemoContentDraft } from './demo-content-draft';
import { seedDemoUsers } from './seed-demo-users';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoUsers(t.services);
  await seedDemoContentDraft(t.services);
});
afterAll(() => t?.close());

describe('the demo', () => {
  it("has the regiobeheerder's draft in progress: a reworded question and a new phone number, ready to publish", async () => {
    const state = await run(systemContext(t.services), readRegionPack, { region: 'eenheid-den-haag' });
    expect(state.draft).toMatchObject({ basedOn: 1, updatedBy: 'Rein Regiobeheerder' });
    expect(state.problems).toEqual([]);
    const changes = diffPacks(state.published.pack, state.draft!.pack, { from: 1, to: 2 }).changes;
    expect(changes.map((c) => [c.part, c.fields.map((f) => f.field)])).toEqual([
      ['contact', ['phone']],
      ['node', ['text']],
    ]);
  });
});
