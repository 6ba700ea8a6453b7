import { describe, expect, it } from 'vitest';
import { CANDIDATE_THRESHOLD } from './match-score';
import { parseAddress } from './normalise-address';
import { normaliseOrganisation, parseKvkNumber } from './normalise-organisation';
import { type OrganisationRecord, scoreOrganisation } from './score-organisation';

const organisation = (name: string, kvk?: string, address?: string): OrganisationRecord => {
  const record: OrganisationRecord = { name: normaliseOrganisation(name) };
  if (kvk) {
    const k = parseKvkNumber(kvk);
    if (!k.ok) throw new Error(k.error);
    record.kvkNumber = k.value;
  }
  if (address) {
    const a = parseAddress(address);
    if (!a.ok) throw new Error(a.error);
    record.address = a.value;
  }
  return record;
};

describe('is this organisation already known?', () => {
  it('knows a business by its KVK number, however the name is written', () => {
    const result = scoreOrganisation(organisation('Nagelstudio Beauty', '12 34 56 78'), organisation('Beauty Nails VOF', '12345678'));
    expect(result.score).toBeGreaterThanOrEqual(0.95);
    expect(result.reasons[0]).toBe('KVK-nummer gelijk');
  });

  it('keeps two entities with one name but different KVK numbers apart (a holding and its company)', () => {
    const result = scoreOrganisation(organisation('Jansen B.V.', '12345678'), organisation('Jansen Holding B.V.', '87654321'));
    expect(result.score).toBeLessThan(CANDIDATE_THRESHOLD);
    expect(result.reasons[0]).toBe('KVK-nummer verschilt: 12345678 ↔ 87654321');
  });

  it.each([
    ['Bakkerij Jansen B.V.', 'Bakkerij Jansen B.V.', 1, 'naam gelijk'],
    ['Bakkerij Jansen', 'Bakkerij Jansen B.V.', 0.95, 'naam gelijk na weglaten van rechtsvorm'],
    ['Bakkerij Jansen & Zn.', 'bakkerij jansen bv', 0.95, 'naam gelijk na weglaten van rechtsvorm'],
    ['V.O.F. De Gouden Draak', 'Goudendraak', 0.9, 'naam gelijk zonder spaties en lidwoord'],
  ])('%s ↔ %s', (a, b, score, firstReason) => {
    const result = scoreOrganisation(organisation(a), organisation(b));
    expect(result.score).toBe(score);
    expect(result.reasons[0]).toBe(firstReason);
  });

  it('offers a name with a typo as a candidate, and explains by how much it is alike', () => {
    const result = scoreOrganisation(organisation('Uitzendbureau Flexwerk'), organisation('Uitzendburo Flexwerk B.V.'));
    expect(result.score).toBeGreaterThan(0);
    expect(result.reasons[0]).toMatch(/^naam lijkt op: uitzendbureau flexwerk ↔ uitzendburo flexwerk \(\d+%\)$/);
  });

  it.each([
    ['Nageldtudio Mylose', 'Nagelstudio Mylose Holding B.V.', 'naam gelijk op een tikfout na: nageldtudio mylose ↔ nagelstudio mylose'],
    ['Tuinbouwbedrjif Kroonsen', 'Tuinbouwbedrijf Kroonsen', 'naam gelijk op een tikfout na: tuinbouwbedrjif kroonsen ↔ tuinbouwbedrijf kroonsen'],
  ])('offers %s for %s: one typing error per word is still the same name', (a, b, firstReason) => {
    const result = scoreOrganisation(organisation(a), organisation(b));
    expect(result.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(result.reasons[0]).toBe(firstReason);
  });

  it('does not take a short word with a changed letter for a typing error (Bos ↔ Bus)', () => {
    expect(scoreOrganisation(organisation('Bakkerij Bos'), organisation('Bakkerij Bus')).reasons[0]).not.toMatch(/tikfout/);
  });

  it('ranks same name and address above same name elsewhere, and both above another business', () => {
    const query = organisation('Massagesalon Lotus', undefined, 'Kerkstraat 5, 1017 GA Amsterdam');
    const same = scoreOrganisation(query, organisation('Massagesalon Lotus B.V.', undefined, '1017GA 5')).score;
    const elsewhere = scoreOrganisation(query, organisation('Massagesalon Lotus', undefined, '3511CD 5')).score;
    const other = scoreOrganisation(query, organisation('Autobedrijf De Hoek', undefined, '1017GA 5')).score;
    expect(same).toBeGreaterThan(elsewhere);
    expect(elsewhere).toBeGreaterThan(other);
    expect(other).toBeLessThan(CANDIDATE_THRESHOLD);
  });

  it('knows a branch by its vestigingsnummer', () => {
    const a = { ...organisation('Lotus'), vestigingsnummer: '000012345678' };
    expect(scoreOrganisation(a, { ...organisation('Massagesalon Lotus'), vestigingsnummer: '000012345678' }).score).toBe(1);
  });
});
