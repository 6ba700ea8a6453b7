import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../test-support/test-app';
import { ChecklistLoadError, loadChecklist } from './load-checklist';

describe('content/basisniveau.yaml', () => {
  it('is valid, cites documents of sources.yaml, and has the points of the basisniveau with the two own figures', async () => {
    const checklist = await loadChecklist(CONTENT_DIR);
    expect(checklist.ids).toEqual([
      'aandachtsfunctionaris',
      'interne-meldroute',
      'medewerkers-getraind',
      'afspraken-ketenpartners',
      'signaaloverleg',
      'zorgcoordinator-bekend',
      'regionale-aanpak',
    ]);
    expect(checklist.derivedOf('aandachtsfunctionaris')).toBe('af-contact');
    expect(checklist.derivedOf('medewerkers-getraind')).toBe('training');
    expect(checklist.items('nl')[0]!.source).toBe(
      'Stappenplan voor aandachtsfunctionaris mensenhandel van de gemeente, Centrum voor Criminaliteitspreventie en Veiligheid (CCV); Handreiking mensenhandel (Eenheid Den Haag)',
    );
    for (const lang of ['nl', 'en'] as const) {
      for (const i of checklist.items(lang)) expect([i.title, i.short, i.explanation, i.source].every(Boolean), i.id).toBe(true);
    }
    // Every point has an English text of its own, not the Dutch fallback.
    const nl = checklist.items('nl');
    checklist.items('en').forEach((i, n) => expect(i.title).not.toBe(nl[n]!.title));
  });

  it('is refused, naming the file, line and document, when a point cites a document that does not exist', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sr-basisniveau-'));
    writeFileSync(path.join(dir, 'sources.yaml'), readFileSync(path.join(CONTENT_DIR, 'sources.yaml')));
    writeFileSync(path.join(dir, 'basisniveau.yaml'), 'items:\n  - id: signaaloverleg\n    title: Er is een signaaloverleg\n    short: Overleg\n    explanation: Uitleg\n    source: bestaat-niet\n');
    await expect(loadChecklist(dir)).rejects.toThrow('signaaloverleg: brondocument "bestaat-niet" staat niet in sources.yaml');
    writeFileSync(path.join(dir, 'basisniveau.yaml'), 'items:\n  - id: signaaloverleg\n    title: Er is een signaaloverleg\n');
    const error = await loadChecklist(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecklistLoadError);
    expect((error as Error).message).toContain('basisniveau.yaml');
  });
});
