import { describe, expect, it } from 'vitest';
import { problemText } from './content-messages';
import { partnerFieldIssues, type FieldIssue } from './partner-field-issues';
import { phoneNumber } from './partner-schema';
import { regionPackOf } from './region-pack';
import { validContentFiles } from './test-fixtures';

const pack = () => structuredClone(regionPackOf(validContentFiles(), 'proefregio')!);

describe('the partners editor field checks', () => {
  it('a valid pack has none', () => {
    expect(partnerFieldIssues(pack())).toEqual([]);
  });

  it('a malformed phone number is named at its field, in the schema\'s Dutch words and in English', () => {
    const p = pack();
    p.partners[0]!.contacts[0]!.phone = '070-12';
    const issues = partnerFieldIssues(p);
    expect(issues.map((i) => i.path)).toEqual([['partners', 0, 'contacts', 0, 'phone']]);
    const [issue] = issues as [FieldIssue];
    expect(issue.message).toMatch(/^partner "Zorg- en Veiligheidshuis", contact "Haaglanden": ongeldig telefoonnummer/);
    expect(issue.atField.message).toBe(phoneNumber.safeParse('070-12').error?.issues[0]?.message);
    expect(problemText(issue, 'en')).toMatch(/^partner "Zorg- en Veiligheidshuis", contact "Haaglanden": invalid phone number: expected 112/);
    expect(problemText(issue.atField, 'en')).toMatch(/^invalid phone number/);
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
