import { describe, expect, it } from 'vitest';
import { buildChecklist, unknownSources } from './checklist';
import { checklistFileSchema } from './schema';
import { checkItem, completionPercent, derivedNote, itemBody, itemProblems, type RuleFacts } from './status';

const item = { id: 'signaaloverleg', title: 'Er is een signaaloverleg', short: 'Signaaloverleg', explanation: 'Uitleg', source: 'stappenplan-aandachtsfunctionaris' };
const facts: RuleFacts = { today: '2026-12-07', derived: undefined, afRecorded: false };

describe('the checklist content schema', () => {
  it('refuses a point without a source, a doubled id, a derived figure on two points, and unknown fields', () => {
    const { source: _, ...unsourced } = item;
    expect(checklistFileSchema.safeParse({ items: [unsourced] }).success).toBe(false);
    expect(checklistFileSchema.safeParse({ items: [item, item] }).error?.issues[0]?.message).toBe('het punt "signaaloverleg" staat er twee keer in');
    const twice = checklistFileSchema.safeParse({ items: [{ ...item, derived: 'training' }, { ...item, id: 'ander-punt', derived: 'training' }] });
    expect(twice.error?.issues[0]?.message).toBe('"derived: training" mag bij hoogstens één punt staan');
    expect(checklistFileSchema.safeParse({ items: [{ ...item, status: 'voldaan' }] }).success).toBe(false);
    expect(checklistFileSchema.safeParse({ items: [{ ...item, id: 'Signaal Overleg' }] }).success).toBe(false);
  });

  it('cites each point by its documents, in the language asked for', () => {
    const file = checklistFileSchema.parse({
      items: [{ ...item, title: { nl: 'Er is een signaaloverleg', en: 'There is a signal meeting' }, derived: 'af-contact', source: ['stappenplan-aandachtsfunctionaris', 'handreiking-eenheid-den-haag'] }],
    });
    const checklist = buildChecklist(file, [
      { id: 'stappenplan-aandachtsfunctionaris', title: 'Stappenplan', publisher: 'CCV' },
      { id: 'handreiking-eenheid-den-haag', title: 'Handreiking mensenhandel', area: 'Eenheid Den Haag' },
    ]);
    expect(checklist.ids).toEqual(['signaaloverleg']);
    expect(checklist.derivedOf('signaaloverleg')).toBe('af-contact');
    expect(checklist.items('nl')[0]).toMatchObject({ title: 'Er is een signaaloverleg', source: 'Stappenplan, CCV; Handreiking mensenhandel (Eenheid Den Haag)' });
    expect(checklist.items('en')[0]!.title).toBe('There is a signal meeting');
  });

  it('names a source document that sources.yaml does not have', () => {
    const file = checklistFileSchema.parse({ items: [{ ...item, source: ['stappenplan-aandachtsfunctionaris', 'onbekend-document'] }] });
    expect(unknownSources(file, [{ id: 'stappenplan-aandachtsfunctionaris', title: 'Stappenplan' }])).toEqual([
      'signaaloverleg: brondocument "onbekend-document" staat niet in sources.yaml',
    ]);
  });
});

