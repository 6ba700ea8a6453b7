import { describe, expect, it } from 'vitest';
import { partnerFieldIssues } from './partner-field-issues';
import { regionPackOf } from './region-pack';
import { validContentFiles } from './test-fixtures';

const pack = () => structuredClone(regionPackOf(validContentFiles(), 'proefregio')!);

describe('the partners editor field checks', () => {
  it('a valid pack has none', () => {
    expect(partnerFieldIssues(pack())).toEqual([]);
  });

  it('a malformed phone number is named at its field, in the schema\'s Dutch words', () => {
    const p = pack();
    p.partners[0]!.contacts[0]!.phone = '070-12';
    expect(partnerFieldIssues(p)).toEqual([
      {
        path: ['partners', 0, 'contacts', 0, 'phone'],
        message: expect.stringMatching(/^partner "Zorg- en Veiligheidshuis", contact "Haaglanden": ongeldig telefoonnummer/) as string,
        atField: expect.stringMatching(/^ongeldig telefoonnummer: verwacht 112/) as string,
      },
    ]);
  });

  it('empty names, no way to reach a contact and a missing check date are named', () => {
    const p = pack();
    p.partners[0]!.name = '';
    p.partners[0]!.description = { nl: '' };
    p.partners[0]!.contacts[1] = { id: 'nieuw', label: { nl: '' }, verifiedOn: '' };
    expect(partnerFieldIssues(p).map((i) => i.path.join('.'))).toEqual([
      'partners.0.name',
      'partners.0.description',
      'partners.0.contacts.1.label',
      'partners.0.contacts.1.phone',
      'partners.0.contacts.1.verifiedOn',
    ]);
  });
});
