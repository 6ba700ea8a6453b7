import { describe, expect, it } from 'vitest';
import { candidate, rankCandidates } from './candidates';
import { matchQuerySchema, normaliseQuery } from './query';
import { scoreQuery } from './score-query';
import { signalSubjects } from './signal-subjects';

const read = (input: unknown) => {
  const query = matchQuerySchema.parse(input);
  return normaliseQuery(query);
};

describe('a search as the AF types it', () => {
  it('reads the three ways of giving an address to the same parts', () => {
    const typed = read({ kind: 'address', text: 'Breestraat 12a, 2311AB Leiden' });
    const parts = read({ kind: 'address', postcode: '2311 AB', houseNumber: '12a' });
    expect(typed.ok && typed.value.record).toMatchObject({ postcode: '2311AB', houseNumber: 12, houseLetter: 'A', street: 'breestraat', place: 'leiden' });
    expect(parts.ok && parts.value.record).toEqual({ postcode: '2311AB', houseNumber: 12, houseLetter: 'A' });
    expect(read({ kind: 'address', postcode: '2311AB', houseNumber: 12 }).ok).toBe(true);
  });

  it('reads a person with a partial date of birth, and an organisation by name or KVK number', () => {
    const person = read({ kind: 'person', name: 'J. van den Berg', dateOfBirth: '1980-03' });
    expect(person.ok && person.value.kind === 'person' && person.value.record).toMatchObject({ name: { prefix: 'van den', surname: 'berg', initials: ['j'] }, birthDate: { year: 1980, month: 3 } });
    const byName = read({ kind: 'organisation', name: 'Bouwbedrijf de Vries B.V.' });
    expect(byName.ok && byName.value.kind === 'organisation' && byName.value.record.name.name).toBe('bouwbedrijf de vries');
    const byNumber = read({ kind: 'organisation', kvkNumber: '12 34 56 78' });
    expect(byNumber.ok && byNumber.value.kind === 'organisation' && byNumber.value.record.kvkNumber).toBe('12345678');
  });

  it('refuses in Dutch what cannot be searched for', () => {
    expect(read({ kind: 'person', name: 'Jan', dateOfBirth: '31-02-1980' })).toEqual({ ok: false, error: '31 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.' });
    expect(read({ kind: 'address', postcode: '0123 AB', houseNumber: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('bestaat niet') });
    expect(read({ kind: 'organisation', kvkNumber: '123' })).toMatchObject({ ok: false });
    expect(matchQuerySchema.safeParse({ kind: 'address', postcode: '2311AB' }).error?.issues[0]?.message).toBe('geef het adres als tekst, of postcode en huisnummer');
    expect(matchQuerySchema.safeParse({ kind: 'organisation' }).error?.issues[0]?.message).toBe('geef een naam of een KVK-nummer');
    expect(matchQuerySchema.safeParse({ kind: 'person', name: 'Jan', limit: 51 }).success).toBe(false);
  });
});

describe('candidates', () => {
  it('keeps those from the threshold on, each record once with its best score, best first, up to the limit', () => {
    const ranked = rankCandidates(
      [
        candidate('signal', 'SR-1', 'a', { score: 0.7, reasons: ['x'] }),
        candidate('persons', 'HH-1', 'b', { score: 0.9, reasons: ['y'] }),
        candidate('signal', 'SR-1', 'a', { score: 0.95, reasons: ['z'] }),
        candidate('signal', 'SR-2', 'c', { score: 0.5, reasons: [] }),
        candidate('addresses', 'N-1', 'd', { score: 0.66, reasons: [] }),
      ],
      2,
    );
    expect(ranked.map((c) => [c.id, c.score, c.reasons])).toEqual([
      ['SR-1', 0.95, ['z']],
      ['HH-1', 0.9, ['y']],
    ]);
  });
});

describe('what a signal holds to match', () => {
  const subjects = signalSubjects({
    persons: [
      { role: 'possible-victim', name: 'Jan van den Berg', dateOfBirth: '1980-03-14' },
      { role: 'other', description: 'een man met een rode jas' },
    ],
    organisations: [{ name: 'Uitzendbureau Snel B.V.', kvkNumber: '12345678' }],
    addresses: [{ postcode: '2311 ab', houseNumber: 12, addition: 'a', street: 'Breestraat', place: 'Leiden' }],
  });

  it('names every person with a name, organisation and address, in the words of the signal', () => {
    expect(subjects.map((s) => [s.subject, s.kind, s.label])).toEqual([
      ['persons.0', 'person', 'Jan van den Berg (1980-03-14)'],
      ['organisations.0', 'organisation', 'Uitzendbureau Snel B.V. (KVK 12345678)'],
      ['addresses.0', 'address', 'Breestraat 12a, 2311 AB Leiden'],
    ]);
  });

  it('finds the same person written otherwise, and compares only like with like', () => {
    const query = read({ kind: 'person', name: 'J. v.d. Berg', dateOfBirth: '1980' });
    expect(query.ok).toBe(true);
    if (!query.ok) return;
    const [person, organisation] = subjects;
    expect(scoreQuery(query.value, person!)!.score).toBeGreaterThanOrEqual(0.85);
    expect(scoreQuery(query.value, organisation!)).toBeUndefined();
    const address = read({ kind: 'address', text: '2311AB 12-a' });
    expect(address.ok && scoreQuery(address.value, subjects[2]!)).toMatchObject({ score: 1, reasons: ['zelfde postcode en huisnummer'] });
  });
});