describe('the status rules', () => {
  it('accepts each status with what it needs', () => {
    expect(itemProblems({ status: 'voldaan', since: '2026-03-01', evidence: 'Besluit college' }, facts)).toEqual({});
    expect(itemProblems({ status: 'deels', since: null, evidence: 'Alleen de balie weet het' }, facts)).toEqual({});
    expect(itemProblems({ status: 'niet-voldaan', since: null, evidence: null }, facts)).toEqual({});
    expect(itemProblems({ status: 'niet-voldaan', since: '2026-12-07', evidence: null }, facts)).toEqual({});
    expect(itemProblems({ status: 'onbekend', since: null, evidence: '  ' }, facts)).toEqual({});
  });

  it('asks a date and evidence for "voldaan", evidence for "deels", no date for "onbekend"', () => {
    expect(itemProblems({ status: 'voldaan', since: null, evidence: '' }, facts)).toEqual({ since: 'missing', evidence: 'missing' });
    expect(itemProblems({ status: 'deels', since: null, evidence: null }, facts)).toEqual({ evidence: 'missing' });
    expect(itemProblems({ status: 'onbekend', since: '2026-01-01', evidence: null }, facts)).toEqual({ since: 'not-allowed' });
  });

  it('refuses a date that does not exist, lies in the future or before 2000', () => {
    const at = (since: string) => itemProblems({ status: 'niet-voldaan', since, evidence: null }, facts).since;
    expect(at('2026-02-30')).toBe('invalid');
    expect(at('1-3-2026')).toBe('invalid');
    expect(at('2026-12-08')).toBe('future');
    expect(at('1999-12-31')).toBe('too-early');
    expect(at('2024-02-29')).toBeUndefined();
  });

  it('lets the AF point be (partly) met only while an AF is recorded', () => {
    const af = { ...facts, derived: 'af-contact' as const };
    const met = { status: 'voldaan' as const, since: '2026-01-01', evidence: 'Bekend via intranet' };
    expect(itemProblems(met, af)).toEqual({ status: 'af-missing' });
    expect(itemProblems({ ...met, status: 'deels' }, af)).toEqual({ status: 'af-missing' });
    expect(itemProblems({ ...met, status: 'niet-voldaan' }, af)).toEqual({});
    expect(itemProblems(met, { ...af, afRecorded: true })).toEqual({});
    // Other points do not depend on the AF contact.
    expect(itemProblems(met, facts)).toEqual({});
  });

  it('rejects NUL bytes and other control characters in the evidence, and evidence over 1000 characters, in Dutch', () => {
    const body = (evidence: string) => itemBody.safeParse({ status: 'deels', evidence });
    expect(body('regel één\nregel\ttwee').success).toBe(true);
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u007fb']) {
      expect(body(bad).error?.issues[0]?.message).toBe('De toelichting bevat een onzichtbaar stuurteken (zoals een NUL-teken). Haal het weg of typ de tekst opnieuw.');
    }
    expect(body('x'.repeat(1000)).success).toBe(true);
    expect(body('x'.repeat(1001)).error?.issues[0]?.message).toBe('De toelichting is te lang (hoogstens 1000 tekens).');
    expect(itemBody.safeParse({ status: 'klaar' }).error?.issues[0]?.message).toBe('Kies een status: voldaan, deels, niet voldaan of onbekend.');
    expect(itemBody.safeParse({ status: 'deels', extra: 1 }).success).toBe(false);
  });

  it('checks the typed form as the server does: empty fields absent, one problem per field', () => {
    expect(checkItem({ status: 'voldaan', since: ' 2026-03-01 ', evidence: ' Besluit ' }, facts)).toEqual({
      input: { status: 'voldaan', since: '2026-03-01', evidence: 'Besluit' },
      problems: null,
    });
    expect(checkItem({ status: 'onbekend', since: '', evidence: '' }, facts)).toEqual({ input: { status: 'onbekend', since: null, evidence: null }, problems: null });
    expect(checkItem({ status: '', since: '', evidence: 'a\u0000' }, facts).problems).toEqual({ status: 'missing', evidence: 'control' });
    expect(checkItem({ status: 'deels', since: '', evidence: 'x'.repeat(1001) }, facts).problems).toEqual({ evidence: 'too-long' });
    expect(checkItem({ status: 'voldaan', since: '', evidence: '' }, facts).problems).toEqual({ since: 'missing', evidence: 'missing' });
  });

  it('notes a training point confirmed as met while nobody finished the course, and computes the share', () => {
    expect(derivedNote('training', 'voldaan', { users: 12, completed: 0 })).toBe('training-none');
    expect(derivedNote('training', 'voldaan', { users: 12, completed: 3 })).toBeNull();
    expect(derivedNote('training', 'deels', { users: 12, completed: 0 })).toBeNull();
    expect(derivedNote(undefined, 'voldaan', null)).toBeNull();
    expect(completionPercent({ users: 0, completed: 0 })).toBe(0);
    expect(completionPercent({ users: 3, completed: 2 })).toBe(67);
  });
});
